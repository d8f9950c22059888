<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrossValidate</name>
    <message>
        <location filename="../algorithms/cross_validate.py" line="40" />
        <source>Cross-validate models</source>
        <translation>交叉验证模型</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="42" />
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64" />
        <source>Samples, or presence/absence points</source>
        <translation>样本，或存在/不存在点</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64" />
        <source>A layer from 'Extract training samples', or points with a 1/0 landslide field (set the presence/absence field below).</source>
        <translation>“提取训练样本”输出的图层，或带有 1/0 滑坡字段的点（请在下方设置存在/不存在字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68" />
        <source>Presence/absence field (1 = landslide)</source>
        <translation>存在/不存在字段（1 = 滑坡）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68" />
        <source>Only for presence/absence points: their classes are read from the factor stack.</source>
        <translation>仅用于存在/不存在点：其类别从因子栈中读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72" />
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72" />
        <source>The stack the samples come from (its catalogue gives the classes).</source>
        <translation>样本所来自的因子栈（其目录给出类别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74" />
        <source>Heatmap for soft samples (presence/absence points)</source>
        <translation>用于软样本的热力图（存在/不存在点）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74" />
        <source>With presence/absence points: LSGH-Net's soft samples are drawn from this heatmap around the presence points, each following its landslide's fold.</source>
        <translation>使用存在/不存在点时：LSGH-Net 的软样本从该热力图中在存在点周围抽取，并随其所属滑坡划入同一折。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78" />
        <source>Soft samples per heatmap interval</source>
        <translation>每个热力图区间的软样本数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78" />
        <source>Default: a third of the presence points each.</source>
        <translation>默认：每个区间取存在点数量的三分之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81" />
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81" />
        <source>LSGH-Net, its ablation, the CNN, the random forest and logistic regression (GLM) on the one-hot classes.</source>
        <translation>LSGH-Net、其消融版本、CNN、随机森林以及基于独热类别的逻辑回归（GLM）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85" />
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85" />
        <source>k of the k-fold cross-validation.</source>
        <translation>k 折交叉验证中的 k。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="87" />
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="87" />
        <source>Each repetition draws new folds.</source>
        <translation>每次重复都会重新划分各折。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>Partition</source>
        <translation>划分方式</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>spatial (k-means of the coordinates)</source>
        <translation>空间（坐标的 k-means 聚类）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="89" />
        <source>Spatial folds are k-means clusters of the sample coordinates: test ground the model has not seen.</source>
        <translation>空间折是样本坐标的 k-means 聚类：在模型未见过的区域上测试。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="94" />
        <source>Maximum epochs</source>
        <translation>最大训练轮数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="96" />
        <source>Per network training.</source>
        <translation>每次网络训练的设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="96" />
        <source>Early-stopping patience</source>
        <translation>早停耐心值</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="98" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="98" />
        <source>Folds and training; the same seed gives the same table.</source>
        <translation>用于划分各折和训练；相同种子得到相同结果表。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101" />
        <source>Cross-validation table</source>
        <translation>交叉验证表</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101" />
        <source>Per model and partition: mean and standard deviation of AUROC, AP, accuracy, F1 and MSE over folds and repetitions.</source>
        <translation>每个模型和划分方式：AUROC、AP、准确率、F1 和 MSE 在各折与各次重复上的均值和标准差。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="110" />
        <source>Cross-validation report</source>
        <translation>交叉验证报告</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="105" />
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="105" />
        <source>Boxplots of the folds' AUROC per model and partition, and the table.</source>
        <translation>各折 AUROC 的箱线图（按模型和划分）及汇总表。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="117" />
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="128" />
        <source>Choose at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="147" />
        <source>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</source>
        <translation>{0} {1}：AUROC {2:.3f} +/- {3:.3f}，AP {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="149" />
        <source>Best model ({0} partition, mean AUROC): {1}</source>
        <translation>最佳模型（{0} 划分，平均 AUROC）：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="166" />
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="171" />
        <source>{0} presence, {1} absence and {2} soft samples.</source>
        <translation>{0} 个存在点、{1} 个不存在点和 {2} 个软样本。</translation>
    </message>
</context>
<context>
    <name>EvaluateModels</name>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="27" />
        <source>Compare models</source>
        <translation>比较模型</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="29" />
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="39" />
        <source>Model files (.lsghnet)</source>
        <translation>模型文件（.lsghnet）</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="39" />
        <source>Models from 'Train susceptibility model', trained on the same factor stack.</source>
        <translation>由“训练易发性模型”生成、基于同一因子栈训练的模型。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="42" />
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="42" />
        <source>A samples layer; its test split is used.</source>
        <translation>样本图层；使用其测试集部分。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="45" />
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="45" />
        <source>One row per model and evaluation (all samples binarized at 0.5; hard samples only).</source>
        <translation>每个模型和评估方式一行（全部样本按 0.5 二值化；仅硬样本）。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="53" />
        <source>Comparison report</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="48" />
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="48" />
        <source>Every model's precision-recall curve with its AP, and the metrics table.</source>
        <translation>每个模型的精确率-召回率曲线及其 AP，以及指标表。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="58" />
        <source>Choose at least one model file.</source>
        <translation>请至少选择一个模型文件。</translation>
    </message>
</context>
<context>
    <name>ExtractSamples</name>
    <message>
        <location filename="../algorithms/extract_samples.py" line="32" />
        <source>Extract training samples</source>
        <translation>提取训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="34" />
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="54" />
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="54" />
        <source>Positive samples: the cell holding each point, or the cells of each polygon.</source>
        <translation>正样本：每个点所在的像元，或每个多边形内的像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>Polygon landslides give</source>
        <translation>面状滑坡取</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>every cell inside the polygon</source>
        <translation>多边形内的每个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>the centroid cell only</source>
        <translation>仅质心所在像元</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="58" />
        <source>For polygon landslides: every cell whose centre is inside, or only the centroid's cell.</source>
        <translation>面状滑坡：取中心位于多边形内的每个像元，或仅取质心所在像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="62" />
        <source>Gaussian heatmap</source>
        <translation>高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="62" />
        <source>Output of 'Landslide Gaussian heatmap' on the stack's grid.</source>
        <translation>“滑坡高斯热力图”在因子栈格网上的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="64" />
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="64" />
        <source>Output of 'Prepare factor stack'.</source>
        <translation>“准备因子栈”的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="66" />
        <source>Negative samples (default: as many as positives)</source>
        <translation>负样本数（默认：与正样本数相同）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="66" />
        <source>Random cells where the heatmap is 0. Leave empty for as many as there are positives.</source>
        <translation>在热力图为 0 处随机选取的像元。留空则与正样本数量相同。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="70" />
        <source>Minimum distance of negatives from landslides (map units)</source>
        <translation>负样本与滑坡的最小距离（地图单位）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="70" />
        <source>Negatives lie at least this far from every landslide cell (0: only outside the heatmap).</source>
        <translation>负样本与任一滑坡像元的距离至少为此值（0：仅要求在热力图之外）。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="74" />
        <source>Add heatmap (soft) samples</source>
        <translation>添加热力图（软）样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="74" />
        <source>LSGH-Net's soft samples. Off: the hard-label dataset of the paper's CNN baseline.</source>
        <translation>LSGH-Net 的软样本。关闭时即为论文 CNN 基线所用的硬标签数据集。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77" />
        <source>Heatmap samples per interval (default: a third of the positives)</source>
        <translation>每个区间的热力图样本数（默认：正样本数的三分之一）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77" />
        <source>Random cells from each of 0.2-0.4, 0.4-0.6 and 0.6-0.8; the label is the heatmap value.</source>
        <translation>从 0.2-0.4、0.4-0.6 和 0.6-0.8 各区间随机选取像元；标签为热力图值。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="81" />
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="81" />
        <source>Share of the samples held out for testing (the paper: 0.3).</source>
        <translation>留作测试的样本比例（论文：0.3）。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>random (the paper)</source>
        <translation>随机（论文方法）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>spatial blocks</source>
        <translation>空间分块</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84" />
        <source>Random: the test fraction of each kind at random. Spatial blocks: whole square blocks go to train or test, so the test score says how the model transfers to unseen ground.</source>
        <translation>随机：每类样本按测试比例随机划分。空间分块：整个方块划入训练或测试集，使测试得分反映模型在未见区域上的迁移能力。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="88" />
        <source>Block size (map units)</source>
        <translation>分块大小（地图单位）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="88" />
        <source>Side of the square blocks; a landslide's soft samples share its block.</source>
        <translation>方块的边长；滑坡的软样本与其处于同一方块。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="91" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="91" />
        <source>The same seed gives the same samples.</source>
        <translation>相同的种子得到相同的样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="93" />
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="93" />
        <source>Points at cell centres: label, kind (positive/negative/heatmap), heatmap interval, split (train/test), block, landslide (index of the landslide a sample belongs to, -1 for negatives) and one integer field per factor with its class.</source>
        <translation>位于像元中心的点：label、kind（positive/negative/heatmap）、热力图区间、split（train/test）、block、landslide（样本所属滑坡的编号，负样本为 -1），以及每个因子一个记录其类别的整数字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="103" />
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="104" />
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="141" />
        <source>Factor name(s) {0} clash with the samples layer's own fields ({1}). Rename those factors and prepare the stack again.</source>
        <translation>因子名称 {0} 与样本图层自带字段（{1}）冲突。请重命名这些因子并重新准备因子栈。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="170" />
        <source>{0}: {1} samples ({2} train, {3} test)</source>
        <translation>{0}：{1} 个样本（{2} 个训练，{3} 个测试）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="172" />
        <source>Total: {0} samples, {1} in the test set.</source>
        <translation>共计：{0} 个样本，其中 {1} 个在测试集中。</translation>
    </message>
</context>
<context>
    <name>FactorScreening</name>
    <message>
        <location filename="../algorithms/factor_screening.py" line="28" />
        <source>Factor screening</source>
        <translation>因子筛选</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="30" />
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="46" />
        <source>Candidate factor rasters</source>
        <translation>候选因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="46" />
        <source>Raw factor rasters, aligned to the first one's grid. Give these or a factor stack.</source>
        <translation>原始因子栅格，对齐到第一个栅格的格网。请给出这些栅格或因子栈。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="49" />
        <source>Or: factor stack</source>
        <translation>或：因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="49" />
        <source>A stack from 'Prepare factor stack': its class codes are screened.</source>
        <translation>“准备因子栈”生成的因子栈：对其类别代码进行筛选。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51" />
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51" />
        <source>Landslide cells (point cells, or cells inside polygons) against as many random other cells train the random forest.</source>
        <translation>滑坡像元（点所在像元，或多边形内像元）与同等数量的随机其他像元一起训练随机森林。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="56" />
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="56" />
        <source>Only cells inside these polygons are used.</source>
        <translation>仅使用这些多边形内的像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="59" />
        <source>Correlation threshold |r|</source>
        <translation>相关阈值 |r|</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="59" />
        <source>Pairs of factors correlated above this are flagged in the log and the report.</source>
        <translation>相关性高于此值的因子对将在日志和报告中标出。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="62" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="62" />
        <source>Seed of the non-landslide sample and of the random forest.</source>
        <translation>非滑坡样本和随机森林所用的种子。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64" />
        <source>Correlation table</source>
        <translation>相关系数表</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64" />
        <source>Pearson r of every factor pair: one row per factor, one column per factor.</source>
        <translation>每对因子的 Pearson r：每个因子一行、一列。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67" />
        <source>Importance table</source>
        <translation>重要性表</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67" />
        <source>Random-forest importance (mean decrease in impurity, sums to 1) and rank per factor.</source>
        <translation>随机森林重要性（不纯度平均减少量，总和为 1）及各因子排名。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="75" />
        <source>Screening report</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70" />
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70" />
        <source>HTML with the correlation heatmap and the importance bar chart.</source>
        <translation>包含相关性热力图和重要性条形图的 HTML。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="81" />
        <source>Give either candidate factor rasters or a factor stack (one of the two).</source>
        <translation>请给出候选因子栅格或因子栈（二者之一）。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="96" />
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="105" />
        <source>{0} cells with data in every factor; {1} landslide cells.</source>
        <translation>{0} 个像元在所有因子上都有数据；{1} 个滑坡像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="108" />
        <source>{0} and {1} are strongly correlated (r = {2:.3f} &gt; {3:g}): consider keeping only one of them.</source>
        <translation>{0} 与 {1} 强相关（r = {2:.3f} &gt; {3:g}）：建议只保留其中之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="110" />
        <source>Importance ranking (out-of-bag accuracy {0:.1f} %):</source>
        <translation>重要性排序（袋外准确率 {0:.1f} %）：</translation>
    </message>
</context>
<context>
    <name>GaussianHeatmap</name>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="19" />
        <source>Landslide Gaussian heatmap</source>
        <translation>滑坡高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="21" />
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="30" />
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="35" />
        <source>Mapped landslides. Polygons are represented by their centroids. Any CRS: they are reprojected to the reference raster's CRS.</source>
        <translation>已编录的滑坡。面状滑坡以其质心表示。任意坐标系：将重投影到参考栅格的坐标系。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="37" />
        <source>Reference raster (defines the grid)</source>
        <translation>参考栅格（定义格网）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="38" />
        <source>The heatmap is written on exactly this raster's grid (extent, pixel size, CRS). Cells that are nodata in its first band stay nodata.</source>
        <translation>热力图严格写在此栅格的格网上（范围、像元大小、坐标系）。其第一波段为无数据的像元保持无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="40" />
        <source>Kernel radius R (pixels)</source>
        <translation>核半径 R（像元）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="44" />
        <source>Kernel radius in pixels; the kernel is 2R+1 pixels wide. The paper's scales are R = 3, 6, 9 (diameters 7, 13, 19); 6 worked best.</source>
        <translation>以像元为单位的核半径；核宽度为 2R+1 像元。论文的尺度为 R = 3、6、9（直径 7、13、19），其中 6 效果最好。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="46" />
        <source>Value on the kernel boundary</source>
        <translation>核边界上的值</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="50" />
        <source>Heatmap value at distance R from a landslide, strictly between 0 and 1 (the paper: 0.1). It sets the Gaussian's sigma.</source>
        <translation>距滑坡距离为 R 处的热力图值，必须严格介于 0 和 1 之间（论文：0.1），由此确定高斯函数的 sigma。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="52" />
        <source>Gaussian heatmap</source>
        <translation>高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="53" />
        <source>Float32 GeoTIFF on the reference grid: 1 at landslide pixels, falling to the boundary value at R, 0 beyond; nodata where the reference is nodata.</source>
        <translation>参考格网上的 Float32 GeoTIFF：滑坡像元为 1，在距离 R 处降至边界值，超出为 0；参考栅格无数据处为无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="72" />
        <source>reference raster</source>
        <translation>参考栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="75" />
        <source>The heatmap is written as a GeoTIFF: give the output file a .tif extension ({0}).</source>
        <translation>热力图以 GeoTIFF 格式写出：请为输出文件使用 .tif 扩展名（{0}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="81" />
        <source>Kernel: radius {0} px (diameter {1} px), boundary value {2:g}, sigma {3:.3f} px.</source>
        <translation>核：半径 {0} 像元（直径 {1} 像元），边界值 {2:g}，sigma {3:.3f} 像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="93" />
        <source>Landslides used: {0} (in {1} distinct pixels); outside the grid, skipped: {2}.</source>
        <translation>使用的滑坡：{0} 个（位于 {1} 个不同像元）；格网之外而跳过：{2} 个。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="96" />
        <source>{0} landslide(s) lie outside the reference raster and were skipped.</source>
        <translation>{0} 个滑坡位于参考栅格之外，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="99" />
        <source>Cells per heatmap interval ({0} cells with data, {1} nodata):</source>
        <translation>各热力图区间的像元数（{0} 个有数据像元，{1} 个无数据）：</translation>
    </message>
</context>
<context>
    <name>LsghnetAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="81" />
        <source>auto</source>
        <translation>自动</translation>
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
        <translation>自动：Keras 检测到 GPU 时使用 GPU；日志会说明实际使用的设备。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="96" />
        <source>This algorithm needs the Python package(s) {0}, which QGIS's Python cannot import. Install them with {1}'python3 -m pip install {2}' for the Python that runs QGIS (or run 'make install' in the plugin folder and start QGIS with PYTHONPATH set to its .venv, see the README), then restart QGIS.</source>
        <translation>本算法需要 Python 包 {0}，而 QGIS 的 Python 无法导入它们。请用 {1}“python3 -m pip install {2}”为运行 QGIS 的 Python 安装（或在插件目录运行“make install”，并按 README 将 PYTHONPATH 指向其 .venv 启动 QGIS），然后重启 QGIS。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="111" />
        <source>The {0} '{1}' does not exist. Check the path.</source>
        <translation>{0}“{1}”不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="116" />
        <source>QGIS cannot load the {0} '{1}'. Check that it is a raster file.</source>
        <translation>QGIS 无法加载{0}“{1}”。请检查它是否为栅格文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="121" />
        <source>The {0} cannot be read. Choose a raster layer or a raster file GDAL can open.</source>
        <translation>无法读取{0}。请选择栅格图层或 GDAL 可以打开的栅格文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="124" />
        <source>The {0} comes from the '{1}' provider; this algorithm reads rasters through GDAL. Save it as a GeoTIFF (Export &gt; Save As) and use that file.</source>
        <translation>{0}来自“{1}”数据提供者；本算法通过 GDAL 读取栅格。请将其另存为 GeoTIFF（导出 &gt; 另存为）后使用该文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="139" />
        <source>The mask layer has no polygon. Choose a layer with the study area's outline, or leave the mask empty.</source>
        <translation>掩膜图层中没有多边形。请选择包含研究区边界的图层，或不使用掩膜。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="152" />
        <source>The landslide layer has {0} geometries; use points (landslide locations) or polygons (landslide outlines).</source>
        <translation>滑坡图层的几何类型为{0}；请使用点（滑坡位置）或面（滑坡边界）。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="157" />
        <source>The landslide layer is empty (or its selection/filter leaves no feature). Choose a layer with mapped landslides.</source>
        <translation>滑坡图层为空（或其选择/过滤条件下没有要素）。请选择包含已编录滑坡的图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="209" />
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="180" />
        <source>{0} landslide feature(s) without geometry (null or empty) were skipped.</source>
        <translation>已跳过 {0} 个无几何（空或 null）的滑坡要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/base.py" line="190" />
        <source>Could not write an output feature: {0}</source>
        <translation>无法写入输出要素：{0}</translation>
    </message>
</context>
<context>
    <name>LsghnetProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="30" />
        <source>Landslide susceptibility (LSGH-Net)</source>
        <translation>滑坡易发性（LSGH-Net）</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="49" />
        <source>Python for training and prediction (needs Keras; empty: auto-detect the plugin's .venv, then python3)</source>
        <translation>用于训练和预测的 Python（需要 Keras；留空则自动检测插件的 .venv，其次为 python3）</translation>
    </message>
</context>
<context>
    <name>PredictSusceptibility</name>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="44" />
        <source>Susceptibility map</source>
        <translation>易发性制图</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="46" />
        <source>Mapping</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="56" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="56" />
        <source>A model from 'Train susceptibility model' (any kind, random forest included).</source>
        <translation>“训练易发性模型”生成的模型（任意类型，包括随机森林）。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="58" />
        <source>Factor stack, or raw factor rasters</source>
        <translation>因子栈，或原始因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="58" />
        <source>The graded stack from 'Prepare factor stack' (its catalogue must match the model's), or the raw factor rasters, named like the model's factors, which are then graded with the model's catalogue: a model trained once can map a new area or a newer DEM.</source>
        <translation>“准备因子栈”生成的分级因子栈（其目录须与模型一致），或按模型因子命名的原始因子栅格（将使用模型目录进行分级）：训练一次的模型即可用于新区域或更新的 DEM。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="64" />
        <source>Susceptibility</source>
        <translation>易发性</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="64" />
        <source>Float32 GeoTIFF on the input's grid, values in [0, 1], nodata (-9999) wherever a factor is nodata; styled in five classes from green to red.</source>
        <translation>与输入同一格网的 Float32 GeoTIFF，取值范围 [0, 1]，任一因子无数据处为无数据（-9999）；按绿到红五级着色。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="76" />
        <source>Choose the factor stack or the raw factor rasters.</source>
        <translation>请选择因子栈或原始因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="79" />
        <source>The susceptibility raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>易发性栅格为 GeoTIFF：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="85" />
        <source>Input: the factor stack '{0}'.</source>
        <translation>输入：因子栈“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="95" />
        <source>Input: {0} raw factor band(s), graded with the model's catalogue.</source>
        <translation>输入：{0} 个原始因子波段，使用模型目录进行分级。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="100" />
        <source>{0} cells predicted ({1} distinct factor-class combinations, each predicted once), {2} nodata cells; model {3} on {4}.</source>
        <translation>已预测 {0} 个像元（{1} 种不同的因子类别组合，每种只预测一次），{2} 个无数据像元；模型 {3}，设备 {4}。</translation>
    </message>
</context>
<context>
    <name>PrepareFactors</name>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="25" />
        <source>Prepare factor stack</source>
        <translation>准备因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="27" />
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="37" />
        <source>Causative factors</source>
        <translation>致灾因子</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="39" />
        <source>One raster per factor (slope, lithology, land use ...); each band of a multi-band raster is a factor of its own. The layer name is the factor's name.</source>
        <translation>每个因子一幅栅格（坡度、岩性、土地利用等）；多波段栅格的每个波段各为一个因子。图层名即因子名。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="41" />
        <source>Grading (one row per factor)</source>
        <translation>分级表（每个因子一行）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="44" />
        <source>Factor: its name. Method: categorical (each code a class), breaks (explicit, increasing, separated by spaces or ';'), equal, quantile or jenks (with Classes). Unlisted factors: continuous, 10 quantile classes. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</source>
        <translation>Factor：因子名称。Method：categorical（每个代码一类）、breaks（显式递增断点，以空格或“;”分隔）、equal、quantile 或 jenks（配合 Classes）。未列出的因子：连续型，10 个分位数类别。qgis_process 中写法：GRADING=slope,breaks,,10;20;30,lithology,categorical,,</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="48" />
        <source>Reference grid</source>
        <translation>参考格网</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="49" />
        <source>Raster whose grid (extent, pixel size, CRS) the stack takes; default: the first factor. Other factors are warped to it (nearest neighbour for categorical, bilinear for continuous factors).</source>
        <translation>因子栈采用其格网（范围、像元大小、坐标系）的栅格；默认：第一个因子。其他因子将重采样到该格网（类别型用最邻近，连续型用双线性）。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="52" />
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="54" />
        <source>Cells whose centre lies outside these polygons are nodata (0) in the stack.</source>
        <translation>中心位于这些多边形之外的像元在因子栈中为无数据（0）。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="55" />
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="56" />
        <source>GeoTIFF, band i = factor i graded to classes 1..k, 0 = nodata (any factor nodata or outside the mask); band descriptions are the factor names. Its catalogue is stored inside it and written beside it as &lt;name&gt;.json.</source>
        <translation>GeoTIFF，第 i 波段 = 第 i 个因子分级后的类别 1..k，0 = 无数据（任一因子无数据或在掩膜之外）；波段描述为因子名称。其目录保存在文件内部，并另存为同名 &lt;name&gt;.json。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="59" />
        <source>Factor catalogue</source>
        <translation>因子目录</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="59" />
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="62" />
        <source>A further copy of the catalogue: every factor, its kind, breaks or category codes and class labels.</source>
        <translation>目录的另一份副本：每个因子、其类型、分级断点或类别代码以及类别标签。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="70" />
        <source>'{0}' is not a raster layer; factors must be rasters.</source>
        <translation>“{0}”不是栅格图层；因子必须是栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="76" />
        <source>Choose at least one factor raster.</source>
        <translation>请至少选择一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="79" />
        <source>factor '{0}'</source>
        <translation>因子“{0}”</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="87" />
        <source>reference grid</source>
        <translation>参考格网</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="90" />
        <source>The stack is written as a GeoTIFF: give it a .tif extension.</source>
        <translation>因子栈以 GeoTIFF 格式写出：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="108" />
        <source>{0}: {1}, {2} classes ({3}: {4})</source>
        <translation>{0}：{1}，{2} 个类别（{3}：{4}）</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../algorithms/provider.py" line="84" />
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>完整流程：从因子到易发性分区</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="85" />
        <source>Compare LSGH-Net with the CNN baseline</source>
        <translation>比较 LSGH-Net 与 CNN 基线</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../algorithms/train_model.py" line="55" />
        <source>Train susceptibility model</source>
        <translation>训练易发性模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="57" />
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="78" />
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="78" />
        <source>Output of 'Extract training samples' (fields label, kind, split and one per factor).</source>
        <translation>“提取训练样本”的输出（字段 label、kind、split 以及每个因子一个字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="81" />
        <source>Factor stack the samples come from</source>
        <translation>样本所来自的因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="81" />
        <source>Its factor catalogue goes into the model file, so that prediction can check (or grade) its input; the samples' factor fields are checked against it.</source>
        <translation>其因子目录会写入模型文件，以便预测时检查（或分级）输入；样本的因子字段也会与其核对。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>LSGH-Net (scSE attention, heatmap samples)</source>
        <translation>LSGH-Net（scSE 注意力，热力图样本）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>LSGH-Net without scSE (ablation)</source>
        <translation>不含 scSE 的 LSGH-Net（消融）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>CNN baseline (hard samples only)</source>
        <translation>CNN 基线（仅硬样本）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>Random forest baseline (GridSearchCV)</source>
        <translation>随机森林基线（GridSearchCV）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="84" />
        <source>lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.</source>
        <translation>lsghnet / lsghnet_noscse / cnn / rf。CNN 与 RF 忽略热力图样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="89" />
        <source>Maximum epochs</source>
        <translation>最大训练轮数</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="89" />
        <source>The paper: 200.</source>
        <translation>论文：200。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="91" />
        <source>Early-stopping patience (epochs)</source>
        <translation>早停耐心值（轮数）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="91" />
        <source>Stop when the validation accuracy has not improved for this many epochs; the best weights are kept.</source>
        <translation>当验证准确率在这么多轮内没有提升时停止；保留最佳权重。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95" />
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95" />
        <source>The paper: 32.</source>
        <translation>论文：32。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97" />
        <source>Learning rate (Adam)</source>
        <translation>学习率（Adam）</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97" />
        <source>Adam's step size.</source>
        <translation>Adam 的步长。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="100" />
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="100" />
        <source>Dropout before the dense layer (the paper: 0.5).</source>
        <translation>全连接层之前的 Dropout（论文：0.5）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="102" />
        <source>Validation fraction</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="102" />
        <source>Share of the training split held out for early stopping.</source>
        <translation>从训练集中留出用于早停的比例。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="105" />
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="105" />
        <source>The same seed on the CPU gives the same model and metrics.</source>
        <translation>在 CPU 上相同的种子得到相同的模型和指标。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>LSGH-Net model (*.lsghnet)</source>
        <translation>LSGH-Net 模型 (*.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="108" />
        <source>Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and library versions. Loading it never runs code from the file.</source>
        <translation>权重以及因子目录、编码方式、模型类型、超参数、指标和库版本。加载时绝不会执行文件中的代码。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="112" />
        <source>Test metrics</source>
        <translation>测试指标</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="112" />
        <source>Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all samples binarized at 0.5 (as the paper), and hard samples only.</source>
        <translation>测试集上的准确率、精确率、特异度、敏感度、F1、MSE、AP 与 ROC AUC：全部样本按 0.5 二值化（同论文），以及仅硬样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="121" />
        <source>Training report</source>
        <translation>训练报告</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="116" />
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="116" />
        <source>Training curves and the precision-recall curve.</source>
        <translation>训练曲线和精确率-召回率曲线。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="127" />
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="134" />
        <source>Give the model file the extension .lsghnet ({0}).</source>
        <translation>请为模型文件使用扩展名 .lsghnet（{0}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="159" />
        <source>Device: {0}.</source>
        <translation>设备：{0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="161" />
        <source>Test ({0}): {1}</source>
        <translation>测试（{0}）：{1}</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../algorithms/zoning.py" line="51" />
        <source>Susceptibility zoning and landslide density</source>
        <translation>易发性分区与滑坡密度</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="53" />
        <source>Mapping</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69" />
        <source>Susceptibility raster</source>
        <translation>易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69" />
        <source>Susceptibility index in [0, 1], e.g. the output of 'Susceptibility map'.</source>
        <translation>易发性指数，取值 [0, 1]，例如“易发性制图”的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71" />
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71" />
        <source>Landslide units: the cell holding each point, or every cell inside each polygon. Any CRS.</source>
        <translation>滑坡单元：每个点所在的像元，或每个多边形内的所有像元。任意坐标系。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75" />
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75" />
        <source>Only cells inside these polygons are zoned and counted.</source>
        <translation>仅对这些多边形内的像元进行分区和统计。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Zoning method</source>
        <translation>分区方法</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Jenks natural breaks</source>
        <translation>Jenks 自然断点</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>equal intervals</source>
        <translation>等间隔</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>user breaks</source>
        <translation>用户断点</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78" />
        <source>Jenks on the whole raster (the paper); equal intervals 0-0.2 ... 0.8-1 (the paper's tables); quantiles; or the breaks given below.</source>
        <translation>对整幅栅格使用 Jenks（论文方法）；等间隔 0-0.2 ... 0.8-1（论文表格）；分位数；或下方给出的断点。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83" />
        <source>Number of zones</source>
        <translation>分区数</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83" />
        <source>Five zones are labelled extremely low, low, moderate, high, extremely high.</source>
        <translation>五个分区的标签为：极低、低、中、高、极高。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87" />
        <source>User breaks (e.g. 0.2 0.4 0.6 0.8)</source>
        <translation>用户断点（例如 0.2 0.4 0.6 0.8）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87" />
        <source>Increasing breaks strictly between 0 and 1, for the 'user breaks' method; they make (number of breaks + 1) zones.</source>
        <translation>位于 0 和 1 之间的严格递增断点，用于“用户断点”方法；生成（断点数 + 1）个分区。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91" />
        <source>Further susceptibility rasters to compare</source>
        <translation>用于比较的其他易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91" />
        <source>Other models' maps on the same grid (e.g. the CNN baseline): zoned the same way and shown side by side in the table and charts.</source>
        <translation>同一格网上其他模型的易发性图（例如 CNN 基线）：以相同方式分区，并在表格和图表中并列显示。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95" />
        <source>Zones</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95" />
        <source>Zone numbers 1..N (Byte, 0 = nodata), styled green to red with the zone labels.</source>
        <translation>分区编号 1..N（Byte，0 = 无数据），按绿到红着色并带分区标签。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="97" />
        <source>Zoning table</source>
        <translation>分区表</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="97" />
        <source>Per model and zone: bounds, cells, area, share of cells, landslide units, share of landslide units, landslide density and frequency ratio.</source>
        <translation>每个模型和分区：边界、像元数、面积、像元占比、滑坡单元数、滑坡单元占比、滑坡密度和频率比。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106" />
        <source>Zoning report</source>
        <translation>分区报告</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="101" />
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="101" />
        <source>Frequency histogram of the index and landslide density per zone.</source>
        <translation>易发性指数频率直方图及各分区滑坡密度。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110" />
        <source>susceptibility raster</source>
        <translation>易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="122" />
        <source>User breaks must be numbers separated by spaces (got '{0}').</source>
        <translation>用户断点必须是以空格分隔的数字（当前为“{0}”）。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="160" />
        <source>{0} landslide(s) lie outside the raster.</source>
        <translation>{0} 个滑坡位于栅格之外。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="164" />
        <source>{0}: zone bounds {1}</source>
        <translation>{0}：分区边界 {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="170" />
        <source>{0}: no landslide falls on a zoned cell; the table holds cell counts only. Check the landslide layer and the mask.</source>
        <translation>{0}：没有滑坡落在已分区的像元上；表中只有像元统计。请检查滑坡图层和掩膜。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="173" />
        <source>rises monotonically</source>
        <translation>单调上升</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="173" />
        <source>does NOT rise monotonically</source>
        <translation>并非单调上升</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="175" />
        <source>{0}: landslide density {1} from zone to zone; the top two zones hold {2:.1f} % of the landslide units on {3:.1f} % of the area.</source>
        <translation>{0}：滑坡密度在各分区间{1}；最高两个分区以 {3:.1f} % 的面积包含 {2:.1f} % 的滑坡单元。</translation>
    </message>
</context>
</TS>