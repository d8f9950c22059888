"""The samples layer's schema, one home for the side that writes it ('Extract
training samples') and the sides that read it (training, evaluation and
cross-validation, in QGIS and in the worker)."""

#: The fields every samples layer has, in order, with their type ("double",
#: "string" or "int"); one integer field per factor (its class code) follows, then
#: `STACK_ID` and `PREVALENCE`.
FIELDS = (("label", "double"), ("kind", "string"), ("interval", "string"), ("split", "string"), ("block", "int"),
          ("landslide", "int"))
#: The fields a samples layer must have to train or be evaluated on; the others
#: describe where a sample came from.
REQUIRED = ("label", "kind", "split")
#: The field holding the fingerprint of the stack the samples were drawn from.
STACK_ID = "stack_id"
#: The field holding the share of the stack's valid cells on a landslide (the same in
#: every sample), which calibrates a model's index into a probability.
PREVALENCE = "prevalence"
#: The names a factor may not have: they would clash with the schema's own fields.
RESERVED = tuple(name for name, _ in FIELDS) + (STACK_ID, PREVALENCE)
