<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="de">
<context>
    <name>CrossValidate</name>
    <message>
        <location filename="../algorithms/cross_validate.py" line="40" />
        <source>Cross-validate models</source>
        <translation>Modelle kreuzvalidieren</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="42" />
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64" />
        <source>Samples, or presence/absence points</source>
        <translation>Stichproben oder Vorkommen/Nichtvorkommen-Punkte</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64" />
        <source>A layer from 'Extract training samples', or points with a 1/0 landslide field (set the presence/absence field below).</source>
        <translation>Ein Layer aus „Trainingsstichproben extrahieren“ oder Punkte mit einem 1/0-Rutschungsfeld (unten das Vorkommen/Nichtvorkommen-Feld setzen).</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68" />
        <source>Presence/absence field (1 = landslide)</source>
        <translation>Vorkommen/Nichtvorkommen-Feld (1 = Rutschung)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68" />
        <source>Only for presence/absence points: their classes are read from the factor stack.</source>
        <translation>Nur für Vorkommen/Nichtvorkommen-Punkte: ihre Klassen werden aus dem Faktorstapel gelesen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72" />
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72" />
        <source>The stack the samples come from (its catalogue gives the classes).</source>
        <translation>Der Stapel, aus dem die Stichproben stammen (sein Katalog liefert die Klassen).</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74" />
        <source>Heatmap for soft samples (presence/absence points)</source>
        <translation>Heatmap für weiche Stichproben (Vorkommen/Nichtvorkommen-Punkte)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74" />
        <source>With presence/absence points: LSGH-Net's soft samples are drawn from this heatmap around the presence points, each following its landslide's fold.</source>
        <translation>Mit Vorkommen/Nichtvorkommen-Punkten: die weichen Stichproben von LSGH-Net werden aus dieser Heatmap um die Vorkommenspunkte gezogen und folgen dem Fold ihrer Rutschung.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78" />
        <source>Soft samples per heatmap interval</source>
        <translation>Weiche Stichproben je Heatmap-Intervall</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78" />
        <source>Default: a third of the presence points each.</source>
        <translation>Standard: je ein Drittel der Vorkommenspunkte.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81" />
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81" />
        <source>LSGH-Net, its ablation, the CNN, the random forest and logistic regression (GLM) on the one-hot classes.</source>
        <translation>LSGH-Net, seine Ablation, das CNN, der Random Forest und die logistische Regression (GLM) auf den One-Hot-Klassen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85" />
        <source>Folds</source>
        <translation>Folds</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85" />
        <source>k of the k-fold cross-validation.</source>
        <translation>k der k-fachen Kreuzvalidierung.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="87" />
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="87" />
        <source>Each repetition draws new folds.</source>
        <translation>Jede Wiederholung zieht neue Folds.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>Partition</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>spatial (k-means of the coordinates)</source>
        <translation>räumlich (k-Means der Koordinaten)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>both</source>
        <translation>beide</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>Spatial folds are k-means clusters of the sample coordinates: test ground the model has not seen.</source>
        <translation>Räumliche Folds sind k-Means-Cluster der Stichprobenkoordinaten: getestet wird auf Gelände, das das Modell nicht gesehen hat.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="94" />
        <source>Maximum epochs</source>
        <translation>Maximale Epochen</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="96" />
        <source>Per network training.</source>
        <translation>Je Netztraining.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="96" />
        <source>Early-stopping patience</source>
        <translation>Geduld für frühes Stoppen</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="98" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="98" />
        <source>Folds and training; the same seed gives the same table.</source>
        <translation>Folds und Training; derselbe Startwert ergibt dieselbe Tabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101" />
        <source>Cross-validation table</source>
        <translation>Kreuzvalidierungstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101" />
        <source>Per model and partition: mean and standard deviation of AUROC, AP, accuracy, F1 and MSE over folds and repetitions.</source>
        <translation>Je Modell und Aufteilung: Mittelwert und Standardabweichung von AUROC, AP, Genauigkeit, F1 und MSE über Folds und Wiederholungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="110" />
        <source>Cross-validation report</source>
        <translation>Kreuzvalidierungsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="105" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="105" />
        <source>Boxplots of the folds' AUROC per model and partition, and the table.</source>
        <translation>Boxplots der AUROC der Folds je Modell und Aufteilung sowie die Tabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="117" />
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="128" />
        <source>Choose at least one model.</source>
        <translation>Wählen Sie mindestens ein Modell.</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="147" />
        <source>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</source>
        <translation>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="149" />
        <source>Best model ({0} partition, mean AUROC): {1}</source>
        <translation>Bestes Modell ({0}e Aufteilung, mittlere AUROC): {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="166" />
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="171" />
        <source>{0} presence, {1} absence and {2} soft samples.</source>
        <translation>{0} Vorkommen, {1} Nichtvorkommen und {2} weiche Stichproben.</translation>
    </message>
</context>
<context>
    <name>EvaluateModels</name>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="27" />
        <source>Compare models</source>
        <translation>Modelle vergleichen</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="29" />
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="39" />
        <source>Model files (.lsghnet)</source>
        <translation>Modelldateien (.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="39" />
        <source>Models from 'Train susceptibility model', trained on the same factor stack.</source>
        <translation>Modelle aus „Suszeptibilitätsmodell trainieren“, auf demselben Faktorstapel trainiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="42" />
        <source>Samples</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="42" />
        <source>A samples layer; its test split is used.</source>
        <translation>Ein Stichprobenlayer; sein Testteil wird verwendet.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="45" />
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="45" />
        <source>One row per model and evaluation (all samples binarized at 0.5; hard samples only).</source>
        <translation>Eine Zeile je Modell und Auswertung (alle Stichproben bei 0,5 binarisiert; nur harte Stichproben).</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="53" />
        <source>Comparison report</source>
        <translation>Vergleichsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="48" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="48" />
        <source>Every model's precision-recall curve with its AP, and the metrics table.</source>
        <translation>Precision-Recall-Kurve jedes Modells mit seiner AP und die Metriktabelle.</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="58" />
        <source>Choose at least one model file.</source>
        <translation>Wählen Sie mindestens eine Modelldatei.</translation>
    </message>
</context>
<context>
    <name>ExtractSamples</name>
    <message>
        <location filename="../algorithms/extract_samples.py" line="32" />
        <source>Extract training samples</source>
        <translation>Trainingsstichproben extrahieren</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="34" />
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="54" />
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="54" />
        <source>Positive samples: the cell holding each point, or the cells of each polygon.</source>
        <translation>Positive Stichproben: die Zelle jedes Punkts oder die Zellen jedes Polygons.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>Polygon landslides give</source>
        <translation>Rutschungspolygone liefern</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>every cell inside the polygon</source>
        <translation>jede Zelle im Polygon</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>the centroid cell only</source>
        <translation>nur die Zelle des Schwerpunkts</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>For polygon landslides: every cell whose centre is inside, or only the centroid's cell.</source>
        <translation>Für Rutschungspolygone: jede Zelle, deren Mittelpunkt innen liegt, oder nur die Zelle des Schwerpunkts.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="62" />
        <source>Gaussian heatmap</source>
        <translation>Gauß-Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="62" />
        <source>Output of 'Landslide Gaussian heatmap' on the stack's grid.</source>
        <translation>Ausgabe von „Gauß-Heatmap der Rutschungen“ auf dem Raster des Stapels.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="64" />
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="64" />
        <source>Output of 'Prepare factor stack'.</source>
        <translation>Ausgabe von „Faktorstapel vorbereiten“.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="66" />
        <source>Negative samples (default: as many as positives)</source>
        <translation>Negative Stichproben (Standard: so viele wie Positive)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="66" />
        <source>Random cells where the heatmap is 0. Leave empty for as many as there are positives.</source>
        <translation>Zufällige Zellen, in denen die Heatmap 0 ist. Leer lassen für so viele wie Positive.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="70" />
        <source>Minimum distance of negatives from landslides (map units)</source>
        <translation>Mindestabstand der Negativen von Rutschungen (Karteneinheiten)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="70" />
        <source>Negatives lie at least this far from every landslide cell (0: only outside the heatmap).</source>
        <translation>Negative liegen mindestens so weit von jeder Rutschungszelle entfernt (0: nur außerhalb der Heatmap).</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="74" />
        <source>Add heatmap (soft) samples</source>
        <translation>Heatmap-Stichproben (weiche Labels) hinzufügen</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="74" />
        <source>LSGH-Net's soft samples. Off: the hard-label dataset of the paper's CNN baseline.</source>
        <translation>Die weichen Stichproben von LSGH-Net. Aus: der Datensatz mit harten Labels des CNN-Vergleichsmodells im Artikel.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77" />
        <source>Heatmap samples per interval (default: a third of the positives)</source>
        <translation>Heatmap-Stichproben je Intervall (Standard: ein Drittel der Positiven)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77" />
        <source>Random cells from each of 0.2-0.4, 0.4-0.6 and 0.6-0.8; the label is the heatmap value.</source>
        <translation>Zufällige Zellen aus 0,2-0,4, 0,4-0,6 und 0,6-0,8; das Label ist der Heatmap-Wert.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="81" />
        <source>Test fraction</source>
        <translation>Testanteil</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="81" />
        <source>Share of the samples held out for testing (the paper: 0.3).</source>
        <translation>Anteil der Stichproben, der für den Test zurückgehalten wird (Artikel: 0,3).</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>Split</source>
        <translation>Aufteilung</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>random (the paper)</source>
        <translation>zufällig (Artikel)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>spatial blocks</source>
        <translation>räumliche Blöcke</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>Random: the test fraction of each kind at random. Spatial blocks: whole square blocks go to train or test, so the test score says how the model transfers to unseen ground.</source>
        <translation>Zufällig: der Testanteil jeder Art zufällig. Räumliche Blöcke: ganze Quadrate gehen in Training oder Test, sodass der Testwert zeigt, wie das Modell auf unbekanntes Gelände übertragbar ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="88" />
        <source>Block size (map units)</source>
        <translation>Blockgröße (Karteneinheiten)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="88" />
        <source>Side of the square blocks; a landslide's soft samples share its block.</source>
        <translation>Seitenlänge der quadratischen Blöcke; die weichen Stichproben einer Rutschung teilen ihren Block.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="91" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="91" />
        <source>The same seed gives the same samples.</source>
        <translation>Derselbe Startwert ergibt dieselben Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="93" />
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="93" />
        <source>Points at cell centres: label, kind (positive/negative/heatmap), heatmap interval, split (train/test), block, landslide (index of the landslide a sample belongs to, -1 for negatives) and one integer field per factor with its class.</source>
        <translation>Punkte in Zellmittelpunkten: label, kind (positive/negative/heatmap), Heatmap-Intervall, split (train/test), block, landslide (Index der Rutschung, zu der eine Stichprobe gehört, -1 für Negative) und ein Ganzzahlfeld je Faktor mit seiner Klasse.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="103" />
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="104" />
        <source>heatmap</source>
        <translation>Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="141" />
        <source>Factor name(s) {0} clash with the samples layer's own fields ({1}). Rename those factors and prepare the stack again.</source>
        <translation>Faktorname(n) {0} kollidieren mit den eigenen Feldern des Stichprobenlayers ({1}). Benennen Sie diese Faktoren um und bereiten Sie den Stapel erneut vor.</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="170" />
        <source>{0}: {1} samples ({2} train, {3} test)</source>
        <translation>{0}: {1} Stichproben ({2} Training, {3} Test)</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="172" />
        <source>Total: {0} samples, {1} in the test set.</source>
        <translation>Gesamt: {0} Stichproben, {1} im Testteil.</translation>
    </message>
</context>
<context>
    <name>FactorScreening</name>
    <message>
        <location filename="../algorithms/factor_screening.py" line="28" />
        <source>Factor screening</source>
        <translation>Faktorauswahl</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="30" />
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="46" />
        <source>Candidate factor rasters</source>
        <translation>Kandidaten-Faktorraster</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="46" />
        <source>Raw factor rasters, aligned to the first one's grid. Give these or a factor stack.</source>
        <translation>Ungestufte Faktorraster, am Gitter des ersten ausgerichtet. Geben Sie diese oder einen Faktorstapel an.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="49" />
        <source>Or: factor stack</source>
        <translation>Oder: Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="49" />
        <source>A stack from 'Prepare factor stack': its class codes are screened.</source>
        <translation>Ein Stapel aus „Faktorstapel vorbereiten“: seine Klassencodes werden geprüft.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51" />
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51" />
        <source>Landslide cells (point cells, or cells inside polygons) against as many random other cells train the random forest.</source>
        <translation>Rutschungszellen (Zellen der Punkte oder Zellen in Polygonen) trainieren gegen ebenso viele zufällige andere Zellen den Random Forest.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="56" />
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="56" />
        <source>Only cells inside these polygons are used.</source>
        <translation>Nur Zellen in diesen Polygonen werden verwendet.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="59" />
        <source>Correlation threshold |r|</source>
        <translation>Korrelationsschwelle |r|</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="59" />
        <source>Pairs of factors correlated above this are flagged in the log and the report.</source>
        <translation>Stärker korrelierte Faktorpaare werden im Protokoll und im Bericht markiert.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="62" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="62" />
        <source>Seed of the non-landslide sample and of the random forest.</source>
        <translation>Startwert der Nicht-Rutschungs-Stichprobe und des Random Forest.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64" />
        <source>Correlation table</source>
        <translation>Korrelationstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64" />
        <source>Pearson r of every factor pair: one row per factor, one column per factor.</source>
        <translation>Pearson-r jedes Faktorpaars: eine Zeile und eine Spalte je Faktor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67" />
        <source>Importance table</source>
        <translation>Wichtigkeitstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67" />
        <source>Random-forest importance (mean decrease in impurity, sums to 1) and rank per factor.</source>
        <translation>Random-Forest-Wichtigkeit (mittlere Abnahme der Unreinheit, Summe 1) und Rang je Faktor.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="75" />
        <source>Screening report</source>
        <translation>Auswahlbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70" />
        <source>HTML with the correlation heatmap and the importance bar chart.</source>
        <translation>HTML mit der Korrelations-Heatmap und dem Balkendiagramm der Wichtigkeit.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="81" />
        <source>Give either candidate factor rasters or a factor stack (one of the two).</source>
        <translation>Geben Sie entweder Kandidaten-Faktorraster oder einen Faktorstapel an (eines von beiden).</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="96" />
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="105" />
        <source>{0} cells with data in every factor; {1} landslide cells.</source>
        <translation>{0} Zellen mit Daten in jedem Faktor; {1} Rutschungszellen.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="108" />
        <source>{0} and {1} are strongly correlated (r = {2:.3f} &gt; {3:g}): consider keeping only one of them.</source>
        <translation>{0} und {1} sind stark korreliert (r = {2:.3f} &gt; {3:g}): behalten Sie nur einen davon.</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="110" />
        <source>Importance ranking (out-of-bag accuracy {0:.1f} %):</source>
        <translation>Wichtigkeitsrangfolge (Out-of-Bag-Genauigkeit {0:.1f} %):</translation>
    </message>
</context>
<context>
    <name>GaussianHeatmap</name>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="19" />
        <source>Landslide Gaussian heatmap</source>
        <translation>Gauß-Heatmap der Rutschungen</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="21" />
        <source>Sampling</source>
        <translation>Stichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="30" />
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="35" />
        <source>Mapped landslides. Polygons are represented by their centroids. Any CRS: they are reprojected to the reference raster's CRS.</source>
        <translation>Kartierte Rutschungen. Polygone werden durch ihre Schwerpunkte vertreten. Beliebiges KBS: sie werden in das KBS des Referenzrasters umprojiziert.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="37" />
        <source>Reference raster (defines the grid)</source>
        <translation>Referenzraster (definiert das Gitter)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="38" />
        <source>The heatmap is written on exactly this raster's grid (extent, pixel size, CRS). Cells that are nodata in its first band stay nodata.</source>
        <translation>Die Heatmap wird genau auf das Gitter dieses Rasters geschrieben (Ausdehnung, Zellgröße, KBS). Zellen, die in seinem ersten Band NoData sind, bleiben NoData.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="40" />
        <source>Kernel radius R (pixels)</source>
        <translation>Kernradius R (Zellen)</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="44" />
        <source>Kernel radius in pixels; the kernel is 2R+1 pixels wide. The paper's scales are R = 3, 6, 9 (diameters 7, 13, 19); 6 worked best.</source>
        <translation>Kernradius in Zellen; der Kern ist 2R+1 Zellen breit. Die Skalen des Artikels sind R = 3, 6, 9 (Durchmesser 7, 13, 19); 6 war am besten.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="46" />
        <source>Value on the kernel boundary</source>
        <translation>Wert am Kernrand</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="50" />
        <source>Heatmap value at distance R from a landslide, strictly between 0 and 1 (the paper: 0.1). It sets the Gaussian's sigma.</source>
        <translation>Heatmap-Wert im Abstand R von einer Rutschung, echt zwischen 0 und 1 (Artikel: 0,1). Er bestimmt das Sigma der Gaußfunktion.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="52" />
        <source>Gaussian heatmap</source>
        <translation>Gauß-Heatmap</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="53" />
        <source>Float32 GeoTIFF on the reference grid: 1 at landslide pixels, falling to the boundary value at R, 0 beyond; nodata where the reference is nodata.</source>
        <translation>Float32-GeoTIFF auf dem Referenzraster: 1 in Rutschungszellen, bis zum Randwert bei R fallend, 0 darüber hinaus; NoData, wo die Referenz NoData ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="72" />
        <source>reference raster</source>
        <translation>Referenzraster</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="75" />
        <source>The heatmap is written as a GeoTIFF: give the output file a .tif extension ({0}).</source>
        <translation>Die Heatmap wird als GeoTIFF geschrieben: geben Sie der Ausgabedatei die Endung .tif ({0}).</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="81" />
        <source>Kernel: radius {0} px (diameter {1} px), boundary value {2:g}, sigma {3:.3f} px.</source>
        <translation>Kern: Radius {0} px (Durchmesser {1} px), Randwert {2:g}, Sigma {3:.3f} px.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="93" />
        <source>Landslides used: {0} (in {1} distinct pixels); outside the grid, skipped: {2}.</source>
        <translation>Verwendete Rutschungen: {0} (in {1} verschiedenen Zellen); außerhalb des Rasters übersprungen: {2}.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="96" />
        <source>{0} landslide(s) lie outside the reference raster and were skipped.</source>
        <translation>{0} Rutschung(en) liegen außerhalb des Referenzrasters und wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="99" />
        <source>Cells per heatmap interval ({0} cells with data, {1} nodata):</source>
        <translation>Zellen je Heatmap-Intervall ({0} Zellen mit Daten, {1} ohne Daten):</translation>
    </message>
</context>
<context>
    <name>LsghnetAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>auto</source>
        <translation>automatisch</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>GPU</source>
        <translation>GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>auto uses a GPU when Keras sees one; the log says which device ran.</source>
        <translation>automatisch nutzt eine GPU, wenn Keras eine sieht; das Protokoll nennt das verwendete Gerät.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="96" />
        <source>This algorithm needs the Python package(s) {0}, which QGIS's Python cannot import. Install them with {1}'python3 -m pip install {2}' for the Python that runs QGIS (or run 'make install' in the plugin folder and start QGIS with PYTHONPATH set to its .venv, see the README), then restart QGIS.</source>
        <translation>Dieser Algorithmus braucht das/die Python-Paket(e) {0}, die das Python von QGIS nicht importieren kann. Installieren Sie sie mit {1}„python3 -m pip install {2}“ für das Python, das QGIS ausführt (oder führen Sie „make install“ im Pluginordner aus und starten Sie QGIS mit PYTHONPATH auf dessen .venv, siehe README), dann QGIS neu starten.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="111" />
        <source>The {0} '{1}' does not exist. Check the path.</source>
        <translation>{0} „{1}“ existiert nicht. Prüfen Sie den Pfad.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116" />
        <source>QGIS cannot load the {0} '{1}'. Check that it is a raster file.</source>
        <translation>QGIS kann {0} „{1}“ nicht laden. Prüfen Sie, ob es eine Rasterdatei ist.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="121" />
        <source>The {0} cannot be read. Choose a raster layer or a raster file GDAL can open.</source>
        <translation>{0} kann nicht gelesen werden. Wählen Sie einen Rasterlayer oder eine Rasterdatei, die GDAL öffnen kann.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124" />
        <source>The {0} comes from the '{1}' provider; this algorithm reads rasters through GDAL. Save it as a GeoTIFF (Export &gt; Save As) and use that file.</source>
        <translation>{0} stammt vom Datenanbieter „{1}“; dieser Algorithmus liest Raster über GDAL. Speichern Sie es als GeoTIFF (Exportieren &gt; Speichern unter) und verwenden Sie diese Datei.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="139" />
        <source>The mask layer has no polygon. Choose a layer with the study area's outline, or leave the mask empty.</source>
        <translation>Der Maskenlayer hat kein Polygon. Wählen Sie einen Layer mit dem Umriss des Untersuchungsgebiets oder lassen Sie die Maske leer.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152" />
        <source>The landslide layer has {0} geometries; use points (landslide locations) or polygons (landslide outlines).</source>
        <translation>Der Rutschungslayer hat {0}-Geometrien; verwenden Sie Punkte (Rutschungsorte) oder Polygone (Rutschungsumrisse).</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="157" />
        <source>The landslide layer is empty (or its selection/filter leaves no feature). Choose a layer with mapped landslides.</source>
        <translation>Der Rutschungslayer ist leer (oder seine Auswahl/sein Filter lässt kein Objekt übrig). Wählen Sie einen Layer mit kartierten Rutschungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="209" />
        <source>Cancelled: nothing was written.</source>
        <translation>Abgebrochen: nichts wurde geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="180" />
        <source>{0} landslide feature(s) without geometry (null or empty) were skipped.</source>
        <translation>{0} Rutschungsobjekt(e) ohne Geometrie (null oder leer) wurden übersprungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="190" />
        <source>Could not write an output feature: {0}</source>
        <translation>Ausgabeobjekt konnte nicht geschrieben werden: {0}</translation>
    </message>
</context>
<context>
    <name>LsghnetProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="30" />
        <source>Landslide susceptibility (LSGH-Net)</source>
        <translation>Rutschungssuszeptibilität (LSGH-Net)</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="49" />
        <source>Python for training and prediction (needs Keras; empty: auto-detect the plugin's .venv, then python3)</source>
        <translation>Python für Training und Vorhersage (braucht Keras; leer: das .venv des Plugins, dann python3 automatisch erkennen)</translation>
    </message>
</context>
<context>
    <name>PredictSusceptibility</name>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="44" />
        <source>Susceptibility map</source>
        <translation>Suszeptibilitätskarte</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="46" />
        <source>Mapping</source>
        <translation>Kartierung</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="56" />
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="56" />
        <source>A model from 'Train susceptibility model' (any kind, random forest included).</source>
        <translation>Ein Modell aus „Suszeptibilitätsmodell trainieren“ (jede Art, auch Random Forest).</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="58" />
        <source>Factor stack, or raw factor rasters</source>
        <translation>Faktorstapel oder ungestufte Faktorraster</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="58" />
        <source>The graded stack from 'Prepare factor stack' (its catalogue must match the model's), or the raw factor rasters, named like the model's factors, which are then graded with the model's catalogue: a model trained once can map a new area or a newer DEM.</source>
        <translation>Der eingeteilte Stapel aus „Faktorstapel vorbereiten“ (sein Katalog muss zu dem des Modells passen) oder die ungestuften Faktorraster, benannt wie die Faktoren des Modells, die dann mit dem Katalog des Modells eingeteilt werden: ein einmal trainiertes Modell kann ein neues Gebiet oder ein neueres DGM kartieren.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="64" />
        <source>Susceptibility</source>
        <translation>Suszeptibilität</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="64" />
        <source>Float32 GeoTIFF on the input's grid, values in [0, 1], nodata (-9999) wherever a factor is nodata; styled in five classes from green to red.</source>
        <translation>Float32-GeoTIFF auf dem Raster der Eingabe, Werte in [0, 1], NoData (-9999) wo ein Faktor NoData ist; in fünf Klassen von Grün nach Rot dargestellt.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="76" />
        <source>Choose the factor stack or the raw factor rasters.</source>
        <translation>Wählen Sie den Faktorstapel oder die ungestuften Faktorraster.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="79" />
        <source>The susceptibility raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>Das Suszeptibilitätsraster ist ein GeoTIFF: geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="85" />
        <source>Input: the factor stack '{0}'.</source>
        <translation>Eingabe: der Faktorstapel „{0}“.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="95" />
        <source>Input: {0} raw factor band(s), graded with the model's catalogue.</source>
        <translation>Eingabe: {0} ungestufte Faktorbänder, mit dem Katalog des Modells eingeteilt.</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="100" />
        <source>{0} cells predicted ({1} distinct factor-class combinations, each predicted once), {2} nodata cells; model {3} on {4}.</source>
        <translation>{0} Zellen vorhergesagt ({1} verschiedene Kombinationen von Faktorklassen, jede einmal vorhergesagt), {2} NoData-Zellen; Modell {3} auf {4}.</translation>
    </message>
</context>
<context>
    <name>PrepareFactors</name>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="25" />
        <source>Prepare factor stack</source>
        <translation>Faktorstapel vorbereiten</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="27" />
        <source>Factors</source>
        <translation>Faktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="37" />
        <source>Causative factors</source>
        <translation>Einflussfaktoren</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="39" />
        <source>One raster per factor (slope, lithology, land use ...); each band of a multi-band raster is a factor of its own. The layer name is the factor's name.</source>
        <translation>Ein Raster je Faktor (Hangneigung, Lithologie, Landnutzung ...); jedes Band eines Mehrkanalrasters ist ein eigener Faktor. Der Layername ist der Faktorname.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="41" />
        <source>Grading (one row per factor)</source>
        <translation>Klasseneinteilung (eine Zeile je Faktor)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="44" />
        <source>Factor: its name. Method: categorical (each code a class), breaks (explicit, increasing, separated by spaces or ';'), equal, quantile or jenks (with Classes). Unlisted factors: continuous, 10 quantile classes. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</source>
        <translation>Factor: sein Name. Method: categorical (jeder Code eine Klasse), breaks (explizit, aufsteigend, durch Leerzeichen oder „;“ getrennt), equal, quantile oder jenks (mit Classes). Nicht aufgeführte Faktoren: kontinuierlich, 10 Quantilklassen. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="48" />
        <source>Reference grid</source>
        <translation>Referenzgitter</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="49" />
        <source>Raster whose grid (extent, pixel size, CRS) the stack takes; default: the first factor. Other factors are warped to it (nearest neighbour for categorical, bilinear for continuous factors).</source>
        <translation>Raster, dessen Gitter (Ausdehnung, Zellgröße, KBS) der Stapel übernimmt; Standard: der erste Faktor. Andere Faktoren werden darauf umgerechnet (nächster Nachbar für kategoriale, bilinear für kontinuierliche Faktoren).</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="52" />
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="54" />
        <source>Cells whose centre lies outside these polygons are nodata (0) in the stack.</source>
        <translation>Zellen, deren Mittelpunkt außerhalb dieser Polygone liegt, sind im Stapel NoData (0).</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="55" />
        <source>Factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="56" />
        <source>GeoTIFF, band i = factor i graded to classes 1..k, 0 = nodata (any factor nodata or outside the mask); band descriptions are the factor names. Its catalogue is stored inside it and written beside it as &lt;name&gt;.json.</source>
        <translation>GeoTIFF, Band i = Faktor i in Klassen 1..k, 0 = NoData (ein Faktor NoData oder außerhalb der Maske); Bandbeschreibungen sind die Faktornamen. Sein Katalog ist darin gespeichert und daneben als &lt;name&gt;.json geschrieben.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="59" />
        <source>Factor catalogue</source>
        <translation>Faktorkatalog</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="59" />
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="62" />
        <source>A further copy of the catalogue: every factor, its kind, breaks or category codes and class labels.</source>
        <translation>Eine weitere Kopie des Katalogs: jeder Faktor, seine Art, Klassengrenzen oder Kategoriecodes und Klassenbeschriftungen.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="70" />
        <source>'{0}' is not a raster layer; factors must be rasters.</source>
        <translation>„{0}“ ist kein Rasterlayer; Faktoren müssen Raster sein.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="76" />
        <source>Choose at least one factor raster.</source>
        <translation>Wählen Sie mindestens ein Faktorraster.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="79" />
        <source>factor '{0}'</source>
        <translation>Faktor „{0}“</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="87" />
        <source>reference grid</source>
        <translation>Referenzgitter</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="90" />
        <source>The stack is written as a GeoTIFF: give it a .tif extension.</source>
        <translation>Der Stapel wird als GeoTIFF geschrieben: geben Sie ihm die Endung .tif.</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="108" />
        <source>{0}: {1}, {2} classes ({3}: {4})</source>
        <translation>{0}: {1}, {2} Klassen ({3}: {4})</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../algorithms/provider.py" line="84" />
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>Gesamter Ablauf: von Faktoren zu Suszeptibilitätszonen</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="85" />
        <source>Compare LSGH-Net with the CNN baseline</source>
        <translation>LSGH-Net mit dem CNN-Vergleichsmodell vergleichen</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../algorithms/train_model.py" line="55" />
        <source>Train susceptibility model</source>
        <translation>Suszeptibilitätsmodell trainieren</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="57" />
        <source>Modelling</source>
        <translation>Modellierung</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="78" />
        <source>Training samples</source>
        <translation>Trainingsstichproben</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="78" />
        <source>Output of 'Extract training samples' (fields label, kind, split and one per factor).</source>
        <translation>Ausgabe von „Trainingsstichproben extrahieren“ (Felder label, kind, split und eines je Faktor).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="81" />
        <source>Factor stack the samples come from</source>
        <translation>Faktorstapel, aus dem die Stichproben stammen</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="81" />
        <source>Its factor catalogue goes into the model file, so that prediction can check (or grade) its input; the samples' factor fields are checked against it.</source>
        <translation>Sein Faktorkatalog kommt in die Modelldatei, damit die Vorhersage ihre Eingabe prüfen (oder einteilen) kann; die Faktorfelder der Stichproben werden damit abgeglichen.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>LSGH-Net (scSE attention, heatmap samples)</source>
        <translation>LSGH-Net (scSE-Attention, Heatmap-Stichproben)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>LSGH-Net without scSE (ablation)</source>
        <translation>LSGH-Net ohne scSE (Ablation)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>CNN baseline (hard samples only)</source>
        <translation>CNN-Vergleichsmodell (nur harte Stichproben)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>Random forest baseline (GridSearchCV)</source>
        <translation>Random-Forest-Vergleichsmodell (GridSearchCV)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.</source>
        <translation>lsghnet / lsghnet_noscse / cnn / rf. CNN und RF ignorieren die Heatmap-Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="89" />
        <source>Maximum epochs</source>
        <translation>Maximale Epochen</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="89" />
        <source>The paper: 200.</source>
        <translation>Artikel: 200.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="91" />
        <source>Early-stopping patience (epochs)</source>
        <translation>Geduld für frühes Stoppen (Epochen)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="91" />
        <source>Stop when the validation accuracy has not improved for this many epochs; the best weights are kept.</source>
        <translation>Stoppen, wenn sich die Validierungsgenauigkeit so viele Epochen nicht verbessert hat; die besten Gewichte bleiben erhalten.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95" />
        <source>Batch size</source>
        <translation>Batchgröße</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95" />
        <source>The paper: 32.</source>
        <translation>Artikel: 32.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97" />
        <source>Learning rate (Adam)</source>
        <translation>Lernrate (Adam)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97" />
        <source>Adam's step size.</source>
        <translation>Schrittweite von Adam.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="100" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="100" />
        <source>Dropout before the dense layer (the paper: 0.5).</source>
        <translation>Dropout vor der Dense-Schicht (Artikel: 0,5).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="102" />
        <source>Validation fraction</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="102" />
        <source>Share of the training split held out for early stopping.</source>
        <translation>Anteil des Trainingsteils, der für frühes Stoppen zurückgehalten wird.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="105" />
        <source>Random seed</source>
        <translation>Zufallsstartwert</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="105" />
        <source>The same seed on the CPU gives the same model and metrics.</source>
        <translation>Derselbe Startwert ergibt auf der CPU dasselbe Modell und dieselben Metriken.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>Model file</source>
        <translation>Modelldatei</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>LSGH-Net model (*.lsghnet)</source>
        <translation>LSGH-Net-Modell (*.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and library versions. Loading it never runs code from the file.</source>
        <translation>Gewichte samt Faktorkatalog, Kodierung, Modellart, Hyperparametern, Metriken und Bibliotheksversionen. Beim Laden wird nie Code aus der Datei ausgeführt.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="112" />
        <source>Test metrics</source>
        <translation>Testmetriken</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="112" />
        <source>Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all samples binarized at 0.5 (as the paper), and hard samples only.</source>
        <translation>Genauigkeit, Präzision, Spezifität, Sensitivität, F1, MSE, AP und ROC AUC auf dem Testteil: alle Stichproben bei 0,5 binarisiert (wie im Artikel) und nur harte Stichproben.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="121" />
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="116" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="116" />
        <source>Training curves and the precision-recall curve.</source>
        <translation>Trainingskurven und die Precision-Recall-Kurve.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="127" />
        <source>factor stack</source>
        <translation>Faktorstapel</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="134" />
        <source>Give the model file the extension .lsghnet ({0}).</source>
        <translation>Geben Sie der Modelldatei die Endung .lsghnet ({0}).</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="159" />
        <source>Device: {0}.</source>
        <translation>Gerät: {0}.</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="161" />
        <source>Test ({0}): {1}</source>
        <translation>Test ({0}): {1}</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../algorithms/zoning.py" line="51" />
        <source>Susceptibility zoning and landslide density</source>
        <translation>Suszeptibilitätszonen und Rutschungsdichte</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="53" />
        <source>Mapping</source>
        <translation>Kartierung</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69" />
        <source>Susceptibility raster</source>
        <translation>Suszeptibilitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69" />
        <source>Susceptibility index in [0, 1], e.g. the output of 'Susceptibility map'.</source>
        <translation>Suszeptibilitätsindex in [0, 1], z. B. die Ausgabe von „Suszeptibilitätskarte“.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71" />
        <source>Landslides (points or polygons)</source>
        <translation>Rutschungen (Punkte oder Polygone)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71" />
        <source>Landslide units: the cell holding each point, or every cell inside each polygon. Any CRS.</source>
        <translation>Rutschungseinheiten: die Zelle jedes Punkts oder jede Zelle in jedem Polygon. Beliebiges KBS.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75" />
        <source>Study area mask</source>
        <translation>Maske des Untersuchungsgebiets</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75" />
        <source>Only cells inside these polygons are zoned and counted.</source>
        <translation>Nur Zellen in diesen Polygonen werden eingeteilt und gezählt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Zoning method</source>
        <translation>Einteilungsmethode</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Jenks natural breaks</source>
        <translation>Natürliche Unterbrechungen (Jenks)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>equal intervals</source>
        <translation>gleiche Intervalle</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>quantiles</source>
        <translation>Quantile</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>user breaks</source>
        <translation>eigene Grenzen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Jenks on the whole raster (the paper); equal intervals 0-0.2 ... 0.8-1 (the paper's tables); quantiles; or the breaks given below.</source>
        <translation>Jenks auf dem ganzen Raster (Artikel); gleiche Intervalle 0-0,2 ... 0,8-1 (Tabellen des Artikels); Quantile; oder die unten angegebenen Grenzen.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83" />
        <source>Number of zones</source>
        <translation>Anzahl der Zonen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83" />
        <source>Five zones are labelled extremely low, low, moderate, high, extremely high.</source>
        <translation>Fünf Zonen heißen sehr gering, gering, mittel, hoch, sehr hoch.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87" />
        <source>User breaks (e.g. 0.2 0.4 0.6 0.8)</source>
        <translation>Eigene Grenzen (z. B. 0.2 0.4 0.6 0.8)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87" />
        <source>Increasing breaks strictly between 0 and 1, for the 'user breaks' method; they make (number of breaks + 1) zones.</source>
        <translation>Aufsteigende Grenzen echt zwischen 0 und 1 für die Methode „eigene Grenzen“; sie ergeben (Anzahl Grenzen + 1) Zonen.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91" />
        <source>Further susceptibility rasters to compare</source>
        <translation>Weitere Suszeptibilitätsraster zum Vergleich</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91" />
        <source>Other models' maps on the same grid (e.g. the CNN baseline): zoned the same way and shown side by side in the table and charts.</source>
        <translation>Karten anderer Modelle auf demselben Raster (z. B. das CNN-Vergleichsmodell): gleich eingeteilt und in Tabelle und Diagrammen nebeneinander gezeigt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95" />
        <source>Zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95" />
        <source>Zone numbers 1..N (Byte, 0 = nodata), styled green to red with the zone labels.</source>
        <translation>Zonennummern 1..N (Byte, 0 = NoData), von Grün nach Rot mit den Zonenbezeichnungen dargestellt.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="97" />
        <source>Zoning table</source>
        <translation>Zonierungstabelle</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="97" />
        <source>Per model and zone: bounds, cells, area, share of cells, landslide units, share of landslide units, landslide density and frequency ratio.</source>
        <translation>Je Modell und Zone: Grenzen, Zellen, Fläche, Zellanteil, Rutschungseinheiten, Anteil der Rutschungseinheiten, Rutschungsdichte und Frequency Ratio.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106" />
        <source>Zoning report</source>
        <translation>Zonierungsbericht</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="101" />
        <source>HTML files (*.html)</source>
        <translation>HTML-Dateien (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="101" />
        <source>Frequency histogram of the index and landslide density per zone.</source>
        <translation>Häufigkeitshistogramm des Index und Rutschungsdichte je Zone.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110" />
        <source>susceptibility raster</source>
        <translation>Suszeptibilitätsraster</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="122" />
        <source>User breaks must be numbers separated by spaces (got '{0}').</source>
        <translation>Eigene Grenzen müssen durch Leerzeichen getrennte Zahlen sein (erhalten: „{0}“).</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="160" />
        <source>{0} landslide(s) lie outside the raster.</source>
        <translation>{0} Rutschung(en) liegen außerhalb des Rasters.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="164" />
        <source>{0}: zone bounds {1}</source>
        <translation>{0}: Zonengrenzen {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="170" />
        <source>{0}: no landslide falls on a zoned cell; the table holds cell counts only. Check the landslide layer and the mask.</source>
        <translation>{0}: keine Rutschung fällt auf eine eingeteilte Zelle; die Tabelle enthält nur Zellzahlen. Prüfen Sie den Rutschungslayer und die Maske.</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="173" />
        <source>rises monotonically</source>
        <translation>steigt monoton</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="173" />
        <source>does NOT rise monotonically</source>
        <translation>steigt NICHT monoton</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="175" />
        <source>{0}: landslide density {1} from zone to zone; the top two zones hold {2:.1f} % of the landslide units on {3:.1f} % of the area.</source>
        <translation>{0}: die Rutschungsdichte {1} von Zone zu Zone; die beiden obersten Zonen enthalten {2:.1f} % der Rutschungseinheiten auf {3:.1f} % der Fläche.</translation>
    </message>
</context>
</TS>