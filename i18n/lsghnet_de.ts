<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>CrossValidate</name>
    <message>
        <location filename="../algorithms/cross_validate.py" line="42"/>
        <source>Cross-validate models</source>
        <translation>Modelle kreuzvalidieren</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="44"/>
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64"/>
        <source>Samples, or presence/absence points</source>
        <translation>Stichproben oder Vorkommen/Nichtvorkommen-Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64"/>
        <source>A layer from &apos;Extract training samples&apos;, or points with a 1/0 landslide field (set the presence/absence field below).</source>
        <translation>Ein Layer aus „Trainingsstichproben extrahieren“ oder Punkte mit einem 1/0-Rutschungsfeld (unten das Vorkommen/Nichtvorkommen-Feld setzen).</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68"/>
        <source>Presence/absence field (1 = landslide)</source>
        <translation>Vorkommen/Nichtvorkommen-Feld (1 = Rutschung)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68"/>
        <source>Only for presence/absence points: their classes are read from the factor stack.</source>
        <translation>Nur für Vorkommen/Nichtvorkommen-Punkte: ihre Klassen werden aus dem Faktorstapel gelesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72"/>
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72"/>
        <source>The stack the samples come from (its catalogue gives the classes).</source>
        <translation>Der Stapel, aus dem die Stichproben stammen (sein Katalog liefert die Klassen).</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74"/>
        <source>Heatmap for soft samples (presence/absence points)</source>
        <translation>Heatmap für weiche Stichproben (Vorkommen/Nichtvorkommen-Punkte)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74"/>
        <source>With presence/absence points: LSGH-Net&apos;s soft samples are drawn from this heatmap around the presence points, each following its landslide&apos;s fold.</source>
        <translation>Mit Vorkommen/Nichtvorkommen-Punkten: die weichen Stichproben von LSGH-Net werden aus dieser Heatmap um die Vorkommenspunkte gezogen und folgen dem Fold ihrer Rutschung.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78"/>
        <source>Soft samples per heatmap interval</source>
        <translation>Weiche Stichproben je Heatmap-Intervall</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78"/>
        <source>Default: a third of the presence points each.</source>
        <translation>Standard: je ein Drittel der Vorkommenspunkte.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81"/>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81"/>
        <source>LSGH-Net, its ablation, the CNN, the random forest and logistic regression (GLM) on the one-hot classes.</source>
        <translation>LSGH-Net, seine Ablation, das CNN, der Random Forest und die logistische Regression (GLM) auf den One-Hot-Klassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85"/>
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85"/>
        <source>k of the k-fold cross-validation.</source>
        <translation>k der k-fachen Kreuzvalidierung.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="88"/>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="88"/>
        <source>Each repetition draws new folds.</source>
        <translation>Jede Wiederholung zieht neue Folds.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>Partition</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>spatial (k-means of the coordinates)</source>
        <translation>räumlich (k-Means der Koordinaten)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>Spatial folds are k-means clusters of the sample coordinates: test ground the model has not seen.</source>
        <translation>Räumliche Folds sind k-Means-Cluster der Stichprobenkoordinaten: getestet wird auf Gelände, das das Modell nicht gesehen hat.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="97"/>
        <source>Cross-validation table</source>
        <translation>Kreuzvalidierungstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="97"/>
        <source>Per model and partition: mean and standard deviation of AUROC, AP, accuracy, F1 and MSE over folds and repetitions.</source>
        <translation>Je Modell und Aufteilung: Mittelwert und Standardabweichung von AUROC, AP, Genauigkeit, F1 und MSE über Folds und Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101"/>
        <source>Cross-validation report</source>
        <translation>Kreuzvalidierungsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101"/>
        <source>Boxplots of the folds&apos; AUROC per model and partition, and the table.</source>
        <translation>Boxplots der AUROC der Folds je Modell und Aufteilung sowie die Tabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="111"/>
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="126"/>
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="148"/>
        <source>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</source>
        <translation>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="177"/>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="182"/>
        <source>{0} presence, {1} absence and {2} soft samples.</source>
        <translation>{0} Vorkommen, {1} Nichtvorkommen und {2} weiche Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="114"/>
        <source>The presence/absence field &apos;{0}&apos; is not in the samples layer (its fields: {1}). Choose the field that holds 1 for a landslide and 0 for none.</source>
        <translation>Das Vorkommen/Nichtvorkommen-Feld „{0}“ ist nicht im Stichprobenlayer (seine Felder: {1}). Wählen Sie das Feld, das 1 für eine Rutschung und 0 für keine enthält.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="167"/>
        <source>The presence/absence field &apos;{0}&apos; holds &apos;{1}&apos;; it must hold 1 for a landslide and 0 for none. Choose that field, or recode it (Field calculator).</source>
        <translation>Das Präsenz-/Absenzfeld „{0}“ enthält „{1}“; es muss 1 für eine Rutschung und 0 für keine enthalten. Wählen Sie dieses Feld oder kodieren Sie es um (Feldrechner).</translation>
    </message>
</context>
<context>
    <name>DeviceParameter</name>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>auto uses a GPU when Keras sees one; the log says which device ran. These small networks often train slower on a GPU than on the CPU: choose CPU then.</source>
        <translation>automatisch nutzt eine GPU, wenn Keras eine sieht; das Protokoll nennt das verwendete Gerät. Diese kleinen Netze trainieren auf einer GPU oft langsamer als auf der CPU: wählen Sie dann CPU.</translation>
    </message>
</context>
<context>
    <name>EvaluateModels</name>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="26"/>
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="28"/>
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="38"/>
        <source>Model files (.lsghnet)</source>
        <translation>Modelldateien (.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="38"/>
        <source>Models from &apos;Train susceptibility model&apos;, trained on the same factor stack.</source>
        <translation>Modelle aus „Suszeptibilitätsmodell trainieren“, auf demselben Faktorstapel trainiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="41"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="41"/>
        <source>A samples layer; its test split is used.</source>
        <translation>Ein Stichprobenlayer; sein Testteil wird verwendet.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="44"/>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="44"/>
        <source>One row per model and evaluation (all samples binarized at 0.5; hard samples only).</source>
        <translation>Eine Zeile je Modell und Auswertung (alle Stichproben bei 0,5 binarisiert; nur harte Stichproben).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="47"/>
        <source>Comparison report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="47"/>
        <source>Every model&apos;s precision-recall curve with its AP, and the metrics table.</source>
        <translation>Precision-Recall-Kurve jedes Modells mit seiner AP und die Metriktabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="55"/>
        <source>Choose at least one model file.</source>
        <translation>Wählen Sie mindestens eine Modelldatei.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="61"/>
        <source>the models&apos; stack</source>
        <translation>dem Stapel der Modelle</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../algorithms/explain_model.py" line="30"/>
        <source>Explain a model</source>
        <translation>Ein Modell erklären</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="32"/>
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="48"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="48"/>
        <source>A model from &apos;Train susceptibility model&apos; (any kind, ensembles and the random forest included).</source>
        <translation>Ein Modell aus 'Suszeptibilitätsmodell trainieren' (jede Art, Ensembles und der Random Forest eingeschlossen).</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="51"/>
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="51"/>
        <source>Samples from &apos;Extract training samples&apos; on the model&apos;s factor stack; the importance is measured on their test split.</source>
        <translation>Stichproben aus 'Trainingsstichproben extrahieren' auf dem Faktorstapel des Modells; die Wichtigkeit wird auf ihrem Testteil gemessen.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="55"/>
        <source>Shuffles per factor</source>
        <translation>Durchmischungen je Faktor</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="55"/>
        <source>How often each factor is shuffled; the spread over the shuffles is the importance&apos;s standard deviation.</source>
        <translation>Wie oft jeder Faktor durchmischt wird; die Streuung über die Durchmischungen ist die Standardabweichung der Wichtigkeit.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="59"/>
        <source>Spatial folds (0: the test split only)</source>
        <translation>Räumliche Folds (0: nur der Testteil)</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="59"/>
        <source>With 2 or more, the model&apos;s kind is trained again with the file&apos;s settings on each spatial fold&apos;s training part and the importance measured on ground it has not seen: what reviewers ask for, at the cost of that many trainings.</source>
        <translation>Mit 2 oder mehr wird die Modellart mit den Einstellungen der Datei auf dem Trainingsteil jedes räumlichen Folds neu trainiert und die Wichtigkeit auf Gelände gemessen, das sie nicht gesehen hat: was Gutachter verlangen, zum Preis ebenso vieler Trainings.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="64"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="64"/>
        <source>The same seed gives the same shuffles, folds and tables.</source>
        <translation>Derselbe Startwert ergibt dieselben Durchmischungen, Folds und Tabellen.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="68"/>
        <source>Factor importance</source>
        <translation>Faktorwichtigkeit</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="68"/>
        <source>One row per factor and evaluation, most important first: how much the AUROC falls when the factor is shuffled (mean and standard deviation).</source>
        <translation>Eine Zeile je Faktor und Auswertung, der wichtigste zuerst: wie stark die AUROC sinkt, wenn der Faktor durchmischt wird (Mittel und Standardabweichung).</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="72"/>
        <source>Response per class</source>
        <translation>Antwort je Klasse</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="72"/>
        <source>One row per class of each factor: the mean susceptibility with the factor set to that class (partial dependence), and the share of the samples in the class.</source>
        <translation>Eine Zeile je Klasse jedes Faktors: die mittlere Suszeptibilität, wenn der Faktor auf diese Klasse gesetzt wird (partielle Abhängigkeit), und der Anteil der Stichproben in der Klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="76"/>
        <source>Explanation report</source>
        <translation>Erklärungsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="76"/>
        <source>The importance as bars with their spread, the response curve of every factor, and the table.</source>
        <translation>Die Wichtigkeit als Balken mit ihrer Streuung, die Antwortkurve jedes Faktors und die Tabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="89"/>
        <source>One spatial fold cannot hold ground out. Choose 0 (the test split only) or 2 and more folds.</source>
        <translation>Ein einziger räumlicher Fold kann kein Gelände zurückhalten. Wählen Sie 0 (nur der Testteil) oder 2 und mehr Folds.</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="93"/>
        <source>the model&apos;s stack</source>
        <translation>der Stapel des Modells</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="112"/>
        <source>Factors by importance: {0}.</source>
        <translation>Faktoren nach Wichtigkeit: {0}.</translation>
    </message>
</context>
<context>
    <name>ExtractSamples</name>
    <message>
        <location filename="../algorithms/extract_samples.py" line="35"/>
        <source>Extract training samples</source>
        <translation>Trainingsstichproben extrahieren</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="37"/>
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="57"/>
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="57"/>
        <source>Positive samples: the cell holding each point, or the cells of each polygon.</source>
        <translation>Positive Stichproben: die Zelle jedes Punkts oder die Zellen jedes Polygons.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>Polygon landslides give</source>
        <translation>Rutschungspolygone liefern</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>every cell inside the polygon</source>
        <translation>jede Zelle im Polygon</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>the centroid cell only</source>
        <translation>nur die Zelle des Schwerpunkts</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>For polygon landslides: every cell whose centre is inside, or only the centroid&apos;s cell.</source>
        <translation>Für Rutschungspolygone: jede Zelle, deren Mittelpunkt innen liegt, oder nur die Zelle des Schwerpunkts.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="65"/>
        <source>Gaussian heatmap</source>
        <translation>Gauß-Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="65"/>
        <source>Output of &apos;Landslide Gaussian heatmap&apos; on the stack&apos;s grid.</source>
        <translation>Ausgabe von „Gauß-Heatmap der Rutschungen“ auf dem Raster des Stapels.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="67"/>
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="67"/>
        <source>Output of &apos;Prepare factor stack&apos;.</source>
        <translation>Ausgabe von „Faktorstapel vorbereiten“.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="69"/>
        <source>Negative samples (default: as many as positives)</source>
        <translation>Negative Stichproben (Standard: so viele wie Positive)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="69"/>
        <source>Random cells where the heatmap is 0. Leave empty for as many as there are positives.</source>
        <translation>Zufällige Zellen, in denen die Heatmap 0 ist. Leer lassen für so viele wie Positive.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="73"/>
        <source>Minimum distance of negatives from landslides (map units)</source>
        <translation>Mindestabstand der Negativen von Rutschungen (Karteneinheiten)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="73"/>
        <source>Negatives lie at least this far from every landslide cell (0: only outside the heatmap).</source>
        <translation>Negative liegen mindestens so weit von jeder Rutschungszelle entfernt (0: nur außerhalb der Heatmap).</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77"/>
        <source>Add heatmap (soft) samples</source>
        <translation>Heatmap-Stichproben (weiche Labels) hinzufügen</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77"/>
        <source>LSGH-Net&apos;s soft samples. Off: the hard-label dataset of the paper&apos;s CNN baseline.</source>
        <translation>Die weichen Stichproben von LSGH-Net. Aus: der Datensatz mit harten Labels des CNN-Vergleichsmodells im Artikel.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="80"/>
        <source>Heatmap samples per interval (default: a third of the positives)</source>
        <translation>Heatmap-Stichproben je Intervall (Standard: ein Drittel der Positiven)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="80"/>
        <source>Random cells from each of 0.2-0.4, 0.4-0.6 and 0.6-0.8; the label is the heatmap value.</source>
        <translation>Zufällige Zellen aus 0,2-0,4, 0,4-0,6 und 0,6-0,8; das Label ist der Heatmap-Wert.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84"/>
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84"/>
        <source>Share of the samples held out for testing (the paper: 0.3).</source>
        <translation>Anteil der Stichproben, der für den Test zurückgehalten wird (Artikel: 0,3).</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>spatial blocks</source>
        <translation>räumliche Blöcke</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="94"/>
        <source>Block size (map units)</source>
        <translation>Blockgröße (Karteneinheiten)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="94"/>
        <source>Side of the square blocks; a landslide&apos;s soft samples share its block.</source>
        <translation>Seitenlänge der quadratischen Blöcke; die weichen Stichproben einer Rutschung teilen ihren Block.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="97"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="97"/>
        <source>The same seed gives the same samples.</source>
        <translation>Derselbe Startwert ergibt dieselben Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="100"/>
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="100"/>
        <source>Points at cell centres: label, kind (positive/negative/heatmap), heatmap interval, split (train/test), block, landslide (index of the landslide a sample belongs to, -1 for negatives) and one integer field per factor with its class.</source>
        <translation>Punkte in Zellmittelpunkten: label, kind (positive/negative/heatmap), Heatmap-Intervall, split (train/test), block, landslide (Index der Rutschung, zu der eine Stichprobe gehört, -1 für Negative) und ein Ganzzahlfeld je Faktor mit seiner Klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="119"/>
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="111"/>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="147"/>
        <source>Factor name(s) {0} clash with the samples layer&apos;s own fields ({1}). Rename those factors and prepare the stack again.</source>
        <translation>Faktorname(n) {0} kollidieren mit den eigenen Feldern des Stichprobenlayers ({1}). Benennen Sie diese Faktoren um und bereiten Sie den Stapel erneut vor.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="179"/>
        <source>{0}: {1} samples ({2} train, {3} test)</source>
        <translation>{0}: {1} Stichproben ({2} Training, {3} Test)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="181"/>
        <source>Total: {0} samples, {1} in the test set.</source>
        <translation>Gesamt: {0} Stichproben, {1} im Testteil.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>random cells (the paper; optimistic test score)</source>
        <translation>zufällige Zellen (wie im Artikel; optimistische Testwerte)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>random whole landslides</source>
        <translation>zufällige ganze Rutschungen</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>Random whole landslides: each landslide goes to train or test with all its cells and soft samples; negatives at random. Random cells (the paper): cell by cell, so cells of one landslide polygon land on both sides and the test score is optimistic. Spatial blocks: whole square blocks go to train or test, so the test score says how the model transfers to unseen ground.</source>
        <translation>Zufällige ganze Rutschungen: Jede Rutschung geht mit allen ihren Zellen und weichen Stichproben ins Training oder in den Test; Negative zufällig. Zufällige Zellen (wie im Artikel): Zelle für Zelle, sodass Zellen eines Rutschungspolygons auf beiden Seiten landen und die Testwerte optimistisch sind. Räumliche Blöcke: Ganze quadratische Blöcke gehen ins Training oder in den Test, sodass die Testwerte zeigen, wie sich das Modell auf unbekanntes Gelände überträgt.</translation>
    </message>
</context>
<context>
    <name>FactorScreening</name>
    <message>
        <location filename="../algorithms/factor_screening.py" line="30"/>
        <source>Factor screening</source>
        <translation>Faktorauswahl</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="32"/>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="48"/>
        <source>Candidate factor rasters</source>
        <translation>Kandidaten-Faktorraster</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="48"/>
        <source>Raw factor rasters, aligned to the first one&apos;s grid. Give these or a factor stack.</source>
        <translation>Ungestufte Faktorraster, am Gitter des ersten ausgerichtet. Geben Sie diese oder einen Faktorstapel an.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51"/>
        <source>Or: factor stack</source>
        <translation>Oder: Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51"/>
        <source>A stack from &apos;Prepare factor stack&apos;: its class codes are screened.</source>
        <translation>Ein Stapel aus „Faktorstapel vorbereiten“: seine Klassencodes werden geprüft.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="53"/>
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="53"/>
        <source>Landslide cells (point cells, or cells inside polygons) against as many random other cells train the random forest.</source>
        <translation>Rutschungszellen (Zellen der Punkte oder Zellen in Polygonen) trainieren gegen ebenso viele zufällige andere Zellen den Random Forest.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="58"/>
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="58"/>
        <source>Only cells inside these polygons are used.</source>
        <translation>Nur Zellen in diesen Polygonen werden verwendet.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="61"/>
        <source>Correlation threshold |r|</source>
        <translation>Korrelationsschwelle |r|</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="61"/>
        <source>Pairs of factors correlated above this are flagged in the log and the report.</source>
        <translation>Stärker korrelierte Faktorpaare werden im Protokoll und im Bericht markiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64"/>
        <source>Seed of the non-landslide sample and of the random forest.</source>
        <translation>Startwert der Nicht-Rutschungs-Stichprobe und des Random Forest.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67"/>
        <source>Correlation table</source>
        <translation>Korrelationstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67"/>
        <source>Pearson r of every factor pair: one row per factor, one column per factor.</source>
        <translation>Pearson-r jedes Faktorpaars: eine Zeile und eine Spalte je Faktor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70"/>
        <source>Importance table</source>
        <translation>Wichtigkeitstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70"/>
        <source>Random-forest importance (mean decrease in impurity, sums to 1) and rank per factor.</source>
        <translation>Random-Forest-Wichtigkeit (mittlere Abnahme der Unreinheit, Summe 1) und Rang je Faktor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="73"/>
        <source>Screening report</source>
        <translation>Auswahlbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="73"/>
        <source>HTML with the correlation heatmap and the importance bar chart.</source>
        <translation>HTML mit der Korrelations-Heatmap und dem Balkendiagramm der Wichtigkeit.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="82"/>
        <source>Give either candidate factor rasters or a factor stack (one of the two).</source>
        <translation>Geben Sie entweder Kandidaten-Faktorraster oder einen Faktorstapel an (eines von beiden).</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="97"/>
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="107"/>
        <source>{0} cells with data in every factor; {1} landslide cells.</source>
        <translation>{0} Zellen mit Daten in jedem Faktor; {1} Rutschungszellen.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="110"/>
        <source>{0} and {1} are strongly correlated (r = {2:.3f} &gt; {3:g}): consider keeping only one of them.</source>
        <translation>{0} und {1} sind stark korreliert (r = {2:.3f} &gt; {3:g}): behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="112"/>
        <source>Importance ranking (out-of-bag accuracy {0:.1f} %):</source>
        <translation>Wichtigkeitsrangfolge (Out-of-Bag-Genauigkeit {0:.1f} %):</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="92"/>
        <source>first factor</source>
        <translation>erster Faktor</translation>
    </message>
</context>
<context>
    <name>GaussianHeatmap</name>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="22"/>
        <source>Landslide Gaussian heatmap</source>
        <translation>Gauß-Heatmap der Rutschungen</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="24"/>
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="33"/>
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="41"/>
        <source>Reference raster (defines the grid)</source>
        <translation>Referenzraster (definiert das Gitter)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="42"/>
        <source>The heatmap is written on exactly this raster&apos;s grid (extent, pixel size, CRS). Cells that are nodata in its first band stay nodata.</source>
        <translation>Die Heatmap wird genau auf das Gitter dieses Rasters geschrieben (Ausdehnung, Zellgröße, KBS). Zellen, die in seinem ersten Band NoData sind, bleiben NoData.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="44"/>
        <source>Kernel radius R (pixels)</source>
        <translation>Kernradius R (Zellen)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="48"/>
        <source>Kernel radius in pixels; the kernel is 2R+1 pixels wide. The paper&apos;s scales are R = 3, 6, 9 (diameters 7, 13, 19); 6 worked best.</source>
        <translation>Kernradius in Zellen; der Kern ist 2R+1 Zellen breit. Die Skalen des Artikels sind R = 3, 6, 9 (Durchmesser 7, 13, 19); 6 war am besten.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="50"/>
        <source>Value on the kernel boundary</source>
        <translation>Wert am Kernrand</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="54"/>
        <source>Heatmap value at distance R from a landslide, strictly between 0 and 1 (the paper: 0.1). It sets the Gaussian&apos;s sigma.</source>
        <translation>Heatmap-Wert im Abstand R von einer Rutschung, echt zwischen 0 und 1 (Artikel: 0,1). Er bestimmt das Sigma der Gaußfunktion.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="56"/>
        <source>Gaussian heatmap</source>
        <translation>Gauß-Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="57"/>
        <source>Float32 GeoTIFF on the reference grid: 1 at landslide pixels, falling to the boundary value at R, 0 beyond; nodata where the reference is nodata.</source>
        <translation>Float32-GeoTIFF auf dem Referenzraster: 1 in Rutschungszellen, bis zum Randwert bei R fallend, 0 darüber hinaus; NoData, wo die Referenz NoData ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="76"/>
        <source>reference raster</source>
        <translation>Referenzraster</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="77"/>
        <source>The heatmap is written as a GeoTIFF: give the output file a .tif extension ({0}).</source>
        <translation>Die Heatmap wird als GeoTIFF geschrieben: geben Sie der Ausgabedatei die Endung .tif ({0}).</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="83"/>
        <source>Kernel: radius {0} px (diameter {1} px), boundary value {2:g}, sigma {3:.3f} px.</source>
        <translation>Kern: Radius {0} px (Durchmesser {1} px), Randwert {2:g}, Sigma {3:.3f} px.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="95"/>
        <source>Landslides used: {0} (in {1} distinct pixels); outside the grid, skipped: {2}.</source>
        <translation>Verwendete Rutschungen: {0} (in {1} verschiedenen Zellen); außerhalb des Rasters übersprungen: {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="98"/>
        <source>{0} landslide(s) lie outside the reference raster and were skipped.</source>
        <translation>{0} Rutschung(en) liegen außerhalb des Referenzrasters und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="101"/>
        <source>Cells per heatmap interval ({0} cells with data, {1} nodata):</source>
        <translation>Zellen je Heatmap-Intervall ({0} Zellen mit Daten, {1} ohne Daten):</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="38"/>
        <source>Mapped landslides. A polygon&apos;s kernel sits on its centroid, or inside it when the centroid falls outside; each part of a multipart feature is a landslide of its own. Any CRS: they are reprojected to the reference raster&apos;s CRS.</source>
        <translation>Kartierte Rutschungen. Der Kern eines Polygons liegt auf seinem Schwerpunkt oder, wenn dieser außerhalb liegt, innerhalb des Polygons; jeder Teil eines mehrteiligen Objekts ist eine eigene Rutschung. Beliebiges KBS: Sie werden in das KBS des Referenzrasters projiziert.</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <location filename="../algorithms/grading_widget.py" line="38"/>
        <source>quantile (equal counts)</source>
        <translation>Quantile (gleiche Anzahl)</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="39"/>
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="40"/>
        <source>Jenks natural breaks</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="41"/>
        <source>my breaks</source>
        <translation>eigene Grenzen</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="42"/>
        <source>categorical (each code a class)</source>
        <translation>kategorial (jeder Code eine Klasse)</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Classes</source>
        <translation>Klassen</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Breaks (e.g. 10 20 30)</source>
        <translation>Grenzen (z. B. 10 20 30)</translation>
    </message>
</context>
<context>
    <name>InputReaders</name>
    <message>
        <location filename="../algorithms/inputs.py" line="106"/>
        <source>The {0} cannot be read. Choose a raster layer or a raster file GDAL can open.</source>
        <translation>{0} kann nicht gelesen werden. Wählen Sie einen Rasterlayer oder eine Rasterdatei, die GDAL öffnen kann.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="109"/>
        <source>The {0} comes from the &apos;{1}&apos; provider; this algorithm reads rasters through GDAL. Save it as a GeoTIFF (Export &gt; Save As) and use that file.</source>
        <translation>{0} stammt vom Datenanbieter „{1}“; dieser Algorithmus liest Raster über GDAL. Speichern Sie es als GeoTIFF (Exportieren &gt; Speichern unter) und verwenden Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="152"/>
        <source>The mask layer has no polygon. Choose a layer with the study area&apos;s outline, or leave the mask empty.</source>
        <translation>Der Maskenlayer hat kein Polygon. Wählen Sie einen Layer mit dem Umriss des Untersuchungsgebiets oder lassen Sie die Maske leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="168"/>
        <source>The landslide layer has no geometries (a table, or a layer whose features have none); use a layer of landslide points or polygons.</source>
        <translation>Die Rutschungsebene hat keine Geometrien (eine Tabelle oder eine Ebene, deren Objekte keine haben); verwenden Sie eine Ebene mit Rutschungspunkten oder -polygonen.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="172"/>
        <source>The landslide layer has {0} geometries; use points (landslide locations) or polygons (landslide outlines). Lines can become polygons with &apos;Lines to polygons&apos; or points with &apos;Centroids&apos;.</source>
        <translation>Die Rutschungsebene hat {0}-Geometrien; verwenden Sie Punkte (Rutschungsorte) oder Polygone (Rutschungsumrisse). Linien werden mit „Linien zu Polygonen“ zu Polygonen oder mit „Zentroide“ zu Punkten.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="177"/>
        <source>The landslide layer is empty (or its selection/filter leaves no feature). Choose a layer with mapped landslides.</source>
        <translation>Der Rutschungslayer ist leer (oder seine Auswahl/sein Filter lässt kein Objekt übrig). Wählen Sie einen Layer mit kartierten Rutschungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="186"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="222"/>
        <source>{0} landslide feature(s) without geometry (null or empty) were skipped.</source>
        <translation>{0} Rutschungsobjekt(e) ohne Geometrie (null oder leer) wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="225"/>
        <source>None of the {0} landslide features has a geometry (all are null or empty). Choose a layer with mapped landslides, or repair its geometries.</source>
        <translation>Keines der {0} Rutschungsobjekte hat eine Geometrie (alle sind NULL oder leer). Wählen Sie eine Ebene mit kartierten Rutschungen oder reparieren Sie ihre Geometrien.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="30"/>
        <source>factor &apos;{0}&apos;</source>
        <translation>Faktor „{0}“</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="57"/>
        <source>&apos;{1}&apos; given for {0} holds {2} layers ({3}). Say which one to use, e.g. &apos;{1}|layername={4}&apos; (in the dialog: pick the layer from the project or the browser).</source>
        <translation>„{1}“, angegeben für {0}, enthält {2} Layer ({3}). Geben Sie an, welcher verwendet werden soll, z. B. „{1}|layername={4}“ (im Dialog: den Layer aus dem Projekt oder dem Browser wählen).</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="121"/>
        <source>The {0} has no coordinate reference system; its coordinates are taken to be in the grid&apos;s ({1}). If they are not, set the layer&apos;s CRS (Layer Properties &gt; Source) and run this again.</source>
        <translation>{0} hat kein Koordinatenbezugssystem; seine Koordinaten werden als im KBS des Rasters ({1}) angenommen. Falls sie es nicht sind, setzen Sie das KBS des Layers (Layereigenschaften &gt; Quelle) und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="142"/>
        <source>The mask layer has {0} geometries; a study area is a polygon. Choose a polygon layer of the study area&apos;s outline, or leave the mask empty.</source>
        <translation>Der Maskenlayer hat {0}-Geometrien; ein Untersuchungsgebiet ist ein Polygon. Wählen Sie einen Polygonlayer mit dem Umriss des Untersuchungsgebiets oder lassen Sie die Maske leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="146"/>
        <source>mask layer</source>
        <translation>Der Maskenlayer</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="182"/>
        <source>landslide layer</source>
        <translation>Der Rutschungslayer</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="201"/>
        <source>A landslide feature holds {0} geometries; use points (landslide locations) or polygons (landslide outlines). Lines can become polygons with &apos;Lines to polygons&apos; or points with &apos;Centroids&apos;.</source>
        <translation>Ein Rutschungsobjekt enthält {0}-Geometrien; verwenden Sie Punkte (Rutschungsorte) oder Polygone (Rutschungsumrisse). Linien werden mit „Linien zu Polygonen“ zu Polygonen oder mit „Zentroide“ zu Punkten.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="213"/>
        <source>None of the landslides could be transformed from the layer&apos;s coordinate reference system ({0}) to the grid&apos;s ({1}): the layer&apos;s CRS is probably not the one its coordinates are in. Set the right one (Layer Properties &gt; Source) and run this again.</source>
        <translation>Keine Rutschung ließ sich vom Koordinatenbezugssystem des Layers ({0}) in das des Rasters ({1}) transformieren: Das KBS des Layers ist wahrscheinlich nicht das seiner Koordinaten. Setzen Sie das richtige (Layereigenschaften &gt; Quelle) und führen Sie dies erneut aus.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="219"/>
        <source>{0} landslide feature(s) could not be transformed to the grid&apos;s coordinate reference system and were skipped.</source>
        <translation>{0} Rutschungsobjekt(e) ließen sich nicht in das Koordinatenbezugssystem des Rasters transformieren und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="229"/>
        <source>The landslide layer mixes points and polygons (in geometry collections); their cells cannot be taken alike. Split it with &apos;Multipart to singleparts&apos; and use its points or its polygons.</source>
        <translation>Der Rutschungslayer mischt Punkte und Polygone (in Geometriesammlungen); ihre Zellen lassen sich nicht gleich behandeln. Zerlegen Sie ihn mit „Mehrteilig zu einteilig“ und verwenden Sie seine Punkte oder seine Polygone.</translation>
    </message>
</context>
<context>
    <name>LsghnetAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="133"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/run_guard.py" line="36"/>
        <source>Interrupted (signal {0}): stopping, nothing will be written.</source>
        <translation>Unterbrochen (Signal {0}): wird beendet, es wird nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>LsghnetEngine</name>
    <message>
        <location filename="../.build/engine_messages.py" line="86"/>
        <source>Unknown partition &apos;{partition}&apos;: use random or spatial.</source>
        <translation>Unbekannte Aufteilung „{partition}“: verwenden Sie random oder spatial.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="87"/>
        <source>The spatial partition needs the samples&apos; coordinates; some samples have none.</source>
        <translation>Die räumliche Aufteilung braucht die Koordinaten der Stichproben; einige Stichproben haben keine.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="157"/>
        <source>&apos;{path}&apos; is not a vector file with samples. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>„{path}“ ist keine Vektordatei mit Stichproben. Verwenden Sie die Ausgabe von „Trainingsstichproben extrahieren“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="158"/>
        <source>The samples layer has no sample.</source>
        <translation>Der Stichprobenlayer enthält keine Stichprobe.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="159"/>
        <source>Some samples have an empty label or factor class. Extract the samples again.</source>
        <translation>Einige Stichproben haben ein leeres Label oder eine leere Faktorklasse. Extrahieren Sie die Stichproben erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="162"/>
        <source>Unexpected values in the &apos;kind&apos; or &apos;split&apos; field: {values}. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>Unerwartete Werte im Feld „kind“ oder „split“: {values}. Verwenden Sie die Ausgabe von „Trainingsstichproben extrahieren“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="163"/>
        <source>The samples lack the field(s) {fields}. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>Den Stichproben fehlen die Felder {fields}. Verwenden Sie die Ausgabe von „Trainingsstichproben extrahieren“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="164"/>
        <source>The samples have no field for the factor(s) {factors} of the catalogue. The samples and the factor stack do not belong together: extract the samples from this stack.</source>
        <translation>Die Stichproben haben kein Feld für die Faktoren {factors} des Katalogs. Stichproben und Faktorstapel gehören nicht zusammen: Extrahieren Sie die Stichproben aus diesem Stapel.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="166"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;). Extract them with a test fraction above 0.</source>
        <translation>Die Stichproben haben keinen Testanteil („split“ = „test“). Extrahieren Sie sie mit einem Testanteil über 0.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="167"/>
        <source>Only {count} training samples: too few to train. Extract more samples.</source>
        <translation>Nur {count} Trainingsstichproben: zu wenige zum Trainieren. Extrahieren Sie mehr Stichproben.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="43"/>
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="171"/>
        <source>Factor &apos;{factor}&apos; has class codes {codes} in the samples, but the catalogue grades it into classes 1..{count}. The samples and the factor stack do not belong together.</source>
        <translation>Faktor „{factor}“ hat in den Stichproben die Klassencodes {codes}, der Katalog teilt ihn aber in die Klassen 1..{count} ein. Stichproben und Faktorstapel gehören nicht zusammen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="90"/>
        <source>Unknown device &apos;{device}&apos;: use auto, cpu or gpu.</source>
        <translation>Unbekanntes Gerät „{device}“: verwenden Sie auto, cpu oder gpu.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="91"/>
        <source>DEVICE is &apos;gpu&apos; but Keras ({backend}) sees no GPU. Use &apos;auto&apos; or &apos;cpu&apos;, or install a GPU build of the backend (on Windows: KERAS_BACKEND=torch with CUDA PyTorch).</source>
        <translation>DEVICE ist „gpu“, aber Keras ({backend}) sieht keine GPU. Verwenden Sie „auto“ oder „cpu“ oder installieren Sie eine GPU-Version des Backends (unter Windows: KERAS_BACKEND=torch mit CUDA-PyTorch).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="40"/>
        <source>Choose at least one factor raster.</source>
        <translation>Wählen Sie mindestens ein Faktorraster.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="41"/>
        <source>Two factors share the name {names}. Rename the layers so every factor has its own name (it becomes the band description and the catalogue key).</source>
        <translation>Zwei Faktoren tragen den Namen {names}. Benennen Sie die Layer um, sodass jeder Faktor einen eigenen Namen hat (er wird zur Bandbeschreibung und zum Katalogschlüssel).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="44"/>
        <source>&apos;{path}&apos; carries no factor catalogue: it was not written by &apos;Prepare factor stack&apos; and no catalogue JSON lies beside it. Prepare the stack with that algorithm.</source>
        <translation>„{path}“ enthält keinen Faktorkatalog: Die Datei wurde nicht von „Faktorstapel vorbereiten“ geschrieben und neben ihr liegt kein Katalog-JSON. Bereiten Sie den Stapel mit diesem Algorithmus vor.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="45"/>
        <source>The factor stack &apos;{path}&apos; has {bands} bands but its catalogue lists {factors} factors. Prepare the stack again.</source>
        <translation>Der Faktorstapel „{path}“ hat {bands} Bänder, sein Katalog listet aber {factors} Faktoren. Bereiten Sie den Stapel erneut vor.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="46"/>
        <source>reference raster</source>
        <translation>Referenzraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="50"/>
        <source>factor &apos;{factor}&apos;</source>
        <translation>Faktor „{factor}“</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="18"/>
        <source>Grading row {number} (&apos;{factor}&apos;)</source>
        <translation>Einteilungszeile {number} („{factor}“)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="19"/>
        <source>{where}: the &apos;breaks&apos; method needs at least one break value, e.g. &apos;10 20 30&apos;.</source>
        <translation>{where}: Die Methode „breaks“ braucht mindestens einen Grenzwert, z. B. „10 20 30“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="20"/>
        <source>{where}: breaks must be finite numbers.</source>
        <translation>{where}: Grenzwerte müssen endliche Zahlen sein.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="21"/>
        <source>{where}: breaks must be strictly increasing (got {breaks}).</source>
        <translation>{where}: Grenzwerte müssen streng aufsteigend sein (erhalten: {breaks}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="22"/>
        <source>Factor &apos;{factor}&apos; has no data inside the study area (all nodata or outside the mask). Check the raster, its nodata value and the mask.</source>
        <translation>Faktor „{factor}“ hat im Untersuchungsgebiet keine Daten (alles NoData oder außerhalb der Maske). Prüfen Sie das Raster, seinen NoData-Wert und die Maske.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="23"/>
        <source>Factor &apos;{factor}&apos; has the single value {value:g} everywhere in the study area, so it makes one class only. Remove it from the factors.</source>
        <translation>Faktor „{factor}“ hat im ganzen Untersuchungsgebiet den einzigen Wert {value:g} und ergibt daher nur eine Klasse. Entfernen Sie ihn aus den Faktoren.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="24"/>
        <source>This is not an LSGH-Net factor catalogue. Use the one &apos;Prepare factor stack&apos; wrote.</source>
        <translation>Dies ist kein LSGH-Net-Faktorkatalog. Verwenden Sie den, den „Faktorstapel vorbereiten“ geschrieben hat.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="25"/>
        <source>{where}: there is no factor of that name. Factors: {factors}.</source>
        <translation>{where}: Es gibt keinen Faktor dieses Namens. Faktoren: {factors}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="26"/>
        <source>{where}: the factor is listed twice. Give one row per factor.</source>
        <translation>{where}: Der Faktor ist zweimal aufgeführt. Geben Sie eine Zeile pro Faktor an.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="27"/>
        <source>{where}: unknown method &apos;{method}&apos;. Use one of: {methods}.</source>
        <translation>{where}: unbekannte Methode „{method}“. Verwenden Sie eine von: {methods}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="28"/>
        <source>Factor &apos;{factor}&apos; is graded as categorical but holds non-integer values ({low:g} .. {high:g}). Categories must be integer codes; grade it as continuous (breaks, equal, quantile or jenks) instead.</source>
        <translation>Faktor „{factor}“ ist als kategorial eingeteilt, enthält aber nicht ganzzahlige Werte ({low:g} .. {high:g}). Kategorien müssen ganzzahlige Codes sein; teilen Sie ihn stattdessen als stetig ein (breaks, equal, quantile oder jenks).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="29"/>
        <source>Factor &apos;{factor}&apos; has more than {limit} distinct codes; that is not a categorical factor. Grade it as continuous instead.</source>
        <translation>Faktor „{factor}“ hat mehr als {limit} verschiedene Codes; das ist kein kategorialer Faktor. Teilen Sie ihn stattdessen als stetig ein.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="30"/>
        <source>Factor &apos;{factor}&apos; has a single category ({code:g}) in the study area, so it cannot tell landslides apart. Remove it from the factors.</source>
        <translation>Faktor „{factor}“ hat im Untersuchungsgebiet nur eine Kategorie ({code:g}) und kann Rutschungen daher nicht unterscheiden. Entfernen Sie ihn aus den Faktoren.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="32"/>
        <source>The factor catalogue is not valid JSON ({error}).</source>
        <translation>Der Faktorkatalog ist kein gültiges JSON ({error}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="31"/>
        <source>Factor &apos;{factor}&apos; has too few distinct values for {classes} Jenks classes. Ask for fewer classes or use explicit breaks.</source>
        <translation>Faktor „{factor}“ hat zu wenige verschiedene Werte für {classes} Jenks-Klassen. Wählen Sie weniger Klassen oder explizite Grenzwerte.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="35"/>
        <source>{where}: the class count must be a whole number (got &apos;{classes}&apos;).</source>
        <translation>{where}: Die Klassenzahl muss eine ganze Zahl sein (erhalten: „{classes}“).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="172"/>
        <source>The boundary value must lie strictly between 0 and 1 (got {boundary:g}); the paper uses 0.1.</source>
        <translation>Der Randwert muss echt zwischen 0 und 1 liegen (erhalten: {boundary:g}); die Veröffentlichung verwendet 0,1.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="173"/>
        <source>The kernel radius must be at least 1 pixel (got {radius}); the paper&apos;s radii are 3, 6 and 9 pixels (kernel diameters 7, 13, 19).</source>
        <translation>Der Kernelradius muss mindestens 1 Pixel betragen (erhalten: {radius}); die Radien der Veröffentlichung sind 3, 6 und 9 Pixel (Kerneldurchmesser 7, 13, 19).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="175"/>
        <source>A radius of {radius} pixels makes a kernel {diameter} pixels wide, wider than the whole reference grid ({width} x {height} pixels). Use a radius below {limit} pixels; the paper used 3 to 9.</source>
        <translation>Ein Radius von {radius} Pixeln ergibt einen {diameter} Pixel breiten Kernel, breiter als das ganze Referenzraster ({width} x {height} Pixel). Verwenden Sie einen Radius unter {limit} Pixeln; die Veröffentlichung verwendete 3 bis 9.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="176"/>
        <source>There are no landslides to draw. Choose a layer with landslide points or polygons.</source>
        <translation>Es gibt keine Rutschungen zum Zeichnen. Wählen Sie einen Layer mit Rutschungspunkten oder -polygonen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="177"/>
        <source>None of the {count} landslides lies inside the reference raster (x {west:.2f} .. {east:.2f}, y {south:.2f} .. {north:.2f}). Check that the landslide layer and the reference raster cover the same area.</source>
        <translation>Keine der {count} Rutschungen liegt im Referenzraster (x {west:.2f} .. {east:.2f}, y {south:.2f} .. {north:.2f}). Prüfen Sie, ob Rutschungslayer und Referenzraster dasselbe Gebiet abdecken.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="106"/>
        <source>&apos;{path}&apos; is not an LSGH-Net model file. Use a file written by &apos;Train susceptibility model&apos; (extension {extension}).</source>
        <translation>„{path}“ ist keine LSGH-Net-Modelldatei. Verwenden Sie eine von „Suszeptibilitätsmodell trainieren“ geschriebene Datei (Endung {extension}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="108"/>
        <source>&apos;{path}&apos; was written by a newer version of the plugin. Update the plugin.</source>
        <translation>„{path}“ wurde von einer neueren Version des Plugins geschrieben. Aktualisieren Sie das Plugin.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="109"/>
        <source>The model file &apos;{path}&apos; was edited or is damaged (its content does not match its manifest). Use the file as training wrote it, or train again.</source>
        <translation>Die Modelldatei „{path}“ wurde bearbeitet oder ist beschädigt (ihr Inhalt passt nicht zu ihrem Manifest). Verwenden Sie die Datei so, wie das Training sie geschrieben hat, oder trainieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="103"/>
        <source>The random forest in the model file holds types that are not allowed ({types}); it was not written by this plugin. Train the model again.</source>
        <translation>Der Random Forest in der Modelldatei enthält nicht erlaubte Typen ({types}); er wurde nicht von diesem Plugin geschrieben. Trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="104"/>
        <source>The model file holds a {type}, not the random forest this plugin writes. Train the model again.</source>
        <translation>Die Modelldatei enthält ein {type}, nicht den Random Forest, den dieses Plugin schreibt. Trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="105"/>
        <source>The network in the model file cannot be loaded safely ({error}). The file may have been altered; train the model again.</source>
        <translation>Das Netz in der Modelldatei kann nicht sicher geladen werden ({error}). Die Datei wurde möglicherweise verändert; trainieren Sie das Modell erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="53"/>
        <source>The input holds classes the model never saw: {parts}. The model cannot predict them: mask those areas out, or train with samples that cover these classes.</source>
        <translation>Die Eingabe enthält Klassen, die das Modell nie gesehen hat: {parts}. Das Modell kann sie nicht vorhersagen: Maskieren Sie diese Gebiete aus oder trainieren Sie mit Stichproben, die diese Klassen abdecken.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="56"/>
        <source>the model&apos;s factors are {model}; the input&apos;s are {input}</source>
        <translation>die Faktoren des Modells sind {model}; die der Eingabe sind {input}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="57"/>
        <source>The factor stack does not match the model: {differences}. Prepare the stack with the grading the model was trained on, or give the raw factor rasters.</source>
        <translation>Der Faktorstapel passt nicht zum Modell: {differences}. Bereiten Sie den Stapel mit der Einteilung vor, mit der das Modell trainiert wurde, oder geben Sie die unbearbeiteten Faktorraster an.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="58"/>
        <source>The factor rasters do not match the model&apos;s factors (missing: {missing}; not in the model: {extra}). Name the layers like the model&apos;s factors: {wanted}.</source>
        <translation>Die Faktorraster passen nicht zu den Faktoren des Modells (fehlend: {missing}; nicht im Modell: {extra}). Benennen Sie die Layer wie die Faktoren des Modells: {wanted}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="59"/>
        <source>No cell has data in every factor, so there is nothing to predict. Check the input&apos;s extent and nodata.</source>
        <translation>Keine Zelle hat in jedem Faktor Daten, daher gibt es nichts vorherzusagen. Prüfen Sie Ausdehnung und NoData der Eingabe.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="60"/>
        <source>{problem} Or give the raw factor rasters, named like the model&apos;s factors ({factors}), to be graded with the model&apos;s catalogue.</source>
        <translation>{problem} Oder geben Sie die unbearbeiteten Faktorraster an, benannt wie die Faktoren des Modells ({factors}), damit sie mit dem Katalog des Modells eingeteilt werden.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="61"/>
        <source>factor &apos;{factor}&apos; code {code:g}: {count} cells within x {west:.1f} .. {east:.1f}, y {south:.1f} .. {north:.1f}</source>
        <translation>Faktor „{factor}“ Code {code:g}: {count} Zellen in x {west:.1f} .. {east:.1f}, y {south:.1f} .. {north:.1f}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="62"/>
        <source>factor &apos;{factor}&apos;: {attribute} {model} in the model, {input} in the input</source>
        <translation>Faktor „{factor}“: {attribute} {model} im Modell, {input} in der Eingabe</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="7"/>
        <source>The {what} &apos;{path}&apos; holds no raster band. Choose a raster file.</source>
        <translation>{what} „{path}“ enthält kein Rasterband. Wählen Sie eine Rasterdatei.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="9"/>
        <source>The {what} has {bands} band(s); band {band} does not exist.</source>
        <translation>{what} hat {bands} Band/Bänder; Band {band} existiert nicht.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="10"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>Das Raster ist gedreht (seine Geotransformation hat Rotationsterme). Transformieren Sie es zuerst auf ein nordausgerichtetes Raster (Raster &gt; Projektionen &gt; Transformieren).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="11"/>
        <source>The {what} &apos;{path}&apos; cannot be read as a raster ({error}). Check that the file exists, is complete and is a raster format GDAL reads.</source>
        <translation>{what} „{path}“ kann nicht als Raster gelesen werden ({error}). Prüfen Sie, ob die Datei existiert, vollständig ist und ein Rasterformat hat, das GDAL liest.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="13"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Choose an existing folder.</source>
        <translation>Der Ausgabeordner „{folder}“ existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="14"/>
        <source>The output folder &apos;{folder}&apos; is not writable. Choose a folder you may write to.</source>
        <translation>Der Ausgabeordner „{folder}“ ist nicht beschreibbar. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="178"/>
        <source>{width} x {height} px, origin {x:.2f}, {y:.2f}, pixel {pixel:g}</source>
        <translation>{width} x {height} px, Ursprung {x:.2f}, {y:.2f}, Pixel {pixel:g}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="179"/>
        <source>The factor stack &apos;{stack}&apos; ({stack_grid}) and the heatmap &apos;{heatmap}&apos; ({heatmap_grid}) are on different grids. Compute the heatmap with the stack as its reference raster.</source>
        <translation>Der Faktorstapel „{stack}“ ({stack_grid}) und die Heatmap „{heatmap}“ ({heatmap_grid}) liegen auf verschiedenen Rastern. Berechnen Sie die Heatmap mit dem Stapel als Referenzraster.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="180"/>
        <source>The test fraction must lie strictly between 0 and 1 (got {fraction:g}).</source>
        <translation>Der Testanteil muss echt zwischen 0 und 1 liegen (erhalten: {fraction:g}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="181"/>
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="183"/>
        <source>Every landslide cell is nodata in the stack or the heatmap, so there is no positive sample. Check the stack&apos;s extent, mask and nodata.</source>
        <translation>Jede Rutschungszelle ist im Stapel oder in der Heatmap NoData, daher gibt es keine positive Stichprobe. Prüfen Sie Ausdehnung, Maske und NoData des Stapels.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="186"/>
        <source>The block size must be positive (got {size:g} map units).</source>
        <translation>Die Blockgröße muss positiv sein (erhalten: {size:g} Karteneinheiten).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="188"/>
        <source>Too few samples to make both a training and a test set. Draw more samples or change the test fraction.</source>
        <translation>Zu wenige Stichproben für einen Trainings- und einen Testsatz. Ziehen Sie mehr Stichproben oder ändern Sie den Testanteil.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="190"/>
        <source>All samples fall in one block, so a spatial split is impossible. Use a smaller block size or the random split.</source>
        <translation>Alle Stichproben fallen in einen Block, daher ist keine räumliche Aufteilung möglich. Verwenden Sie eine kleinere Blockgröße oder die zufällige Aufteilung.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="36"/>
        <source>Screening compares factors: choose at least two.</source>
        <translation>Das Screening vergleicht Faktoren: Wählen Sie mindestens zwei.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="37"/>
        <source>Fewer than two cells have data in every factor, so no correlation can be computed. Check the factors&apos; overlap, nodata and the mask.</source>
        <translation>Weniger als zwei Zellen haben in jedem Faktor Daten, daher lässt sich keine Korrelation berechnen. Prüfen Sie Überlappung, NoData und Maske der Faktoren.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="38"/>
        <source>No landslide falls on a cell with data in every factor; the importance ranking needs landslide cells. Check the landslide layer and the mask.</source>
        <translation>Keine Rutschung fällt auf eine Zelle mit Daten in jedem Faktor; die Wichtigkeitsrangfolge braucht Rutschungszellen. Prüfen Sie den Rutschungslayer und die Maske.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="39"/>
        <source>Factor(s) {factors} have one value everywhere in the study area; remove them.</source>
        <translation>Die Faktoren {factors} haben im ganzen Untersuchungsgebiet nur einen Wert; entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="156"/>
        <source>The samples&apos; factors ({samples}) differ from the catalogue&apos;s ({catalogue}).</source>
        <translation>Die Faktoren der Stichproben ({samples}) unterscheiden sich von denen des Katalogs ({catalogue}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="92"/>
        <source>The models were trained on different factors; compare models of the same factor stack.</source>
        <translation>Die Modelle wurden mit verschiedenen Faktoren trainiert; vergleichen Sie Modelle desselben Faktorstapels.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="94"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;).</source>
        <translation>Die Stichproben haben keinen Testanteil („split“ = „test“).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="191"/>
        <source>Give either --stack or --factors.</source>
        <translation>Geben Sie entweder --stack oder --factors an.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="193"/>
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="71"/>
        <source>Unknown zoning method &apos;{method}&apos;: use one of {methods}.</source>
        <translation>Unbekannte Zonierungsmethode „{method}“: verwenden Sie eine von {methods}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="64"/>
        <source>susceptibility raster</source>
        <translation>Suszeptibilitätsraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="68"/>
        <source>&apos;{path}&apos; has {count} cell(s) outside [0, 1] (values {low:g} .. {high:g}); a susceptibility index lies between 0 and 1. Use the output of &apos;Susceptibility map&apos;, or rescale the raster first.</source>
        <translation>„{path}“ hat {count} Zelle(n) außerhalb von [0, 1] (Werte {low:g} .. {high:g}); ein Suszeptibilitätsindex liegt zwischen 0 und 1. Verwenden Sie die Ausgabe von „Suszeptibilitätskarte“ oder skalieren Sie das Raster zuerst um.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="69"/>
        <source>&apos;{path}&apos; has no data.</source>
        <translation>„{path}“ enthält keine Daten.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="73"/>
        <source>Zoning needs at least 2 zones (got {zones}).</source>
        <translation>Die Zonierung braucht mindestens 2 Zonen (erhalten: {zones}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="74"/>
        <source>&apos;{path}&apos; has no data inside the mask.</source>
        <translation>„{path}“ enthält innerhalb der Maske keine Daten.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="72"/>
        <source>Quantile zones would repeat a break (many cells share a value). Use Jenks or fewer zones.</source>
        <translation>Quantilzonen würden eine Grenze wiederholen (viele Zellen teilen einen Wert). Verwenden Sie Jenks oder weniger Zonen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="76"/>
        <source>User breaks: give at least one break between 0 and 1, e.g. &apos;0.2 0.4 0.6 0.8&apos;.</source>
        <translation>Benutzergrenzen: Geben Sie mindestens eine Grenze zwischen 0 und 1 an, z. B. „0.2 0.4 0.6 0.8“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="77"/>
        <source>User breaks must be strictly increasing (got {breaks}).</source>
        <translation>Benutzergrenzen müssen streng aufsteigend sein (erhalten: {breaks}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="78"/>
        <source>User breaks must lie strictly between 0 and 1 (got {breaks}).</source>
        <translation>Benutzergrenzen müssen echt zwischen 0 und 1 liegen (erhalten: {breaks}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="79"/>
        <source>&apos;{path}&apos; is not on the grid of &apos;{first}&apos;. Compare susceptibility maps of the same study area and grid.</source>
        <translation>„{path}“ liegt nicht auf dem Raster von „{first}“. Vergleichen Sie Suszeptibilitätskarten desselben Untersuchungsgebiets und Rasters.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="80"/>
        <source>raster to compare</source>
        <translation>Vergleichsraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="42"/>
        <source>No cell has data in every factor {where}. Check that the factors (and the mask) overlap the reference raster and that their nodata values are right.</source>
        <translation>Keine Zelle hat in jedem Faktor Daten ({where}). Prüfen Sie, ob die Faktoren (und die Maske) das Referenzraster überlappen und ihre NoData-Werte stimmen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="47"/>
        <source>inside the mask</source>
        <translation>innerhalb der Maske</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="48"/>
        <source>on the reference grid</source>
        <translation>im Referenzraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="49"/>
        <source>Factor(s) {factors} have no data {where}, so no cell has data in every factor. Check that the factors (and the mask) overlap the reference raster and that their nodata values are right.</source>
        <translation>Die Faktoren {factors} haben keine Daten ({where}), daher hat keine Zelle in jedem Faktor Daten. Prüfen Sie, ob die Faktoren (und die Maske) das Referenzraster überlappen und ihre NoData-Werte stimmen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="194"/>
        <source>No Python to build the environment from was found (looked for {paths}). Name one in BASE_PYTHON: Python {minimum} or newer, with numpy and GDAL&apos;s Python bindings (osgeo).</source>
        <translation>Es wurde kein Python gefunden, aus dem die Umgebung erstellt werden kann (gesucht: {paths}). Geben Sie eines in BASE_PYTHON an: Python {minimum} oder neuer, mit numpy und den Python-Bindungen von GDAL (osgeo).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="195"/>
        <source>The set-up failed (exit code {code}). Its last lines:
{lines}
By hand: {commands}</source>
        <translation>Die Einrichtung ist fehlgeschlagen (Exitcode {code}). Ihre letzten Zeilen:
{lines}
Von Hand: {commands}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="196"/>
        <source>The base Python &apos;{python}&apos; has no GDAL bindings (osgeo), which the worker reads rasters with. Use the Python that comes with QGIS (or /usr/bin/python3 with python3-gdal on Debian and Ubuntu).</source>
        <translation>Das Basis-Python „{python}“ hat keine GDAL-Bindungen (osgeo), mit denen der Worker Raster liest. Verwenden Sie das Python, das mit QGIS kommt (oder /usr/bin/python3 mit python3-gdal unter Debian und Ubuntu).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="197"/>
        <source>The base Python &apos;{python}&apos; is version {version}; the deep-learning packages need Python {minimum} or newer. Name a newer Python in BASE_PYTHON.</source>
        <translation>Das Basis-Python „{python}“ hat die Version {version}; die Deep-Learning-Pakete brauchen Python {minimum} oder neuer. Geben Sie in BASE_PYTHON ein neueres Python an.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="201"/>
        <source>pip could not get the packages ({clue}). Check the internet connection (behind a proxy, set HTTPS_PROXY) and run the set-up again. If the package index is reachable, it has no build of a package for this Python: choose the other backend. By hand: {commands}</source>
        <translation>pip konnte die Pakete nicht beziehen ({clue}). Prüfen Sie die Internetverbindung (hinter einem Proxy: HTTPS_PROXY setzen) und starten Sie die Einrichtung erneut. Ist der Paketindex erreichbar, gibt es dort für dieses Python keinen Build eines Pakets: wählen Sie das andere Backend. Von Hand: {commands}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="202"/>
        <source>The new environment does not work: {error}</source>
        <translation>Die neue Umgebung funktioniert nicht: {error}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="204"/>
        <source>The base Python &apos;{path}&apos; does not exist. Name the python executable itself (python.exe on Windows) in BASE_PYTHON.</source>
        <translation>Das Basis-Python „{path}“ existiert nicht. Geben Sie in BASE_PYTHON die Python-Programmdatei selbst an (unter Windows python.exe).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="205"/>
        <source>The base Python &apos;{python}&apos; cannot run ({error}).</source>
        <translation>Das Basis-Python „{python}“ lässt sich nicht ausführen ({error}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="206"/>
        <source>&apos;{python}&apos; does not run as Python: {error}</source>
        <translation>„{python}“ läuft nicht als Python: {error}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="200"/>
        <source>The disk holding &apos;{folder}&apos; is full (the environment needs about 3 GB). Free some space and run the set-up again.</source>
        <translation>Der Datenträger mit „{folder}“ ist voll (die Umgebung braucht etwa 3 GB). Geben Sie Speicherplatz frei und starten Sie die Einrichtung erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="169"/>
        <source>The test split needs hard landslide and non-landslide samples. Extract more samples or use a larger test fraction.</source>
        <translation>Der Testteil braucht harte Rutschungs- und Nicht-Rutschungs-Stichproben. Extrahieren Sie mehr Stichproben oder verwenden Sie einen größeren Testanteil.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="107"/>
        <source>The model file &apos;{path}&apos; does not exist. Check the path.</source>
        <translation>Die Modelldatei „{path}“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="111"/>
        <source>The model file &apos;{path}&apos; is damaged: its content cannot be unpacked ({error}). Use the file as training wrote it, or train again.</source>
        <translation>Die Modelldatei „{path}“ ist beschädigt: ihr Inhalt lässt sich nicht entpacken ({error}). Verwenden Sie die Datei so, wie das Training sie geschrieben hat, oder trainieren Sie neu.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="6"/>
        <source>GDAL could not read or write a raster: {error} The file may be incomplete or damaged (an interrupted copy or download): copy or create it again.</source>
        <translation>GDAL konnte ein Raster nicht lesen oder schreiben: {error} Die Datei ist vielleicht unvollständig oder beschädigt (ein abgebrochenes Kopieren oder Herunterladen): kopieren oder erstellen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="182"/>
        <source>MIN_DISTANCE ({distance:g} map units) is as large as the whole stack ({across:.0f} map units corner to corner): no cell can be that far from a landslide. Choose a smaller MIN_DISTANCE.</source>
        <translation>MIN_DISTANCE ({distance:g} Karteneinheiten) ist so groß wie der ganze Stapel ({across:.0f} Karteneinheiten von Ecke zu Ecke): keine Zelle kann so weit von einer Rutschung entfernt sein. Wählen Sie eine kleinere MIN_DISTANCE.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="184"/>
        <source>No cell outside the heatmap is {distance:g} map units or more from every landslide, so there is no negative sample. Choose a smaller MIN_DISTANCE (or a smaller heatmap radius).</source>
        <translation>Keine Zelle außerhalb der Heatmap ist {distance:g} Karteneinheiten oder mehr von jeder Rutschung entfernt, daher gibt es keine negative Stichprobe. Wählen Sie eine kleinere MIN_DISTANCE (oder einen kleineren Heatmap-Radius).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="185"/>
        <source>No cell with data lies outside the heatmap, so there is no negative sample. Use a smaller heatmap radius, or a larger study area.</source>
        <translation>Keine Zelle mit Daten liegt außerhalb der Heatmap, daher gibt es keine negative Stichprobe. Verwenden Sie einen kleineren Heatmap-Radius oder ein größeres Untersuchungsgebiet.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="165"/>
        <source>These samples were extracted from another factor stack than {stack} (their stack_id is {samples}, the stack&apos;s is {expected}): their class codes would be read against the wrong classes. Use the stack they come from, or extract samples from this one.</source>
        <translation>Diese Stichproben wurden aus einem anderen Faktorstapel als {stack} extrahiert (ihre stack_id ist {samples}, die des Stapels {expected}): ihre Klassencodes würden gegen die falschen Klassen gelesen. Verwenden Sie den Stapel, aus dem sie stammen, oder extrahieren Sie Stichproben aus diesem.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="67"/>
        <source>&apos;{path}&apos; has no nodata value, and its {count} cell(s) of {value:g} look like nodata. Set {value:g} as the raster&apos;s nodata value (e.g. with GDAL&apos;s Translate, -a_nodata) or use the output of &apos;Susceptibility map&apos;.</source>
        <translation>„{path}“ hat keinen NoData-Wert, und seine {count} Zelle(n) mit {value:g} sehen nach NoData aus. Setzen Sie {value:g} als NoData-Wert des Rasters (z. B. mit GDALs Translate, -a_nodata) oder verwenden Sie die Ausgabe von „Suszeptibilitätskarte“.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="4"/>
        <source>There was not enough memory to finish. Close other programs, or work on a smaller area, a coarser grid or fewer samples.</source>
        <translation>Der Arbeitsspeicher reichte nicht aus. Schließen Sie andere Programme oder arbeiten Sie mit einem kleineren Gebiet, einem gröberen Raster oder weniger Stichproben.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="100"/>
        <source>Random forest baseline (GridSearchCV)</source>
        <translation>Random-Forest-Vergleichsmodell (GridSearchCV)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="101"/>
        <source>Logistic regression (GLM) on the one-hot classes</source>
        <translation>Logistische Regression (GLM) auf den One-hot-Klassen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="102"/>
        <source>Unknown model kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>Unbekannte Modellart '{kind}': verwenden Sie eine von {kinds}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="97"/>
        <source>LSGH-Net (scSE attention, heatmap samples)</source>
        <translation>LSGH-Net (scSE-Attention, Heatmap-Stichproben)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="98"/>
        <source>LSGH-Net without scSE (ablation)</source>
        <translation>LSGH-Net ohne scSE (Ablation)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="99"/>
        <source>CNN baseline (hard samples only)</source>
        <translation>CNN-Vergleichsmodell (nur harte Stichproben)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="54"/>
        <source>The uncertainty map needs an ensemble of networks, and this model holds a single {kind} model. Train it with more than one network in the ensemble (the default preset), or leave the uncertainty output empty.</source>
        <translation>Die Unsicherheitskarte braucht ein Ensemble von Netzen, und diese Datei enthält ein einzelnes {kind}-Modell. Trainieren Sie mit mehr als einem Netz im Ensemble (die Standardvoreinstellung) oder lassen Sie die Unsicherheitsausgabe leer.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="189"/>
        <source>Unknown split &apos;{split}&apos;: use one of {splits}.</source>
        <translation>Unbekannte Aufteilung '{split}': verwenden Sie eine von {splits}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="15"/>
        <source>&apos;{path}&apos; is a folder. Choose a file name for the output.</source>
        <translation>„{path}“ ist ein Ordner. Wählen Sie einen Dateinamen für die Ausgabe.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="16"/>
        <source>&apos;{path}&apos; could not be replaced ({reason}), so nothing was written. If the file is open in another program, or loaded as a layer in QGIS on Windows, close it or remove the layer, or choose another output file.</source>
        <translation>„{path}“ konnte nicht ersetzt werden ({reason}), daher wurde nichts geschrieben. Wenn die Datei in einem anderen Programm geöffnet oder unter Windows als Layer in QGIS geladen ist, schließen Sie sie oder entfernen Sie den Layer, oder wählen Sie eine andere Ausgabedatei.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="17"/>
        <source>&apos;{path}&apos; is read-only, so it was not replaced and nothing was written. Choose another output file, or make this one writable if it may be replaced.</source>
        <translation>„{path}“ ist schreibgeschützt und wurde daher nicht ersetzt; es wurde nichts geschrieben. Wählen Sie eine andere Ausgabedatei, oder heben Sie den Schreibschutz auf, wenn die Datei ersetzt werden darf.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="3"/>
        <source>A disk is full, so nothing was written. Free some space, or choose an output folder on another disk.</source>
        <translation>Ein Datenträger ist voll, daher wurde nichts geschrieben. Geben Sie Speicherplatz frei, oder wählen Sie einen Ausgabeordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="5"/>
        <source>The disk holding &apos;{folder}&apos; is full, so nothing was written. Free some space there, or choose an output folder on another disk.</source>
        <translation>Der Datenträger mit „{folder}“ ist voll, daher wurde nichts geschrieben. Geben Sie dort Speicherplatz frei, oder wählen Sie einen Ausgabeordner auf einem anderen Datenträger.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="12"/>
        <source>A new file could not be created in the output folder &apos;{folder}&apos; ({reason}). Choose a folder with a shorter path (Windows allows at most 260 characters in a path, file name included), or another folder.</source>
        <translation>Im Ausgabeordner „{folder}“ konnte keine neue Datei angelegt werden ({reason}). Wählen Sie einen Ordner mit einem kürzeren Pfad (Windows erlaubt höchstens 260 Zeichen in einem Pfad, einschließlich des Dateinamens) oder einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="2"/>
        <source>No landslide lies inside the factor stack ({outside} outside). Check that the landslide layer and the factors cover the same area.</source>
        <translation>Keine Rutschung liegt im Faktorstapel ({outside} außerhalb). Prüfen Sie, ob Rutschungslayer und Faktoren dasselbe Gebiet abdecken.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="93"/>
        <source>the models&apos; stack</source>
        <translation>dem Stapel der Modelle</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="34"/>
        <source>{where}: the class count must be from 2 to {most} (got {classes}).</source>
        <translation>{where}: Die Klassenzahl muss zwischen 2 und {most} liegen (angegeben: {classes}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="52"/>
        <source>Factor &apos;{factor}&apos; declares no nodata value, and it holds {value:g}, a value that stands for no data. Set {value:g} as its nodata value (Raster &gt; Conversion &gt; Translate, &apos;Assign a specified nodata value&apos;), then run this again.</source>
        <translation>Faktor „{factor}“ hat keinen NoData-Wert, enthält aber {value:g}, einen Wert, der für fehlende Daten steht. Setzen Sie {value:g} als NoData-Wert (Raster &gt; Konvertierung &gt; Übersetzen, „Angegebenen NoData-Wert zuweisen“) und starten Sie erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="70"/>
        <source>The raster has only {values} distinct values (at 1e-4 resolution), fewer than the {zones} zones asked. Ask for at most {values} zones.</source>
        <translation>Das Raster hat nur {values} verschiedene Werte (bei einer Auflösung von 1e-4), weniger als die {zones} gewünschten Zonen. Wählen Sie höchstens {values} Zonen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="75"/>
        <source>The raster has one value everywhere ({value:g}), so it cannot be divided into zones. Check that it is a susceptibility map (the output of &apos;Susceptibility map&apos;).</source>
        <translation>Das Raster hat überall denselben Wert ({value:g}) und lässt sich daher nicht in Zonen teilen. Prüfen Sie, ob es eine Suszeptibilitätskarte ist (die Ausgabe von „Suszeptibilitätskarte“).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="82"/>
        <source>{samples} landslide and non-landslide samples are too few for {folds} folds. Choose fewer Folds, or use more samples.</source>
        <translation>{samples} Rutschungs- und Nicht-Rutschungsstichproben sind zu wenige für {folds} Teilmengen (Folds). Wählen Sie weniger Folds oder verwenden Sie mehr Stichproben.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="83"/>
        <source>Cross-validation needs landslide and non-landslide samples; these samples are all {which}. Use samples with both (from &apos;Extract training samples&apos;, or presence/absence points with 1 and 0 in their field).</source>
        <translation>Die Kreuzvalidierung braucht Rutschungs- und Nicht-Rutschungsstichproben; diese Stichproben sind alle {which}. Verwenden Sie Stichproben mit beiden (aus „Trainingsstichproben extrahieren“ oder Präsenz-/Absenzpunkte mit 1 und 0 im Feld).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="88"/>
        <source>landslides</source>
        <translation>Rutschungen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="89"/>
        <source>non-landslides</source>
        <translation>Nicht-Rutschungen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="110"/>
        <source>The model file &apos;{path}&apos; is incomplete (it ends before its content does): it was copied, downloaded or written only in part. Copy it again from where training wrote it, or train again.</source>
        <translation>Die Modelldatei „{path}“ ist unvollständig (sie endet vor ihrem Inhalt): Sie wurde nur teilweise kopiert, heruntergeladen oder geschrieben. Kopieren Sie sie erneut vom Ort, an den das Training sie geschrieben hat, oder trainieren Sie erneut.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="8"/>
        <source>factor raster</source>
        <translation>Faktorraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="160"/>
        <source>{count} sample(s) have a label outside 0..1 (e.g. {value:g}); the label is 1 for a landslide, 0 for none and the heatmap value in between. Use the output of &apos;Extract training samples&apos;, or rescale the label field to 0..1.</source>
        <translation>{count} Stichprobe(n) haben ein Label außerhalb von 0..1 (z. B. {value:g}); das Label ist 1 für eine Rutschung, 0 für keine und dazwischen der Heatmap-Wert. Verwenden Sie die Ausgabe von „Trainingsstichproben extrahieren“ oder skalieren Sie das Label-Feld auf 0..1.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="161"/>
        <source>Some factor fields of the samples hold fractions; they must hold the stack&apos;s class codes (whole numbers). Extract the samples from the factor stack.</source>
        <translation>Einige Faktorfelder der Stichproben enthalten Brüche; sie müssen die Klassencodes des Stapels (ganze Zahlen) enthalten. Extrahieren Sie die Stichproben aus dem Faktorstapel.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="168"/>
        <source>All hard training samples are on the same side of 0.5 (all landslide or all non-landslide); the model cannot learn to tell them apart, whatever the heatmap samples. Extract both positives and negatives (check N_NEGATIVE and MIN_DISTANCE of &apos;Extract training samples&apos;).</source>
        <translation>Alle harten Trainingsstichproben liegen auf derselben Seite von 0,5 (alle Rutschung oder alle Nicht-Rutschung); das Modell kann sie unabhängig von den Heatmap-Stichproben nicht unterscheiden lernen. Extrahieren Sie Positive und Negative (prüfen Sie N_NEGATIVE und MIN_DISTANCE von „Trainingsstichproben extrahieren“).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="170"/>
        <source>{count} sample(s) carry no stack fingerprint (&apos;{field}&apos; field), so it cannot be verified that they were drawn from {stack}; their class codes fit its classes, so they are used as they are.</source>
        <translation>{count} Stichprobe(n) tragen keinen Stapel-Fingerabdruck (Feld „{field}“), daher lässt sich nicht prüfen, ob sie aus {stack} stammen; ihre Klassencodes passen zu dessen Klassen, daher werden sie so verwendet.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="192"/>
        <source>The worker&apos;s Python ({python}) cannot import &apos;{module}&apos;. Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox once.</source>
        <translation>Das Python des Workers ({python}) kann „{module}“ nicht importieren. Führen Sie einmal „Einrichtung &gt; Deep-Learning-Umgebung einrichten“ in der Processing-Werkzeugkiste aus.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="33"/>
        <source>{where}: breaks must be numbers separated by spaces or &apos;;&apos;, with &apos;.&apos; for decimals (got &apos;{breaks}&apos;).</source>
        <translation>{where}: Klassengrenzen müssen durch Leerzeichen oder „;“ getrennte Zahlen sein, mit „.“ als Dezimaltrennzeichen (erhalten: „{breaks}“).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="51"/>
        <source>Factor &apos;{factor}&apos; holds complex numbers; a factor&apos;s values are real numbers. Use the band&apos;s real part or magnitude (Raster Calculator) instead.</source>
        <translation>Faktor „{factor}“ enthält komplexe Zahlen; die Werte eines Faktors sind reelle Zahlen. Verwenden Sie stattdessen den Realteil oder Betrag des Bandes (Rasterrechner).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="174"/>
        <source>The reference grid ({width} x {height} pixels) is too small for any kernel: the smallest (radius 1) is 3 pixels wide. Use a raster that covers the study area as the reference.</source>
        <translation>Das Referenzraster ({width} x {height} Pixel) ist für jeden Kern zu klein: Der kleinste (Radius 1) ist 3 Pixel breit. Verwenden Sie ein Raster, das das Untersuchungsgebiet abdeckt, als Referenz.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="187"/>
        <source>The block size ({size:g} map units) is smaller than a cell of the stack ({pixel:g} map units), so every sample would be a block of its own. Give blocks of at least one cell, better several times the landslides&apos; size.</source>
        <translation>Die Blockgröße ({size:g} Karteneinheiten) ist kleiner als eine Zelle des Stapels ({pixel:g} Karteneinheiten), sodass jede Stichprobe ein eigener Block wäre. Geben Sie Blöcke von mindestens einer Zelle an, besser ein Mehrfaches der Größe der Rutschungen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="112"/>
        <source>Unknown {setting} &apos;{value}&apos;: use one of {choices}.</source>
        <translation>Unbekannte Einstellung {setting} „{value}“: verwenden Sie eine von {choices}.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="113"/>
        <source>The setting &apos;{setting}&apos; must lie from {minimum} to {maximum} (got {value}).</source>
        <translation>Die Einstellung „{setting}“ muss zwischen {minimum} und {maximum} liegen (erhalten: {value}).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="114"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="115"/>
        <source>The model kind.</source>
        <translation>Die Modellart.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="116"/>
        <source>Network training</source>
        <translation>Training des Netzes</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="117"/>
        <source>Default: batch normalisation that works from the first epochs on small inventories, weight decay, early stopping on the validation loss with a validation part drawn like the test split, an ensemble of networks whose mean is the susceptibility (their spread is the uncertainty map of &apos;Susceptibility map&apos;), the classes of graded factors encoded as ordinal rows, and each cell&apos;s row and column as two more input channels, so that the network can tell the factors apart. The paper: one network, Keras&apos;s defaults, one-hot classes, early stopping on the binarized validation accuracy of random cells.</source>
        <translation>Standard: Batch-Normalisierung, die auch bei kleinen Inventaren ab den ersten Epochen wirkt, Weight Decay, frühes Stoppen nach dem Validierungsverlust mit einem Validierungsteil, der wie der Testteil gezogen wird, ein Ensemble von Netzen, dessen Mittelwert die Anfälligkeit ist (ihre Streuung ist die Unsicherheitskarte von 'Anfälligkeitskarte'), die Klassen klassierter Faktoren ordinal kodiert und Zeile und Spalte jeder Zelle als zwei weitere Eingabekanäle, damit das Netz die Faktoren unterscheiden kann. Der Artikel: ein Netz, Keras-Standardwerte, One-Hot-Klassen, frühes Stoppen nach der binarisierten Validierungsgenauigkeit zufälliger Zellen.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="118"/>
        <source>Maximum epochs</source>
        <translation>Maximale Epochen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="119"/>
        <source>The most epochs each network trains; early stopping usually ends it sooner. The paper: 200.</source>
        <translation>Höchstens so viele Epochen trainiert jedes Netz; das frühe Anhalten beendet es meist früher. Der Artikel: 200.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="120"/>
        <source>Early-stopping patience (epochs; empty: the preset&apos;s)</source>
        <translation>Geduld des frühen Stoppens (Epochen; leer: die der Voreinstellung)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="121"/>
        <source>Stop when the validation criterion has not improved for this many epochs; the best weights are kept.</source>
        <translation>Anhalten, wenn sich das Validierungskriterium so viele Epochen lang nicht verbessert hat; die besten Gewichte werden behalten.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="122"/>
        <source>Networks in the ensemble (empty: the preset&apos;s)</source>
        <translation>Netze im Ensemble (leer: die der Voreinstellung)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="123"/>
        <source>Networks trained from consecutive seeds and averaged. Training time grows with their number.</source>
        <translation>Netze, aus aufeinanderfolgenden Startwerten trainiert und gemittelt. Die Trainingszeit wächst mit ihrer Anzahl.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="124"/>
        <source>Encoding of the factor classes</source>
        <translation>Kodierung der Faktorklassen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="125"/>
        <source>One-hot: each class is its own column. Ordinal: class c of a factor graded from a continuous raster (slope class 3 lies between 2 and 4) sets columns 1 to c, so that neighbouring classes share what they learn; categorical factors stay one-hot. Spatial cross-validation on the bundled data favours ordinal.</source>
        <translation>One-hot: jede Klasse ist eine eigene Spalte. Ordinal: Klasse c eines aus einem kontinuierlichen Raster klassierten Faktors (Hangneigungsklasse 3 liegt zwischen 2 und 4) setzt die Spalten 1 bis c, sodass benachbarte Klassen teilen, was sie lernen; kategoriale Faktoren bleiben one-hot. Die räumliche Kreuzvalidierung auf den mitgelieferten Daten spricht für ordinal.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="126"/>
        <source>Validation part</source>
        <translation>Validierungsteil</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="127"/>
        <source>How the samples held out for early stopping are drawn. Draw them like the test split: spatial blocks when the samples were split by spatial blocks.</source>
        <translation>Wie die für das frühe Stoppen zurückgehaltenen Stichproben gezogen werden. Ziehen Sie sie wie den Testteil: räumliche Blöcke, wenn die Stichproben nach räumlichen Blöcken aufgeteilt wurden.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="128"/>
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="129"/>
        <source>Samples per training step. The paper: 32.</source>
        <translation>Stichproben je Trainingsschritt. Der Artikel: 32.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="130"/>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="131"/>
        <source>The optimiser&apos;s step size (AdamW in the default preset, Adam in the paper&apos;s).</source>
        <translation>Die Schrittweite des Optimierers (AdamW in der Standardvoreinstellung, Adam in der des Artikels).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="132"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="133"/>
        <source>Dropout before the dense layer (the paper: 0.5).</source>
        <translation>Dropout vor der Dense-Schicht (Artikel: 0,5).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="134"/>
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="135"/>
        <source>Share of the training split held out for early stopping.</source>
        <translation>Anteil des Trainingsteils, der für frühes Stoppen zurückgehalten wird.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="136"/>
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="137"/>
        <source>The same seed on the same machine gives the same result: the same model and metrics, the same folds and table.</source>
        <translation>Derselbe Startwert auf demselben Rechner ergibt dasselbe Ergebnis: dasselbe Modell und dieselben Kennzahlen, dieselben Teilmengen und dieselbe Tabelle.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="138"/>
        <source>Batch normalisation momentum</source>
        <translation>Momentum der Batch-Normalisierung</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="139"/>
        <source>Momentum of the moving statistics.</source>
        <translation>Momentum der gleitenden Statistiken.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="140"/>
        <source>Weight decay</source>
        <translation>Gewichtsabnahme</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="141"/>
        <source>AdamW&apos;s weight decay; 0: Adam.</source>
        <translation>Gewichtsabnahme von AdamW; 0: Adam.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="142"/>
        <source>Early-stopping criterion</source>
        <translation>Kriterium für frühes Anhalten</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="143"/>
        <source>The validation criterion early stopping watches.</source>
        <translation>Das Validierungskriterium, das das frühe Anhalten beobachtet.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="144"/>
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="145"/>
        <source>Filters of the first convolution block.</source>
        <translation>Filter des ersten Faltungsblocks.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="146"/>
        <source>Coordinate channels</source>
        <translation>Koordinatenkanäle</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="147"/>
        <source>The cells&apos; row and column as two more input channels.</source>
        <translation>Zeile und Spalte der Zellen als zwei weitere Eingangskanäle.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="148"/>
        <source>Default (ensemble of networks)</source>
        <translation>Standard (Ensemble von Netzen)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="149"/>
        <source>The paper&apos;s configuration</source>
        <translation>Konfiguration des Artikels</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="150"/>
        <source>one-hot (the paper)</source>
        <translation>One-Hot (der Artikel)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="151"/>
        <source>ordinal for graded factors</source>
        <translation>ordinal für klassierte Faktoren</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="152"/>
        <source>random cells</source>
        <translation>zufällige Zellen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="153"/>
        <source>whole landslides</source>
        <translation>ganze Rutschungen</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="154"/>
        <source>spatial blocks</source>
        <translation>räumliche Blöcke</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="155"/>
        <source>Give the factor stack the samples were drawn from (--catalogue stack.tif, or its catalogue .json).</source>
        <translation>Geben Sie den Faktorstapel an, aus dem die Stichproben stammen (--catalogue stack.tif oder sein Katalog .json).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="198"/>
        <source>The environment folder &apos;{folder}&apos; is a file. Choose a new or empty folder (or leave the parameter empty for the folder in your QGIS profile).</source>
        <translation>Der Umgebungsordner '{folder}' ist eine Datei. Wählen Sie einen neuen oder leeren Ordner (oder lassen Sie den Parameter leer für den Ordner in Ihrem QGIS-Profil).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="199"/>
        <source>The environment folder &apos;{folder}&apos; already holds other files, which the set-up would replace. Choose a new or empty folder, e.g. a new subfolder of it (or leave the parameter empty for the folder in your QGIS profile).</source>
        <translation>Der Umgebungsordner '{folder}' enthält bereits andere Dateien, die die Einrichtung ersetzen würde. Wählen Sie einen neuen oder leeren Ordner, z. B. einen neuen Unterordner davon (oder lassen Sie den Parameter leer für den Ordner in Ihrem QGIS-Profil).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="203"/>
        <source>The base Python &apos;{path}&apos; is a folder. Name the python executable itself (python.exe on Windows, e.g. bin/python3 inside a folder on Linux and macOS) in BASE_PYTHON.</source>
        <translation>Das Basis-Python '{path}' ist ein Ordner. Geben Sie in BASE_PYTHON die Python-Programmdatei selbst an (python.exe unter Windows, z. B. bin/python3 in einem Ordner unter Linux und macOS).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="207"/>
        <source>The environment folder &apos;{folder}&apos; cannot be created: &apos;{parent}&apos; is not writable ({error}). Choose a folder you can write to.</source>
        <translation>Der Umgebungsordner '{folder}' kann nicht angelegt werden: '{parent}' ist nicht beschreibbar ({error}). Wählen Sie einen Ordner, in den Sie schreiben können.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="81"/>
        <source>{partition}: no clear winner. {best} leads {runner_up} by {lead:.3f} AUROC (paired over {folds} folds), within the {margin:.3f} that chance allows; choose either on other grounds.</source>
        <translation>{partition}: kein klarer Sieger. {best} liegt um {lead:.3f} AUROC vor {runner_up} (gepaart über {folds} Folds), innerhalb der {margin:.3f}, die der Zufall zulässt; wählen Sie nach anderen Gesichtspunkten.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="84"/>
        <source>{partition}: {best} is the only model.</source>
        <translation>{partition}: {best} ist das einzige Modell.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="85"/>
        <source>{partition}: best model {best}, ahead of {runner_up} by {lead:.3f} AUROC (paired over {folds} folds, more than the {margin:.3f} chance allows).</source>
        <translation>{partition}: bestes Modell {best}, um {lead:.3f} AUROC vor {runner_up} (gepaart über {folds} Folds, mehr als die {margin:.3f}, die der Zufall zulässt).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="63"/>
        <source>The mapping units layer holds no polygon. Choose a layer of polygons (slope units, catchments, parcels ...).</source>
        <translation>Der Layer der Kartiereinheiten enthält kein Polygon. Wählen Sie einen Polygonlayer (Hangeinheiten, Einzugsgebiete, Flurstücke …).</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="95"/>
        <source>Permutation importance needs landslide and non-landslide test samples; these have only {count} of one kind. Use samples from &apos;Extract training samples&apos; with a test split.</source>
        <translation>Die Permutationswichtigkeit braucht Rutschungs- und Nicht-Rutschungs-Teststichproben; diese haben nur {count} einer Art. Verwenden Sie Stichproben aus 'Trainingsstichproben extrahieren' mit einem Testteil.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="96"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;); the importance is measured on it. Use samples from &apos;Extract training samples&apos;.</source>
        <translation>Die Stichproben haben keinen Testteil ('split' = 'test'); die Wichtigkeit wird auf ihm gemessen. Verwenden Sie Stichproben aus 'Trainingsstichproben extrahieren'.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="55"/>
        <source>This model file does not know the share of its study area&apos;s cells on a landslide, so its index cannot be turned into a probability. Train it on samples from &apos;Extract training samples&apos; of this version (they carry that share), or leave the probability output empty.</source>
        <translation>Diese Modelldatei kennt den Anteil der Zellen ihres Untersuchungsgebiets auf einer Rutschung nicht, daher kann ihr Index nicht in eine Wahrscheinlichkeit umgerechnet werden. Trainieren Sie sie auf Stichproben aus 'Trainingsstichproben extrahieren' dieser Version (sie tragen diesen Anteil), oder lassen Sie die Wahrscheinlichkeitsausgabe leer.</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="65"/>
        <source>probability raster</source>
        <translation>Wahrscheinlichkeitsraster</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="66"/>
        <source>The probability raster &apos;{path}&apos; is not on the grid of the susceptibility raster &apos;{index}&apos;. Give the probability that &apos;Susceptibility map&apos; wrote with that index.</source>
        <translation>Das Wahrscheinlichkeitsraster &apos;{path}&apos; liegt nicht auf dem Raster des Suszeptibilitätsrasters &apos;{index}&apos;. Geben Sie die Wahrscheinlichkeit an, die &apos;Suszeptibilitätskarte&apos; mit diesem Index geschrieben hat.</translation>
    </message>
</context>
<context>
    <name>LsghnetPlugin</name>
    <message>
        <location filename="../plugin.py" line="49"/>
        <source>LSGH-Net sample data (Ecuador)</source>
        <translation>LSGH-Net-Beispieldaten (Ecuador)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Set up the deep-learning environment…</source>
        <translation>Deep-Learning-Umgebung einrichten…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Load the sample data (Ecuador)</source>
        <translation>Beispieldaten laden (Ecuador)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Tutorial</source>
        <translation>Tutorial</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>&amp;Landslide susceptibility (LSGH-Net)</source>
        <translation>&amp;Rutschungssuszeptibilität (LSGH-Net)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>LSGH-Net</source>
        <translation>LSGH-Net</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Training and mapping need a one-time set-up (about 1.6 GB). Nothing is installed until you run it.</source>
        <translation>Training und Kartierung brauchen eine einmalige Einrichtung (etwa 1,6 GB). Installiert wird erst, wenn Sie sie ausführen.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Set up…</source>
        <translation>Einrichten…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>The sample data is in the layer group &apos;{0}&apos;. Open the whole chain from the plugin&apos;s menu to map it.</source>
        <translation>Die Beispieldaten liegen in der Layergruppe „{0}“. Öffnen Sie die ganze Kette im Menü des Plugins, um sie zu kartieren.</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144"/>
        <source>LSGH-Net tutorial</source>
        <translation>LSGH-Net-Tutorial</translation>
    </message>
</context>
<context>
    <name>LsghnetProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="35"/>
        <source>Landslide susceptibility (LSGH-Net)</source>
        <translation>Rutschungssuszeptibilität (LSGH-Net)</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="54"/>
        <source>Python for training and prediction (needs Keras; empty: the environment &apos;Set up the deep-learning environment&apos; made, else the plugin&apos;s .venv, else python3)</source>
        <translation>Python für Training und Vorhersage (braucht Keras; leer: die Umgebung aus „Deep-Learning-Umgebung einrichten“, sonst das .venv des Plugins, sonst python3)</translation>
    </message>
</context>
<context>
    <name>LsghnetWorker</name>
    <message>
        <location filename="../algorithms/worker_runner.py" line="121"/>
        <source>Cancelled: the worker was stopped and nothing was written.</source>
        <translation>Abgebrochen: Der Worker wurde beendet und es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="126"/>
        <source>The Keras worker ({0}) stopped unexpectedly (exit code {1}). Its last lines:
{2}</source>
        <translation>Der Keras-Worker ({0}) wurde unerwartet beendet (Exitcode {1}). Seine letzten Zeilen:
{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="76"/>
        <source>The Keras worker&apos;s Python &apos;{0}&apos; does not exist or cannot run. Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox, or correct the path in Settings &gt; Options &gt; Processing &gt; Providers &gt; Landslide susceptibility (LSGH-Net).</source>
        <translation>Das Python des Keras-Workers „{0}“ existiert nicht oder lässt sich nicht ausführen. Führen Sie „Einrichtung &gt; Deep-Learning-Umgebung einrichten“ in der Processing-Werkzeugkiste aus oder korrigieren Sie den Pfad unter Einstellungen &gt; Optionen &gt; Verarbeitung &gt; Anbieter &gt; Rutschungssuszeptibilität (LSGH-Net).</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="67"/>
        <source>Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox once; it installs Keras with TensorFlow or PyTorch into your QGIS profile.</source>
        <translation>Führen Sie einmal „Einrichtung &gt; Deep-Learning-Umgebung einrichten“ in der Processing-Werkzeugkiste aus; es installiert Keras mit TensorFlow oder PyTorch in Ihr QGIS-Profil.</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="72"/>
        <source>The deep-learning steps need their own Python environment, and none is set up yet.</source>
        <translation>Die Deep-Learning-Schritte brauchen eine eigene Python-Umgebung, und es ist noch keine eingerichtet.</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="82"/>
        <source>The Keras worker&apos;s Python &apos;{0}&apos; lacks the package(s) {1}.</source>
        <translation>Dem Python des Keras-Workers „{0}“ fehlen die Pakete {1}.</translation>
    </message>
</context>
<context>
    <name>MappingUnits</name>
    <message>
        <location filename="../algorithms/mapping_units.py" line="41"/>
        <source>The mapping units must be polygons (slope units, catchments, parcels ...); this layer has other geometries.</source>
        <translation>Die Kartiereinheiten müssen Polygone sein (Hangeinheiten, Einzugsgebiete, Flurstücke …); dieser Layer hat andere Geometrien.</translation>
    </message>
    <message>
        <location filename="../algorithms/mapping_units.py" line="44"/>
        <source>mapping units layer</source>
        <translation>Layer der Kartiereinheiten</translation>
    </message>
    <message>
        <location filename="../algorithms/mapping_units.py" line="89"/>
        <source>{0} mapping units zoned; {1} hold no cell with an index.</source>
        <translation>{0} Kartiereinheiten zoniert; {1} enthalten keine Zelle mit Index.</translation>
    </message>
</context>
<context>
    <name>OutputWriters</name>
    <message>
        <location filename="../algorithms/outputs.py" line="116"/>
        <source>Could not write an output layer ({0}). Check that its disk has free space and that you may write there; nothing was left behind.</source>
        <translation>Eine Ausgabeebene konnte nicht geschrieben werden ({0}). Prüfen Sie, ob auf ihrem Datenträger Platz frei ist und Sie dort schreiben dürfen; es wurde nichts zurückgelassen.</translation>
    </message>
</context>
<context>
    <name>ParameterBuilders</name>
    <message>
        <location filename="../algorithms/parameters.py" line="48"/>
        <source>Allowed: {0} to {1}.</source>
        <translation>Erlaubt: {0} bis {1}.</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="57"/>
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
</context>
<context>
    <name>ParameterChecks</name>
    <message>
        <location filename="../algorithms/checks.py" line="66"/>
        <source>{0} must be a number; it is &apos;{1}&apos;.</source>
        <translation>{0} muss eine Zahl sein; es ist „{1}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="72"/>
        <source>{0} must be a whole number from {1:g} to {2:g}; it is {3}.</source>
        <translation>{0} muss eine ganze Zahl von {1:g} bis {2:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="72"/>
        <source>{0} must be a number from {1:g} to {2:g}; it is {3}.</source>
        <translation>{0} muss eine Zahl von {1:g} bis {2:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="75"/>
        <source>{0} must be a whole number of at least {1:g}; it is {3}.</source>
        <translation>{0} muss eine ganze Zahl von mindestens {1:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="75"/>
        <source>{0} must be a number of at least {1:g}; it is {3}.</source>
        <translation>{0} muss eine Zahl von mindestens {1:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="78"/>
        <source>{0} must be a whole number of at most {2:g}; it is {3}.</source>
        <translation>{0} muss eine ganze Zahl von höchstens {2:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="78"/>
        <source>{0} must be a number of at most {2:g}; it is {3}.</source>
        <translation>{0} muss eine Zahl von höchstens {2:g} sein; es ist {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="97"/>
        <source>{0} must be a .{1} file; it is &apos;{2}&apos;.</source>
        <translation>{0} muss eine .{1}-Datei sein; es ist „{2}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="103"/>
        <source>{0} must be one of {1}; it is {2}.</source>
        <translation>{0} muss eines von {1} sein; es ist {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="122"/>
        <source>The file &apos;{1}&apos; given for {0} does not exist. Check the path.</source>
        <translation>Die für {0} angegebene Datei „{1}“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="136"/>
        <source>The {0} &apos;{1}&apos; does not exist. Check the path.</source>
        <translation>{0} „{1}“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="141"/>
        <source>QGIS cannot load the {0} &apos;{1}&apos;. Check that it is a raster file.</source>
        <translation>QGIS kann {0} „{1}“ nicht laden. Prüfen Sie, ob es eine Rasterdatei ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="178"/>
        <source>The output {0} is the file of the input {1} (&apos;{2}&apos;): writing it would destroy that input. Choose another file for {0}.</source>
        <translation>Die Ausgabe {0} ist die Datei der Eingabe {1} („{2}“): sie zu schreiben würde diese Eingabe zerstören. Wählen Sie eine andere Datei für {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="196"/>
        <source>The folder of {0} (&apos;{1}&apos;) does not exist. Choose an existing folder.</source>
        <translation>Der Ordner von {0} („{1}“) existiert nicht. Wählen Sie einen vorhandenen Ordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="199"/>
        <source>The folder of {0} (&apos;{1}&apos;) cannot be written to. Choose a folder you may write to.</source>
        <translation>In den Ordner von {0} („{1}“) kann nicht geschrieben werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="213"/>
        <source>This algorithm needs the Python package(s) {0}, which QGIS&apos;s Python cannot import. Install them with {1}&apos;python3 -m pip install {2}&apos; for the Python that runs QGIS (on Windows in the OSGeo4W Shell), then restart QGIS.</source>
        <translation>Dieser Algorithmus braucht das/die Python-Paket(e) {0}, die das Python von QGIS nicht importieren kann. Installieren Sie sie mit {1}„python3 -m pip install {2}“ für das Python, mit dem QGIS läuft (unter Windows in der OSGeo4W-Shell), und starten Sie QGIS neu.</translation>
    </message>
</context>
<context>
    <name>PredictSusceptibility</name>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="85"/>
        <source>Susceptibility map</source>
        <translation>Suszeptibilitätskarte</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="87"/>
        <source>Mapping</source>
        <translation>Kartierung</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="99"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="99"/>
        <source>A model from &apos;Train susceptibility model&apos; (any kind, random forest included).</source>
        <translation>Ein Modell aus „Suszeptibilitätsmodell trainieren“ (jede Art, auch Random Forest).</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="101"/>
        <source>Factor stack, or raw factor rasters</source>
        <translation>Faktorstapel oder ungestufte Faktorraster</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="101"/>
        <source>The graded stack from &apos;Prepare factor stack&apos; (its catalogue must match the model&apos;s), or the raw factor rasters, named like the model&apos;s factors, which are then graded with the model&apos;s catalogue: a model trained once can map a new area or a newer DEM.</source>
        <translation>Der eingeteilte Stapel aus „Faktorstapel vorbereiten“ (sein Katalog muss zu dem des Modells passen) oder die ungestuften Faktorraster, benannt wie die Faktoren des Modells, die dann mit dem Katalog des Modells eingeteilt werden: ein einmal trainiertes Modell kann ein neues Gebiet oder ein neueres DGM kartieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="107"/>
        <source>Susceptibility</source>
        <translation>Suszeptibilität</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="107"/>
        <source>Float32 GeoTIFF on the input&apos;s grid, values in [0, 1], nodata (-9999) wherever a factor is nodata; styled in five classes from green to red.</source>
        <translation>Float32-GeoTIFF auf dem Raster der Eingabe, Werte in [0, 1], NoData (-9999) wo ein Faktor NoData ist; in fünf Klassen von Grün nach Rot dargestellt.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="156"/>
        <source>Choose the factor stack or the raw factor rasters.</source>
        <translation>Wählen Sie den Faktorstapel oder die ungestuften Faktorraster.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="167"/>
        <source>The susceptibility raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>Das Suszeptibilitätsraster ist ein GeoTIFF: geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="178"/>
        <source>Input: the factor stack &apos;{0}&apos;.</source>
        <translation>Eingabe: der Faktorstapel „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="180"/>
        <source>Input: {0} raw factor band(s), graded with the model&apos;s catalogue.</source>
        <translation>Eingabe: {0} ungestufte Faktorbänder, mit dem Katalog des Modells eingeteilt.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="191"/>
        <source>{0} cells predicted ({1} distinct factor-class combinations, each predicted once), {2} nodata cells; model {3} on {4}.</source>
        <translation>{0} Zellen vorhergesagt ({1} verschiedene Kombinationen von Faktorklassen, jede einmal vorhergesagt), {2} NoData-Zellen; Modell {3} auf {4}.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="159"/>
        <source>input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="110"/>
        <source>Uncertainty (ensemble models)</source>
        <translation>Unsicherheit (Ensemble-Modelle)</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="110"/>
        <source>Optional Float32 GeoTIFF: per cell, the standard deviation of the susceptibility of the ensemble&apos;s networks (default preset). Dark where they disagree: read the map there with care, or add landslides and factors that cover such ground.</source>
        <translation>Optionales Float32-GeoTIFF: je Zelle die Standardabweichung der Anfälligkeit der Netze des Ensembles (Standardvoreinstellung). Dunkel, wo sie sich uneinig sind: Lesen Sie die Karte dort mit Vorsicht oder ergänzen Sie Rutschungen und Faktoren, die solches Gelände abdecken.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="171"/>
        <source>The uncertainty raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>Das Unsicherheitsraster ist ein GeoTIFF: Geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="115"/>
        <source>Probability of a landslide cell</source>
        <translation>Wahrscheinlichkeit einer Rutschungszelle</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="115"/>
        <source>Optional Float32 GeoTIFF: the index turned into the probability that a cell is a landslide cell, for the share of landslide cells in the study area (the index is learned from as many landslide as other samples, so 0.8 does not mean 80 %). Same ranking as the index. Needs a model trained on samples from &apos;Extract training samples&apos; of this version.</source>
        <translation>Optionales Float32-GeoTIFF: der Index umgerechnet in die Wahrscheinlichkeit, dass eine Zelle eine Rutschungszelle ist, für den Anteil der Rutschungszellen im Untersuchungsgebiet (der Index wird aus ebenso vielen Rutschungs- wie anderen Stichproben gelernt, 0,8 heißt also nicht 80 %). Dieselbe Reihenfolge wie der Index. Braucht ein Modell, das auf Stichproben aus 'Trainingsstichproben extrahieren' dieser Version trainiert wurde.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="175"/>
        <source>The probability raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>Das Wahrscheinlichkeitsraster ist ein GeoTIFF: geben Sie ihm die Endung .tif.</translation>
    </message>
</context>
<context>
    <name>PrepareFactors</name>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="31"/>
        <source>Prepare factor stack</source>
        <translation>Faktorstapel vorbereiten</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="33"/>
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="43"/>
        <source>Causative factors</source>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="49"/>
        <source>Grading (one row per factor)</source>
        <translation>Klasseneinteilung (eine Zeile je Faktor)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="57"/>
        <source>Reference grid</source>
        <translation>Referenzgitter</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="58"/>
        <source>Raster whose grid (extent, pixel size, CRS) the stack takes; default: the first factor. Other factors are warped to it (nearest neighbour for categorical, bilinear for continuous factors).</source>
        <translation>Raster, dessen Gitter (Ausdehnung, Zellgröße, KBS) der Stapel übernimmt; Standard: der erste Faktor. Andere Faktoren werden darauf umgerechnet (nächster Nachbar für kategoriale, bilinear für kontinuierliche Faktoren).</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="61"/>
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="63"/>
        <source>Cells whose centre lies outside these polygons are nodata (0) in the stack.</source>
        <translation>Zellen, deren Mittelpunkt außerhalb dieser Polygone liegt, sind im Stapel NoData (0).</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="64"/>
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="65"/>
        <source>GeoTIFF, band i = factor i graded to classes 1..k, 0 = nodata (any factor nodata or outside the mask); band descriptions are the factor names. Its catalogue is stored inside it and written beside it as &lt;name&gt;.json.</source>
        <translation>GeoTIFF, Band i = Faktor i in Klassen 1..k, 0 = NoData (ein Faktor NoData oder außerhalb der Maske); Bandbeschreibungen sind die Faktornamen. Sein Katalog ist darin gespeichert und daneben als &lt;name&gt;.json geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="68"/>
        <source>Factor catalogue</source>
        <translation>Faktorkatalog</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="68"/>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="71"/>
        <source>A further copy of the catalogue: every factor, its kind, breaks or category codes and class labels.</source>
        <translation>Eine weitere Kopie des Katalogs: jeder Faktor, seine Art, Klassengrenzen oder Kategoriecodes und Klassenbeschriftungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="79"/>
        <source>&apos;{0}&apos; is not a raster layer; factors must be rasters.</source>
        <translation>„{0}“ ist kein Rasterlayer; Faktoren müssen Raster sein.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="85"/>
        <source>Choose at least one factor raster.</source>
        <translation>Wählen Sie mindestens ein Faktorraster.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="88"/>
        <source>reference grid</source>
        <translation>Referenzgitter</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="89"/>
        <source>The stack is written as a GeoTIFF: give it a .tif extension.</source>
        <translation>Der Stapel wird als GeoTIFF geschrieben: geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="108"/>
        <source>{0}: {1}, {2} classes ({3}: {4})</source>
        <translation>{0}: {1}, {2} Klassen ({3}: {4})</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="53"/>
        <source>Factor: its name. Method: categorical (each code a class), breaks (explicit, increasing, separated by spaces or &apos;;&apos;), equal, quantile or jenks (with Classes, 2 to 100). Unlisted factors: continuous, 10 quantile classes. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</source>
        <translation>Faktor: sein Name. Methode: categorical (jeder Code eine Klasse), breaks (explizit, aufsteigend, durch Leerzeichen oder „;“ getrennt), equal, quantile oder jenks (mit Klassen, 2 bis 100). Nicht aufgeführte Faktoren: kontinuierlich, 10 Quantilklassen. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="45"/>
        <source>One raster per factor (slope, lithology, land use ...); each band of a multi-band raster is a factor of its own, named by its band description. The layer name is a single-band factor&apos;s name. A stand-in value for no data (-9999, -32768 ...) must be declared as the raster&apos;s nodata value.</source>
        <translation>Ein Raster je Faktor (Hangneigung, Lithologie, Landnutzung ...); jedes Band eines mehrbandigen Rasters ist ein eigener Faktor, benannt nach seiner Bandbeschreibung. Der Ebenenname ist der Name eines einbandigen Faktors. Ein Ersatzwert für fehlende Daten (-9999, -32768 ...) muss als NoData-Wert des Rasters deklariert sein.</translation>
    </message>
</context>
<context>
    <name>SamplesFile</name>
    <message>
        <location filename="../algorithms/samples_io.py" line="24"/>
        <source>The samples are {0} features; samples are points, one per cell, as &apos;Extract training samples&apos; writes them. Use that output, or turn the features into points with &apos;Centroids&apos;.</source>
        <translation>Die Stichproben sind {0}-Objekte; Stichproben sind Punkte, einer je Zelle, wie „Trainingsstichproben extrahieren“ sie schreibt. Verwenden Sie diese Ausgabe oder wandeln Sie die Objekte mit „Zentroide“ in Punkte um.</translation>
    </message>
    <message>
        <location filename="../algorithms/samples_io.py" line="48"/>
        <source>Sample feature {0} holds {1} points; a sample is one point (one cell). Split the layer with &apos;Multipart to singleparts&apos; first.</source>
        <translation>Stichprobenobjekt {0} enthält {1} Punkte; eine Stichprobe ist ein Punkt (eine Zelle). Zerlegen Sie den Layer zuerst mit „Mehrteilig zu einteilig“.</translation>
    </message>
</context>
<context>
    <name>SetupEnvironment</name>
    <message>
        <location filename="../algorithms/setup_environment.py" line="27"/>
        <source>Set up the deep-learning environment</source>
        <translation>Deep-Learning-Umgebung einrichten</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="29"/>
        <source>Setup</source>
        <translation>Einrichtung</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="39"/>
        <source>Environment folder</source>
        <translation>Umgebungsordner</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Deep-learning backend</source>
        <translation>Deep-Learning-Backend</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>TensorFlow, CPU (PyTorch where TensorFlow has no build)</source>
        <translation>TensorFlow, CPU (PyTorch, wo es keinen TensorFlow-Build gibt)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Base Python (empty: the one QGIS uses)</source>
        <translation>Basis-Python (leer: das von QGIS)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>The Python the environment is made from; it must have GDAL&apos;s bindings (osgeo). Empty: the Python that ships with QGIS on Windows and macOS, /usr/bin/python3 on Linux.</source>
        <translation>Das Python, aus dem die Umgebung erstellt wird; es muss die GDAL-Bindungen (osgeo) haben. Leer: unter Windows und macOS das mit QGIS gelieferte Python, unter Linux /usr/bin/python3.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Where the environment goes. Empty: the folder lsghnet/worker-environment in your QGIS profile, which survives plugin upgrades.</source>
        <translation>Wohin die Umgebung kommt. Leer: der Ordner lsghnet/worker-environment in Ihrem QGIS-Profil, der Plugin-Aktualisierungen übersteht.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="58"/>
        <source>Worker Python</source>
        <translation>Worker-Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="59"/>
        <source>Keras backend</source>
        <translation>Keras-Backend</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="60"/>
        <source>GPUs seen</source>
        <translation>Erkannte GPUs</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="81"/>
        <source>Only {0:.1f} GB are free on the disk holding &apos;{1}&apos;; the environment needs about 3 GB. Free some space or choose another Environment folder.</source>
        <translation>Auf dem Datenträger mit „{1}“ sind nur {0:.1f} GB frei; die Umgebung braucht etwa 3 GB. Geben Sie Speicherplatz frei oder wählen Sie einen anderen Umgebungsordner.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="84"/>
        <source>Base Python {0} (version {1}); environment {2}.</source>
        <translation>Basis-Python {0} (Version {1}); Umgebung {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="88"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="89"/>
        <source>The worker runs Keras {0} on {1} {2}; GPUs: {3}.</source>
        <translation>Der Worker verwendet Keras {0} auf {1} {2}; GPUs: {3}.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="97"/>
        <source>The training, prediction and evaluation algorithms now use {0}.</source>
        <translation>Die Algorithmen für Training, Vorhersage und Auswertung verwenden jetzt {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>TensorFlow runs the networks fastest on the CPU; these small networks gain nothing from a GPU. PyTorch is the alternative where TensorFlow cannot be installed; for an NVIDIA GPU on Windows, install PyTorch&apos;s CUDA build into the environment afterwards, as PyTorch&apos;s own install instructions say.</source>
        <translation>TensorFlow rechnet die Netze auf der CPU am schnellsten; diese kleinen Netze gewinnen nichts durch eine GPU. PyTorch ist die Alternative, wo sich TensorFlow nicht installieren lässt; für eine NVIDIA-GPU unter Windows installieren Sie danach den CUDA-Build von PyTorch in die Umgebung, wie es die Installationsanleitung von PyTorch beschreibt.</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../algorithms/provider.py" line="90"/>
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>Gesamter Ablauf: von Faktoren zu Suszeptibilitätszonen</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="91"/>
        <source>Compare LSGH-Net with the CNN baseline</source>
        <translation>LSGH-Net mit dem CNN-Vergleichsmodell vergleichen</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="93"/>
        <source>Workflows</source>
        <translation>Arbeitsabläufe</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Train susceptibility model</source>
        <translation>Suszeptibilitätsmodell trainieren</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="34"/>
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="48"/>
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="48"/>
        <source>Output of &apos;Extract training samples&apos; (fields label, kind, split and one per factor).</source>
        <translation>Ausgabe von „Trainingsstichproben extrahieren“ (Felder label, kind, split und eines je Faktor).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="51"/>
        <source>Factor stack the samples come from</source>
        <translation>Faktorstapel, aus dem die Stichproben stammen</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="51"/>
        <source>Its factor catalogue goes into the model file, so that prediction can check (or grade) its input; the samples&apos; factor fields are checked against it.</source>
        <translation>Sein Faktorkatalog kommt in die Modelldatei, damit die Vorhersage ihre Eingabe prüfen (oder einteilen) kann; die Faktorfelder der Stichproben werden damit abgeglichen.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="54"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="54"/>
        <source>lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.</source>
        <translation>lsghnet / lsghnet_noscse / cnn / rf. CNN und RF ignorieren die Heatmap-Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>LSGH-Net model (*.lsghnet)</source>
        <translation>LSGH-Net-Modell (*.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and library versions. Loading it never runs code from the file.</source>
        <translation>Gewichte samt Faktorkatalog, Kodierung, Modellart, Hyperparametern, Metriken und Bibliotheksversionen. Beim Laden wird nie Code aus der Datei ausgeführt.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="64"/>
        <source>Test metrics</source>
        <translation>Testmetriken</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="64"/>
        <source>Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all samples binarized at 0.5 (as the paper), and hard samples only.</source>
        <translation>Genauigkeit, Präzision, Spezifität, Sensitivität, F1, MSE, AP und ROC AUC auf dem Testteil: alle Stichproben bei 0,5 binarisiert (wie im Artikel) und nur harte Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="68"/>
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="68"/>
        <source>Training curves and the precision-recall curve.</source>
        <translation>Trainingskurven und die Precision-Recall-Kurve.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="77"/>
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="82"/>
        <source>Give the model file the extension .lsghnet ({0}).</source>
        <translation>Geben Sie der Modelldatei die Endung .lsghnet ({0}).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95"/>
        <source>Device: {0}.</source>
        <translation>Gerät: {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97"/>
        <source>Test ({0}): {1}</source>
        <translation>Test ({0}): {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="101"/>
        <source>The model was saved to a temporary file, which QGIS deletes when it closes: {0}. To keep it, copy it to a folder of yours now, or train again with &apos;Model file&apos; set to a file of yours.</source>
        <translation>Das Modell wurde in eine temporäre Datei gespeichert, die QGIS beim Beenden löscht: {0}. Um es zu behalten, kopieren Sie es jetzt in einen eigenen Ordner oder trainieren Sie erneut mit einer eigenen Datei als „Modelldatei“.</translation>
    </message>
</context>
<context>
    <name>TrainingParameters</name>
    <message>
        <location filename="../algorithms/parameters.py" line="101"/>
        <source>the preset&apos;s</source>
        <translation>der der Voreinstellung</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="97"/>
        <source>Default preset: {0}; the paper: {1}.</source>
        <translation>Standardvoreinstellung: {0}; der Artikel: {1}.</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../algorithms/zoning.py" line="48"/>
        <source>Susceptibility zoning and landslide density</source>
        <translation>Suszeptibilitätszonen und Rutschungsdichte</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="50"/>
        <source>Mapping</source>
        <translation>Kartierung</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69"/>
        <source>Susceptibility raster</source>
        <translation>Suszeptibilitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69"/>
        <source>Susceptibility index in [0, 1], e.g. the output of &apos;Susceptibility map&apos;.</source>
        <translation>Suszeptibilitätsindex in [0, 1], z. B. die Ausgabe von „Suszeptibilitätskarte“.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71"/>
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71"/>
        <source>Landslide units: the cell holding each point, or every cell inside each polygon. Any CRS.</source>
        <translation>Rutschungseinheiten: die Zelle jedes Punkts oder jede Zelle in jedem Polygon. Beliebiges KBS.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75"/>
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75"/>
        <source>Only cells inside these polygons are zoned and counted.</source>
        <translation>Nur Zellen in diesen Polygonen werden eingeteilt und gezählt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Zoning method</source>
        <translation>Einteilungsmethode</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Jenks natural breaks</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>user breaks</source>
        <translation>eigene Grenzen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Jenks on the whole raster (the paper); equal intervals 0-0.2 ... 0.8-1 (the paper&apos;s tables); quantiles; or the breaks given below.</source>
        <translation>Jenks auf dem ganzen Raster (Artikel); gleiche Intervalle 0-0,2 ... 0,8-1 (Tabellen des Artikels); Quantile; oder die unten angegebenen Grenzen.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83"/>
        <source>Number of zones</source>
        <translation>Anzahl der Zonen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83"/>
        <source>Five zones are labelled extremely low, low, moderate, high, extremely high.</source>
        <translation>Fünf Zonen heißen sehr gering, gering, mittel, hoch, sehr hoch.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87"/>
        <source>User breaks (e.g. 0.2 0.4 0.6 0.8)</source>
        <translation>Eigene Grenzen (z. B. 0.2 0.4 0.6 0.8)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87"/>
        <source>Increasing breaks strictly between 0 and 1, for the &apos;user breaks&apos; method; they make (number of breaks + 1) zones.</source>
        <translation>Aufsteigende Grenzen echt zwischen 0 und 1 für die Methode „eigene Grenzen“; sie ergeben (Anzahl Grenzen + 1) Zonen.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91"/>
        <source>Further susceptibility rasters to compare</source>
        <translation>Weitere Suszeptibilitätsraster zum Vergleich</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91"/>
        <source>Other models&apos; maps on the same grid (e.g. the CNN baseline): zoned the same way and shown side by side in the table and charts.</source>
        <translation>Karten anderer Modelle auf demselben Raster (z. B. das CNN-Vergleichsmodell): gleich eingeteilt und in Tabelle und Diagrammen nebeneinander gezeigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="104"/>
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="104"/>
        <source>Zone numbers 1..N (Byte, 0 = nodata), styled green to red with the zone labels.</source>
        <translation>Zonennummern 1..N (Byte, 0 = NoData), von Grün nach Rot mit den Zonenbezeichnungen dargestellt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106"/>
        <source>Zoning table</source>
        <translation>Zonierungstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106"/>
        <source>Per model and zone: bounds, cells, area, share of cells, landslide units, share of landslide units, landslide density and frequency ratio.</source>
        <translation>Je Modell und Zone: Grenzen, Zellen, Fläche, Zellanteil, Rutschungseinheiten, Anteil der Rutschungseinheiten, Rutschungsdichte und Frequency Ratio.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110"/>
        <source>Zoning report</source>
        <translation>Zonierungsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110"/>
        <source>Frequency histogram of the index and landslide density per zone.</source>
        <translation>Häufigkeitshistogramm des Index und Rutschungsdichte je Zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="150"/>
        <source>susceptibility raster</source>
        <translation>Suszeptibilitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="137"/>
        <source>User breaks must be numbers separated by spaces (got &apos;{0}&apos;).</source>
        <translation>Eigene Grenzen müssen durch Leerzeichen getrennte Zahlen sein (erhalten: „{0}“).</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="172"/>
        <source>{0} landslide(s) lie outside the raster.</source>
        <translation>{0} Rutschung(en) liegen außerhalb des Rasters.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="176"/>
        <source>{0}: zone bounds {1}</source>
        <translation>{0}: Zonengrenzen {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="182"/>
        <source>{0}: no landslide falls on a zoned cell; the table holds cell counts only. Check the landslide layer and the mask.</source>
        <translation>{0}: keine Rutschung fällt auf eine eingeteilte Zelle; die Tabelle enthält nur Zellzahlen. Prüfen Sie den Rutschungslayer und die Maske.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="185"/>
        <source>rises monotonically</source>
        <translation>steigt monoton</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="185"/>
        <source>does NOT rise monotonically</source>
        <translation>steigt NICHT monoton</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="187"/>
        <source>{0}: landslide density {1} from zone to zone; the top two zones hold {2:.1f} % of the landslide units on {3:.1f} % of the area.</source>
        <translation>{0}: die Rutschungsdichte {1} von Zone zu Zone; die beiden obersten Zonen enthalten {2:.1f} % der Rutschungseinheiten auf {3:.1f} % der Fläche.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="152"/>
        <source>The &apos;user breaks&apos; method needs breaks, e.g. &apos;0.2 0.4 0.6 0.8&apos;.</source>
        <translation>Die Methode „Benutzergrenzen“ braucht Grenzen, z. B. „0.2 0.4 0.6 0.8“.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="139"/>
        <source>The zones raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>Das Zonenraster ist ein GeoTIFF: geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="129"/>
        <source>&apos;{0}&apos; has {1} bands; zoning reads its first band as the susceptibility index.</source>
        <translation>„{0}“ hat {1} Bänder; die Zonierung liest sein erstes Band als Anfälligkeitsindex.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95"/>
        <source>Mapping units (slope units, catchments ...)</source>
        <translation>Kartiereinheiten (Hangeinheiten, Einzugsgebiete …)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95"/>
        <source>Optional polygons planners work with: each gets the mean and the 90th percentile of the index over its cells, the zone of its mean, its landslides and their density.</source>
        <translation>Optionale Polygone, mit denen Planer arbeiten: jedes erhält Mittelwert und 90. Perzentil des Index über seine Zellen, die Zone seines Mittelwerts, seine Rutschungen und deren Dichte.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="112"/>
        <source>Zoning per mapping unit</source>
        <translation>Zonierung je Kartiereinheit</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="99"/>
        <source>Probability raster (for the mapping units)</source>
        <translation>Wahrscheinlichkeitsraster (für die Kartiereinheiten)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="99"/>
        <source>Optional: the probability of a landslide cell that &apos;Susceptibility map&apos; wrote with this index. Each mapping unit then also gets its mean probability: the share of its cells expected on a landslide.</source>
        <translation>Optional: die Wahrscheinlichkeit einer Rutschungszelle, die &apos;Suszeptibilitätskarte&apos; mit diesem Index geschrieben hat. Jede Kartiereinheit erhält dann auch ihre mittlere Wahrscheinlichkeit: den Anteil ihrer Zellen, der auf einer Rutschung erwartet wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="112"/>
        <source>The mapping units with their fields and cells, mean_index, p90_index, zone, zone_label, landslides, landslide_cells, density_pct (% of the unit&apos;s cells) and probability (with the probability raster), coloured by zone. Written when mapping units are given.</source>
        <translation>Die Kartiereinheiten mit ihren Feldern sowie cells, mean_index, p90_index, zone, zone_label, landslides, landslide_cells, density_pct (% der Zellen der Einheit) und probability (mit dem Wahrscheinlichkeitsraster), nach Zone eingefärbt. Geschrieben, wenn Kartiereinheiten angegeben sind.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="146"/>
        <source>probability raster</source>
        <translation>Wahrscheinlichkeitsraster</translation>
    </message>
</context>
<context>
    <name>cls</name>
    <message>
        <location filename="../plugin.py" line="101"/>
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>Gesamter Ablauf: von Faktoren zu Suszeptibilitätszonen</translation>
    </message>
</context>
</TS>
