<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>CrossValidate</name>
    <message>
        <location filename="../algorithms/cross_validate.py" line="42"/>
        <source>Cross-validate models</source>
        <translation>交叉验证模型</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="44"/>
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64"/>
        <source>Samples, or presence/absence points</source>
        <translation>样本，或存在/不存在点</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="64"/>
        <source>A layer from &apos;Extract training samples&apos;, or points with a 1/0 landslide field (set the presence/absence field below).</source>
        <translation>“提取训练样本”输出的图层，或带有 1/0 滑坡字段的点（请在下方设置存在/不存在字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68"/>
        <source>Presence/absence field (1 = landslide)</source>
        <translation>存在/不存在字段（1 = 滑坡）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="68"/>
        <source>Only for presence/absence points: their classes are read from the factor stack.</source>
        <translation>仅用于存在/不存在点：其类别从因子栈中读取。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72"/>
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="72"/>
        <source>The stack the samples come from (its catalogue gives the classes).</source>
        <translation>样本所来自的因子栈（其目录给出类别）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74"/>
        <source>Heatmap for soft samples (presence/absence points)</source>
        <translation>用于软样本的热力图（存在/不存在点）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="74"/>
        <source>With presence/absence points: LSGH-Net&apos;s soft samples are drawn from this heatmap around the presence points, each following its landslide&apos;s fold.</source>
        <translation>使用存在/不存在点时：LSGH-Net 的软样本从该热力图中在存在点周围抽取，并随其所属滑坡划入同一折。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78"/>
        <source>Soft samples per heatmap interval</source>
        <translation>每个热力图区间的软样本数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="78"/>
        <source>Default: a third of the presence points each.</source>
        <translation>默认：每个区间取存在点数量的三分之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81"/>
        <source>Models</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="81"/>
        <source>LSGH-Net, its ablation, the CNN, the random forest and logistic regression (GLM) on the one-hot classes.</source>
        <translation>LSGH-Net、其消融版本、CNN、随机森林以及基于独热类别的逻辑回归（GLM）。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85"/>
        <source>Folds</source>
        <translation>折数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="85"/>
        <source>k of the k-fold cross-validation.</source>
        <translation>k 折交叉验证中的 k。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="88"/>
        <source>Repetitions</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="88"/>
        <source>Each repetition draws new folds.</source>
        <translation>每次重复都会重新划分各折。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>Partition</source>
        <translation>划分方式</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>random</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>spatial (k-means of the coordinates)</source>
        <translation>空间（坐标的 k-means 聚类）</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>both</source>
        <translation>两者</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="90"/>
        <source>Spatial folds are k-means clusters of the sample coordinates: test ground the model has not seen.</source>
        <translation>空间折是样本坐标的 k-means 聚类：在模型未见过的区域上测试。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="97"/>
        <source>Cross-validation table</source>
        <translation>交叉验证表</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="97"/>
        <source>Per model and partition: mean and standard deviation of AUROC, AP, accuracy, F1 and MSE over folds and repetitions.</source>
        <translation>每个模型和划分方式：AUROC、AP、准确率、F1 和 MSE 在各折与各次重复上的均值和标准差。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101"/>
        <source>Cross-validation report</source>
        <translation>交叉验证报告</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="101"/>
        <source>Boxplots of the folds&apos; AUROC per model and partition, and the table.</source>
        <translation>各折 AUROC 的箱线图（按模型和划分）及汇总表。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="111"/>
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="126"/>
        <source>Choose at least one model.</source>
        <translation>请至少选择一个模型。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="148"/>
        <source>{0} {1}: AUROC {2:.3f} +/- {3:.3f}, AP {4:.3f}</source>
        <translation>{0} {1}：AUROC {2:.3f} +/- {3:.3f}，AP {4:.3f}</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="177"/>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="182"/>
        <source>{0} presence, {1} absence and {2} soft samples.</source>
        <translation>{0} 个存在点、{1} 个不存在点和 {2} 个软样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="114"/>
        <source>The presence/absence field &apos;{0}&apos; is not in the samples layer (its fields: {1}). Choose the field that holds 1 for a landslide and 0 for none.</source>
        <translation>样本图层中没有出现/未出现字段“{0}”（其字段：{1}）。请选择以 1 表示滑坡、0 表示无滑坡的字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/cross_validate.py" line="167"/>
        <source>The presence/absence field &apos;{0}&apos; holds &apos;{1}&apos;; it must hold 1 for a landslide and 0 for none. Choose that field, or recode it (Field calculator).</source>
        <translation>存在/缺失字段“{0}”中含有“{1}”；该字段必须对滑坡为 1、对非滑坡为 0。请选择正确的字段，或重新编码（字段计算器）。</translation>
    </message>
</context>
<context>
    <name>DeviceParameter</name>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="68"/>
        <source>auto</source>
        <translation>自动</translation>
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
        <translation>自动：Keras 检测到 GPU 时使用 GPU；日志会说明实际使用的设备。这些小型网络在 GPU 上训练往往比在 CPU 上更慢：此时请选择 CPU。</translation>
    </message>
</context>
<context>
    <name>EvaluateModels</name>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="26"/>
        <source>Compare models</source>
        <translation>比较模型</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="28"/>
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="38"/>
        <source>Model files (.lsghnet)</source>
        <translation>模型文件（.lsghnet）</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="38"/>
        <source>Models from &apos;Train susceptibility model&apos;, trained on the same factor stack.</source>
        <translation>由“训练易发性模型”生成、基于同一因子栈训练的模型。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="41"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="41"/>
        <source>A samples layer; its test split is used.</source>
        <translation>样本图层；使用其测试集部分。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="44"/>
        <source>Metrics</source>
        <translation>指标</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="44"/>
        <source>One row per model and evaluation (all samples binarized at 0.5; hard samples only).</source>
        <translation>每个模型和评估方式一行（全部样本按 0.5 二值化；仅硬样本）。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="47"/>
        <source>Comparison report</source>
        <translation>比较报告</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="47"/>
        <source>Every model&apos;s precision-recall curve with its AP, and the metrics table.</source>
        <translation>每个模型的精确率-召回率曲线及其 AP，以及指标表。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="55"/>
        <source>Choose at least one model file.</source>
        <translation>请至少选择一个模型文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/evaluate_models.py" line="61"/>
        <source>the models&apos; stack</source>
        <translation>模型的因子栈</translation>
    </message>
</context>
<context>
    <name>ExplainModel</name>
    <message>
        <location filename="../algorithms/explain_model.py" line="30"/>
        <source>Explain a model</source>
        <translation>解释模型</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="32"/>
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="48"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="48"/>
        <source>A model from &apos;Train susceptibility model&apos; (any kind, ensembles and the random forest included).</source>
        <translation>来自 '训练易发性模型' 的模型（任何类型，包括集成和随机森林）。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="51"/>
        <source>Samples</source>
        <translation>样本</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="51"/>
        <source>Samples from &apos;Extract training samples&apos; on the model&apos;s factor stack; the importance is measured on their test split.</source>
        <translation>在模型的因子栈上由 '提取训练样本' 得到的样本；重要性在其测试集上测量。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="55"/>
        <source>Shuffles per factor</source>
        <translation>每个因子的打乱次数</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="55"/>
        <source>How often each factor is shuffled; the spread over the shuffles is the importance&apos;s standard deviation.</source>
        <translation>每个因子被打乱的次数；各次打乱之间的离散程度即重要性的标准差。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="59"/>
        <source>Spatial folds (0: the test split only)</source>
        <translation>空间折数（0：仅测试集）</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="59"/>
        <source>With 2 or more, the model&apos;s kind is trained again with the file&apos;s settings on each spatial fold&apos;s training part and the importance measured on ground it has not seen: what reviewers ask for, at the cost of that many trainings.</source>
        <translation>为 2 或更多时，会用文件中的设置在每个空间折的训练部分上重新训练该模型类型，并在模型未见过的区域上测量重要性：这是审稿人要求的，代价是同样多次的训练。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="64"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="64"/>
        <source>The same seed gives the same shuffles, folds and tables.</source>
        <translation>相同的种子得到相同的打乱、折和表格。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="68"/>
        <source>Factor importance</source>
        <translation>因子重要性</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="68"/>
        <source>One row per factor and evaluation, most important first: how much the AUROC falls when the factor is shuffled (mean and standard deviation).</source>
        <translation>每个因子和评估方式一行，最重要的在前：打乱该因子时 AUROC 下降多少（均值和标准差）。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="72"/>
        <source>Response per class</source>
        <translation>各类别的响应</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="72"/>
        <source>One row per class of each factor: the mean susceptibility with the factor set to that class (partial dependence), and the share of the samples in the class.</source>
        <translation>每个因子的每个类别一行：将该因子设为此类别时的平均易发性（部分依赖），以及该类别中样本所占比例。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="76"/>
        <source>Explanation report</source>
        <translation>解释报告</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="76"/>
        <source>The importance as bars with their spread, the response curve of every factor, and the table.</source>
        <translation>带离散程度的重要性条形图、每个因子的响应曲线，以及表格。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="89"/>
        <source>One spatial fold cannot hold ground out. Choose 0 (the test split only) or 2 and more folds.</source>
        <translation>单个空间折无法留出区域。请选择 0（仅测试集）或 2 个及以上的折。</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="93"/>
        <source>the model&apos;s stack</source>
        <translation>模型的因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/explain_model.py" line="112"/>
        <source>Factors by importance: {0}.</source>
        <translation>按重要性排列的因子：{0}。</translation>
    </message>
</context>
<context>
    <name>ExtractSamples</name>
    <message>
        <location filename="../algorithms/extract_samples.py" line="35"/>
        <source>Extract training samples</source>
        <translation>提取训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="37"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="57"/>
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="57"/>
        <source>Positive samples: the cell holding each point, or the cells of each polygon.</source>
        <translation>正样本：每个点所在的像元，或每个多边形内的像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>Polygon landslides give</source>
        <translation>面状滑坡取</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>every cell inside the polygon</source>
        <translation>多边形内的每个像元</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>the centroid cell only</source>
        <translation>仅质心所在像元</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="61"/>
        <source>For polygon landslides: every cell whose centre is inside, or only the centroid&apos;s cell.</source>
        <translation>面状滑坡：取中心位于多边形内的每个像元，或仅取质心所在像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="65"/>
        <source>Gaussian heatmap</source>
        <translation>高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="65"/>
        <source>Output of &apos;Landslide Gaussian heatmap&apos; on the stack&apos;s grid.</source>
        <translation>“滑坡高斯热力图”在因子栈格网上的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="67"/>
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="67"/>
        <source>Output of &apos;Prepare factor stack&apos;.</source>
        <translation>“准备因子栈”的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="69"/>
        <source>Negative samples (default: as many as positives)</source>
        <translation>负样本数（默认：与正样本数相同）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="69"/>
        <source>Random cells where the heatmap is 0. Leave empty for as many as there are positives.</source>
        <translation>在热力图为 0 处随机选取的像元。留空则与正样本数量相同。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="73"/>
        <source>Minimum distance of negatives from landslides (map units)</source>
        <translation>负样本与滑坡的最小距离（地图单位）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="73"/>
        <source>Negatives lie at least this far from every landslide cell (0: only outside the heatmap).</source>
        <translation>负样本与任一滑坡像元的距离至少为此值（0：仅要求在热力图之外）。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77"/>
        <source>Add heatmap (soft) samples</source>
        <translation>添加热力图（软）样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="77"/>
        <source>LSGH-Net&apos;s soft samples. Off: the hard-label dataset of the paper&apos;s CNN baseline.</source>
        <translation>LSGH-Net 的软样本。关闭时即为论文 CNN 基线所用的硬标签数据集。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="80"/>
        <source>Heatmap samples per interval (default: a third of the positives)</source>
        <translation>每个区间的热力图样本数（默认：正样本数的三分之一）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="80"/>
        <source>Random cells from each of 0.2-0.4, 0.4-0.6 and 0.6-0.8; the label is the heatmap value.</source>
        <translation>从 0.2-0.4、0.4-0.6 和 0.6-0.8 各区间随机选取像元；标签为热力图值。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84"/>
        <source>Test fraction</source>
        <translation>测试比例</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="84"/>
        <source>Share of the samples held out for testing (the paper: 0.3).</source>
        <translation>留作测试的样本比例（论文：0.3）。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>Split</source>
        <translation>划分</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>spatial blocks</source>
        <translation>空间分块</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="94"/>
        <source>Block size (map units)</source>
        <translation>分块大小（地图单位）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="94"/>
        <source>Side of the square blocks; a landslide&apos;s soft samples share its block.</source>
        <translation>方块的边长；滑坡的软样本与其处于同一方块。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="97"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="97"/>
        <source>The same seed gives the same samples.</source>
        <translation>相同的种子得到相同的样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="100"/>
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="100"/>
        <source>Points at cell centres: label, kind (positive/negative/heatmap), heatmap interval, split (train/test), block, landslide (index of the landslide a sample belongs to, -1 for negatives) and one integer field per factor with its class.</source>
        <translation>位于像元中心的点：label、kind（positive/negative/heatmap）、热力图区间、split（train/test）、block、landslide（样本所属滑坡的编号，负样本为 -1），以及每个因子一个记录其类别的整数字段。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="119"/>
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="111"/>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="147"/>
        <source>Factor name(s) {0} clash with the samples layer&apos;s own fields ({1}). Rename those factors and prepare the stack again.</source>
        <translation>因子名称 {0} 与样本图层自带字段（{1}）冲突。请重命名这些因子并重新准备因子栈。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="179"/>
        <source>{0}: {1} samples ({2} train, {3} test)</source>
        <translation>{0}：{1} 个样本（{2} 个训练，{3} 个测试）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="181"/>
        <source>Total: {0} samples, {1} in the test set.</source>
        <translation>共计：{0} 个样本，其中 {1} 个在测试集中。</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>random cells (the paper; optimistic test score)</source>
        <translation>随机像元（论文方法；测试分数偏乐观）</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>random whole landslides</source>
        <translation>随机整体滑坡</translation>
    </message>
    <message>
        <location filename="../algorithms/extract_samples.py" line="87"/>
        <source>Random whole landslides: each landslide goes to train or test with all its cells and soft samples; negatives at random. Random cells (the paper): cell by cell, so cells of one landslide polygon land on both sides and the test score is optimistic. Spatial blocks: whole square blocks go to train or test, so the test score says how the model transfers to unseen ground.</source>
        <translation>随机整体滑坡：每个滑坡连同其全部像元和软样本一起进入训练集或测试集；负样本随机划分。随机像元（论文方法）：逐像元划分，同一滑坡多边形的像元会落在两侧，测试分数偏乐观。空间块：整个方形块进入训练集或测试集，测试分数反映模型迁移到未见区域的能力。</translation>
    </message>
</context>
<context>
    <name>FactorScreening</name>
    <message>
        <location filename="../algorithms/factor_screening.py" line="30"/>
        <source>Factor screening</source>
        <translation>因子筛选</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="32"/>
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="48"/>
        <source>Candidate factor rasters</source>
        <translation>候选因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="48"/>
        <source>Raw factor rasters, aligned to the first one&apos;s grid. Give these or a factor stack.</source>
        <translation>原始因子栅格，对齐到第一个栅格的格网。请给出这些栅格或因子栈。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51"/>
        <source>Or: factor stack</source>
        <translation>或：因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="51"/>
        <source>A stack from &apos;Prepare factor stack&apos;: its class codes are screened.</source>
        <translation>“准备因子栈”生成的因子栈：对其类别代码进行筛选。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="53"/>
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="53"/>
        <source>Landslide cells (point cells, or cells inside polygons) against as many random other cells train the random forest.</source>
        <translation>滑坡像元（点所在像元，或多边形内像元）与同等数量的随机其他像元一起训练随机森林。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="58"/>
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="58"/>
        <source>Only cells inside these polygons are used.</source>
        <translation>仅使用这些多边形内的像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="61"/>
        <source>Correlation threshold |r|</source>
        <translation>相关阈值 |r|</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="61"/>
        <source>Pairs of factors correlated above this are flagged in the log and the report.</source>
        <translation>相关性高于此值的因子对将在日志和报告中标出。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="64"/>
        <source>Seed of the non-landslide sample and of the random forest.</source>
        <translation>非滑坡样本和随机森林所用的种子。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67"/>
        <source>Correlation table</source>
        <translation>相关系数表</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="67"/>
        <source>Pearson r of every factor pair: one row per factor, one column per factor.</source>
        <translation>每对因子的 Pearson r：每个因子一行、一列。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70"/>
        <source>Importance table</source>
        <translation>重要性表</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="70"/>
        <source>Random-forest importance (mean decrease in impurity, sums to 1) and rank per factor.</source>
        <translation>随机森林重要性（不纯度平均减少量，总和为 1）及各因子排名。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="73"/>
        <source>Screening report</source>
        <translation>筛选报告</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="73"/>
        <source>HTML with the correlation heatmap and the importance bar chart.</source>
        <translation>包含相关性热力图和重要性条形图的 HTML。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="82"/>
        <source>Give either candidate factor rasters or a factor stack (one of the two).</source>
        <translation>请给出候选因子栅格或因子栈（二者之一）。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="97"/>
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="107"/>
        <source>{0} cells with data in every factor; {1} landslide cells.</source>
        <translation>{0} 个像元在所有因子上都有数据；{1} 个滑坡像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="110"/>
        <source>{0} and {1} are strongly correlated (r = {2:.3f} &gt; {3:g}): consider keeping only one of them.</source>
        <translation>{0} 与 {1} 强相关（r = {2:.3f} &gt; {3:g}）：建议只保留其中之一。</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="112"/>
        <source>Importance ranking (out-of-bag accuracy {0:.1f} %):</source>
        <translation>重要性排序（袋外准确率 {0:.1f} %）：</translation>
    </message>
    <message>
        <location filename="../algorithms/factor_screening.py" line="92"/>
        <source>first factor</source>
        <translation>第一个因子</translation>
    </message>
</context>
<context>
    <name>GaussianHeatmap</name>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="22"/>
        <source>Landslide Gaussian heatmap</source>
        <translation>滑坡高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="24"/>
        <source>Sampling</source>
        <translation>采样</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="33"/>
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="41"/>
        <source>Reference raster (defines the grid)</source>
        <translation>参考栅格（定义格网）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="42"/>
        <source>The heatmap is written on exactly this raster&apos;s grid (extent, pixel size, CRS). Cells that are nodata in its first band stay nodata.</source>
        <translation>热力图严格写在此栅格的格网上（范围、像元大小、坐标系）。其第一波段为无数据的像元保持无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="44"/>
        <source>Kernel radius R (pixels)</source>
        <translation>核半径 R（像元）</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="48"/>
        <source>Kernel radius in pixels; the kernel is 2R+1 pixels wide. The paper&apos;s scales are R = 3, 6, 9 (diameters 7, 13, 19); 6 worked best.</source>
        <translation>以像元为单位的核半径；核宽度为 2R+1 像元。论文的尺度为 R = 3、6、9（直径 7、13、19），其中 6 效果最好。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="50"/>
        <source>Value on the kernel boundary</source>
        <translation>核边界上的值</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="54"/>
        <source>Heatmap value at distance R from a landslide, strictly between 0 and 1 (the paper: 0.1). It sets the Gaussian&apos;s sigma.</source>
        <translation>距滑坡距离为 R 处的热力图值，必须严格介于 0 和 1 之间（论文：0.1），由此确定高斯函数的 sigma。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="56"/>
        <source>Gaussian heatmap</source>
        <translation>高斯热力图</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="57"/>
        <source>Float32 GeoTIFF on the reference grid: 1 at landslide pixels, falling to the boundary value at R, 0 beyond; nodata where the reference is nodata.</source>
        <translation>参考格网上的 Float32 GeoTIFF：滑坡像元为 1，在距离 R 处降至边界值，超出为 0；参考栅格无数据处为无数据。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="76"/>
        <source>reference raster</source>
        <translation>参考栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="77"/>
        <source>The heatmap is written as a GeoTIFF: give the output file a .tif extension ({0}).</source>
        <translation>热力图以 GeoTIFF 格式写出：请为输出文件使用 .tif 扩展名（{0}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="83"/>
        <source>Kernel: radius {0} px (diameter {1} px), boundary value {2:g}, sigma {3:.3f} px.</source>
        <translation>核：半径 {0} 像元（直径 {1} 像元），边界值 {2:g}，sigma {3:.3f} 像元。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="95"/>
        <source>Landslides used: {0} (in {1} distinct pixels); outside the grid, skipped: {2}.</source>
        <translation>使用的滑坡：{0} 个（位于 {1} 个不同像元）；格网之外而跳过：{2} 个。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="98"/>
        <source>{0} landslide(s) lie outside the reference raster and were skipped.</source>
        <translation>{0} 个滑坡位于参考栅格之外，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="101"/>
        <source>Cells per heatmap interval ({0} cells with data, {1} nodata):</source>
        <translation>各热力图区间的像元数（{0} 个有数据像元，{1} 个无数据）：</translation>
    </message>
    <message>
        <location filename="../algorithms/gaussian_heatmap.py" line="38"/>
        <source>Mapped landslides. A polygon&apos;s kernel sits on its centroid, or inside it when the centroid falls outside; each part of a multipart feature is a landslide of its own. Any CRS: they are reprojected to the reference raster&apos;s CRS.</source>
        <translation>已制图的滑坡。多边形的核位于其质心；若质心落在多边形之外，则位于多边形内部；多部件要素的每个部件都是一个独立的滑坡。任意坐标参考系：将重投影到参考栅格的坐标参考系。</translation>
    </message>
</context>
<context>
    <name>GradingWidget</name>
    <message>
        <location filename="../algorithms/grading_widget.py" line="38"/>
        <source>quantile (equal counts)</source>
        <translation>分位数（数量相等）</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="39"/>
        <source>equal intervals</source>
        <translation>等间隔</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="40"/>
        <source>Jenks natural breaks</source>
        <translation>Jenks 自然断点</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="41"/>
        <source>my breaks</source>
        <translation>自定义断点</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="42"/>
        <source>categorical (each code a class)</source>
        <translation>分类型（每个编码一类）</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Factor</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Classes</source>
        <translation>类别数</translation>
    </message>
    <message>
        <location filename="../algorithms/grading_widget.py" line="66"/>
        <source>Breaks (e.g. 10 20 30)</source>
        <translation>断点（如 10 20 30）</translation>
    </message>
</context>
<context>
    <name>InputReaders</name>
    <message>
        <location filename="../algorithms/inputs.py" line="106"/>
        <source>The {0} cannot be read. Choose a raster layer or a raster file GDAL can open.</source>
        <translation>无法读取{0}。请选择栅格图层或 GDAL 可以打开的栅格文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="109"/>
        <source>The {0} comes from the &apos;{1}&apos; provider; this algorithm reads rasters through GDAL. Save it as a GeoTIFF (Export &gt; Save As) and use that file.</source>
        <translation>{0}来自“{1}”数据提供者；本算法通过 GDAL 读取栅格。请将其另存为 GeoTIFF（导出 &gt; 另存为）后使用该文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="152"/>
        <source>The mask layer has no polygon. Choose a layer with the study area&apos;s outline, or leave the mask empty.</source>
        <translation>掩膜图层中没有多边形。请选择包含研究区边界的图层，或不使用掩膜。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="168"/>
        <source>The landslide layer has no geometries (a table, or a layer whose features have none); use a layer of landslide points or polygons.</source>
        <translation>滑坡图层没有几何（是一个表，或其要素都没有几何）；请使用滑坡点或多边形图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="172"/>
        <source>The landslide layer has {0} geometries; use points (landslide locations) or polygons (landslide outlines). Lines can become polygons with &apos;Lines to polygons&apos; or points with &apos;Centroids&apos;.</source>
        <translation>滑坡图层的几何类型为{0}；请使用点（滑坡位置）或多边形（滑坡轮廓）。线可用“线转多边形”转为多边形，或用“质心”转为点。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="177"/>
        <source>The landslide layer is empty (or its selection/filter leaves no feature). Choose a layer with mapped landslides.</source>
        <translation>滑坡图层为空（或其选择/过滤条件下没有要素）。请选择包含已编录滑坡的图层。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="186"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="222"/>
        <source>{0} landslide feature(s) without geometry (null or empty) were skipped.</source>
        <translation>已跳过 {0} 个无几何（空或 null）的滑坡要素。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="225"/>
        <source>None of the {0} landslide features has a geometry (all are null or empty). Choose a layer with mapped landslides, or repair its geometries.</source>
        <translation>{0} 个滑坡要素都没有几何（全部为空）。请选择含已制图滑坡的图层，或修复其几何。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="30"/>
        <source>factor &apos;{0}&apos;</source>
        <translation>因子“{0}”</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="57"/>
        <source>&apos;{1}&apos; given for {0} holds {2} layers ({3}). Say which one to use, e.g. &apos;{1}|layername={4}&apos; (in the dialog: pick the layer from the project or the browser).</source>
        <translation>为 {0} 给出的“{1}”包含 {2} 个图层（{3}）。请指明使用哪一个，例如“{1}|layername={4}”（在对话框中：从项目或浏览器中选择该图层）。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="121"/>
        <source>The {0} has no coordinate reference system; its coordinates are taken to be in the grid&apos;s ({1}). If they are not, set the layer&apos;s CRS (Layer Properties &gt; Source) and run this again.</source>
        <translation>{0}没有坐标参考系；其坐标被视为栅格的坐标参考系（{1}）。如果不是，请设置该图层的坐标参考系（图层属性 &gt; 源），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="142"/>
        <source>The mask layer has {0} geometries; a study area is a polygon. Choose a polygon layer of the study area&apos;s outline, or leave the mask empty.</source>
        <translation>掩膜图层的几何类型为{0}；研究区应为多边形。请选择研究区轮廓的多边形图层，或不设掩膜。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="146"/>
        <source>mask layer</source>
        <translation>掩膜图层</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="182"/>
        <source>landslide layer</source>
        <translation>滑坡图层</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="201"/>
        <source>A landslide feature holds {0} geometries; use points (landslide locations) or polygons (landslide outlines). Lines can become polygons with &apos;Lines to polygons&apos; or points with &apos;Centroids&apos;.</source>
        <translation>某个滑坡要素包含{0}几何；请使用点（滑坡位置）或多边形（滑坡轮廓）。线可用“线转多边形”转为多边形，或用“质心”转为点。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="213"/>
        <source>None of the landslides could be transformed from the layer&apos;s coordinate reference system ({0}) to the grid&apos;s ({1}): the layer&apos;s CRS is probably not the one its coordinates are in. Set the right one (Layer Properties &gt; Source) and run this again.</source>
        <translation>没有任何滑坡能从图层的坐标参考系（{0}）转换到栅格的坐标参考系（{1}）：图层的坐标参考系很可能不是其坐标所用的参考系。请设置正确的参考系（图层属性 &gt; 源），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="219"/>
        <source>{0} landslide feature(s) could not be transformed to the grid&apos;s coordinate reference system and were skipped.</source>
        <translation>{0} 个滑坡要素无法转换到栅格的坐标参考系，已跳过。</translation>
    </message>
    <message>
        <location filename="../algorithms/inputs.py" line="229"/>
        <source>The landslide layer mixes points and polygons (in geometry collections); their cells cannot be taken alike. Split it with &apos;Multipart to singleparts&apos; and use its points or its polygons.</source>
        <translation>滑坡图层混合了点和多边形（在几何集合中）；无法以相同方式取其栅格单元。请用“多部件转单部件”拆分，并使用其中的点或多边形。</translation>
    </message>
</context>
<context>
    <name>LsghnetAlgorithm</name>
    <message>
        <location filename="../algorithms/base.py" line="133"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/run_guard.py" line="36"/>
        <source>Interrupted (signal {0}): stopping, nothing will be written.</source>
        <translation>已中断（信号 {0}）：正在停止，不会写入任何内容。</translation>
    </message>
</context>
<context>
    <name>LsghnetEngine</name>
    <message>
        <location filename="../.build/engine_messages.py" line="86"/>
        <source>Unknown partition &apos;{partition}&apos;: use random or spatial.</source>
        <translation>未知的划分方式“{partition}”：请使用 random 或 spatial。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="87"/>
        <source>The spatial partition needs the samples&apos; coordinates; some samples have none.</source>
        <translation>空间划分需要样本坐标；部分样本没有坐标。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="157"/>
        <source>&apos;{path}&apos; is not a vector file with samples. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>“{path}”不是包含样本的矢量文件。请使用“提取训练样本”的输出。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="158"/>
        <source>The samples layer has no sample.</source>
        <translation>样本图层中没有样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="159"/>
        <source>Some samples have an empty label or factor class. Extract the samples again.</source>
        <translation>部分样本的标签或因子类别为空。请重新提取样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="162"/>
        <source>Unexpected values in the &apos;kind&apos; or &apos;split&apos; field: {values}. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>“kind”或“split”字段中有意外的值：{values}。请使用“提取训练样本”的输出。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="163"/>
        <source>The samples lack the field(s) {fields}. Use the output of &apos;Extract training samples&apos;.</source>
        <translation>样本缺少字段 {fields}。请使用“提取训练样本”的输出。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="164"/>
        <source>The samples have no field for the factor(s) {factors} of the catalogue. The samples and the factor stack do not belong together: extract the samples from this stack.</source>
        <translation>样本中没有目录因子 {factors} 的字段。样本与因子栈不匹配：请从该因子栈提取样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="166"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;). Extract them with a test fraction above 0.</source>
        <translation>样本没有测试集（“split” = “test”）。请以大于 0 的测试比例提取样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="167"/>
        <source>Only {count} training samples: too few to train. Extract more samples.</source>
        <translation>只有 {count} 个训练样本，不足以训练。请提取更多样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="43"/>
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="171"/>
        <source>Factor &apos;{factor}&apos; has class codes {codes} in the samples, but the catalogue grades it into classes 1..{count}. The samples and the factor stack do not belong together.</source>
        <translation>因子“{factor}”在样本中的类别编码为 {codes}，但目录将其分为 1..{count} 类。样本与因子栈不匹配。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="90"/>
        <source>Unknown device &apos;{device}&apos;: use auto, cpu or gpu.</source>
        <translation>未知设备“{device}”：请使用 auto、cpu 或 gpu。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="91"/>
        <source>DEVICE is &apos;gpu&apos; but Keras ({backend}) sees no GPU. Use &apos;auto&apos; or &apos;cpu&apos;, or install a GPU build of the backend (on Windows: KERAS_BACKEND=torch with CUDA PyTorch).</source>
        <translation>DEVICE 为“gpu”，但 Keras（{backend}）找不到 GPU。请使用“auto”或“cpu”，或安装该后端的 GPU 版本（Windows 上：KERAS_BACKEND=torch 配合 CUDA 版 PyTorch）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="40"/>
        <source>Choose at least one factor raster.</source>
        <translation>请至少选择一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="41"/>
        <source>Two factors share the name {names}. Rename the layers so every factor has its own name (it becomes the band description and the catalogue key).</source>
        <translation>有两个因子同名：{names}。请重命名图层，使每个因子都有自己的名称（名称将成为波段描述和目录键）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="44"/>
        <source>&apos;{path}&apos; carries no factor catalogue: it was not written by &apos;Prepare factor stack&apos; and no catalogue JSON lies beside it. Prepare the stack with that algorithm.</source>
        <translation>“{path}”不含因子目录：它不是由“准备因子栈”写出的，旁边也没有目录 JSON。请用该算法准备因子栈。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="45"/>
        <source>The factor stack &apos;{path}&apos; has {bands} bands but its catalogue lists {factors} factors. Prepare the stack again.</source>
        <translation>因子栈“{path}”有 {bands} 个波段，但其目录列出 {factors} 个因子。请重新准备因子栈。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="46"/>
        <source>reference raster</source>
        <translation>参考栅格</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="50"/>
        <source>factor &apos;{factor}&apos;</source>
        <translation>因子“{factor}”</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="18"/>
        <source>Grading row {number} (&apos;{factor}&apos;)</source>
        <translation>分级表第 {number} 行（“{factor}”）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="19"/>
        <source>{where}: the &apos;breaks&apos; method needs at least one break value, e.g. &apos;10 20 30&apos;.</source>
        <translation>{where}：“breaks”方法至少需要一个断点值，例如“10 20 30”。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="20"/>
        <source>{where}: breaks must be finite numbers.</source>
        <translation>{where}：断点必须是有限数值。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="21"/>
        <source>{where}: breaks must be strictly increasing (got {breaks}).</source>
        <translation>{where}：断点必须严格递增（当前为 {breaks}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="22"/>
        <source>Factor &apos;{factor}&apos; has no data inside the study area (all nodata or outside the mask). Check the raster, its nodata value and the mask.</source>
        <translation>因子“{factor}”在研究区内没有数据（全部为 nodata 或位于掩膜外）。请检查该栅格、其 nodata 值和掩膜。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="23"/>
        <source>Factor &apos;{factor}&apos; has the single value {value:g} everywhere in the study area, so it makes one class only. Remove it from the factors.</source>
        <translation>因子“{factor}”在整个研究区内只有一个值 {value:g}，只能分成一类。请将其从因子中移除。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="24"/>
        <source>This is not an LSGH-Net factor catalogue. Use the one &apos;Prepare factor stack&apos; wrote.</source>
        <translation>这不是 LSGH-Net 因子目录。请使用“准备因子栈”写出的目录。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="25"/>
        <source>{where}: there is no factor of that name. Factors: {factors}.</source>
        <translation>{where}：没有该名称的因子。现有因子：{factors}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="26"/>
        <source>{where}: the factor is listed twice. Give one row per factor.</source>
        <translation>{where}：该因子被列出两次。每个因子只需一行。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="27"/>
        <source>{where}: unknown method &apos;{method}&apos;. Use one of: {methods}.</source>
        <translation>{where}：未知方法“{method}”。请使用以下之一：{methods}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="28"/>
        <source>Factor &apos;{factor}&apos; is graded as categorical but holds non-integer values ({low:g} .. {high:g}). Categories must be integer codes; grade it as continuous (breaks, equal, quantile or jenks) instead.</source>
        <translation>因子“{factor}”按类别型分级，但含有非整数值（{low:g} .. {high:g}）。类别必须是整数编码；请改为按连续型分级（breaks、equal、quantile 或 jenks）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="29"/>
        <source>Factor &apos;{factor}&apos; has more than {limit} distinct codes; that is not a categorical factor. Grade it as continuous instead.</source>
        <translation>因子“{factor}”有超过 {limit} 个不同编码，不是类别型因子。请改为按连续型分级。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="30"/>
        <source>Factor &apos;{factor}&apos; has a single category ({code:g}) in the study area, so it cannot tell landslides apart. Remove it from the factors.</source>
        <translation>因子“{factor}”在研究区内只有一个类别（{code:g}），无法区分滑坡。请将其从因子中移除。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="32"/>
        <source>The factor catalogue is not valid JSON ({error}).</source>
        <translation>因子目录不是有效的 JSON（{error}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="31"/>
        <source>Factor &apos;{factor}&apos; has too few distinct values for {classes} Jenks classes. Ask for fewer classes or use explicit breaks.</source>
        <translation>因子“{factor}”的不同取值太少，无法分成 {classes} 个 Jenks 类别。请减少类别数或使用明确的断点。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="35"/>
        <source>{where}: the class count must be a whole number (got &apos;{classes}&apos;).</source>
        <translation>{where}：类别数必须是整数（当前为“{classes}”）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="172"/>
        <source>The boundary value must lie strictly between 0 and 1 (got {boundary:g}); the paper uses 0.1.</source>
        <translation>边界值必须严格介于 0 和 1 之间（当前为 {boundary:g}）；论文使用 0.1。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="173"/>
        <source>The kernel radius must be at least 1 pixel (got {radius}); the paper&apos;s radii are 3, 6 and 9 pixels (kernel diameters 7, 13, 19).</source>
        <translation>核半径至少为 1 个像元（当前为 {radius}）；论文使用的半径为 3、6 和 9 个像元（核直径 7、13、19）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="175"/>
        <source>A radius of {radius} pixels makes a kernel {diameter} pixels wide, wider than the whole reference grid ({width} x {height} pixels). Use a radius below {limit} pixels; the paper used 3 to 9.</source>
        <translation>半径 {radius} 个像元得到宽 {diameter} 个像元的核，超过了整个参考网格（{width} x {height} 像元）。请使用小于 {limit} 个像元的半径；论文使用 3 到 9。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="176"/>
        <source>There are no landslides to draw. Choose a layer with landslide points or polygons.</source>
        <translation>没有可绘制的滑坡。请选择包含滑坡点或面的图层。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="177"/>
        <source>None of the {count} landslides lies inside the reference raster (x {west:.2f} .. {east:.2f}, y {south:.2f} .. {north:.2f}). Check that the landslide layer and the reference raster cover the same area.</source>
        <translation>{count} 个滑坡中没有一个位于参考栅格内（x {west:.2f} .. {east:.2f}，y {south:.2f} .. {north:.2f}）。请检查滑坡图层与参考栅格是否覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="106"/>
        <source>&apos;{path}&apos; is not an LSGH-Net model file. Use a file written by &apos;Train susceptibility model&apos; (extension {extension}).</source>
        <translation>“{path}”不是 LSGH-Net 模型文件。请使用“训练易发性模型”写出的文件（扩展名 {extension}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="108"/>
        <source>&apos;{path}&apos; was written by a newer version of the plugin. Update the plugin.</source>
        <translation>“{path}”由更新版本的插件写出。请更新插件。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="109"/>
        <source>The model file &apos;{path}&apos; was edited or is damaged (its content does not match its manifest). Use the file as training wrote it, or train again.</source>
        <translation>模型文件“{path}”已被修改或已损坏（内容与清单不符）。请使用训练时写出的原文件，或重新训练。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="103"/>
        <source>The random forest in the model file holds types that are not allowed ({types}); it was not written by this plugin. Train the model again.</source>
        <translation>模型文件中的随机森林含有不允许的类型（{types}）；它不是由本插件写出的。请重新训练模型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="104"/>
        <source>The model file holds a {type}, not the random forest this plugin writes. Train the model again.</source>
        <translation>模型文件中是 {type}，而不是本插件写出的随机森林。请重新训练模型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="105"/>
        <source>The network in the model file cannot be loaded safely ({error}). The file may have been altered; train the model again.</source>
        <translation>无法安全加载模型文件中的网络（{error}）。文件可能已被改动；请重新训练模型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="53"/>
        <source>The input holds classes the model never saw: {parts}. The model cannot predict them: mask those areas out, or train with samples that cover these classes.</source>
        <translation>输入中含有模型从未见过的类别：{parts}。模型无法预测这些类别：请用掩膜排除这些区域，或用覆盖这些类别的样本训练。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="56"/>
        <source>the model&apos;s factors are {model}; the input&apos;s are {input}</source>
        <translation>模型的因子为 {model}；输入的因子为 {input}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="57"/>
        <source>The factor stack does not match the model: {differences}. Prepare the stack with the grading the model was trained on, or give the raw factor rasters.</source>
        <translation>因子栈与模型不匹配：{differences}。请按模型训练时的分级准备因子栈，或提供原始因子栅格。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="58"/>
        <source>The factor rasters do not match the model&apos;s factors (missing: {missing}; not in the model: {extra}). Name the layers like the model&apos;s factors: {wanted}.</source>
        <translation>因子栅格与模型的因子不匹配（缺少：{missing}；模型中没有：{extra}）。请按模型的因子命名图层：{wanted}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="59"/>
        <source>No cell has data in every factor, so there is nothing to predict. Check the input&apos;s extent and nodata.</source>
        <translation>没有像元在所有因子中都有数据，因此无可预测。请检查输入的范围和 nodata。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="60"/>
        <source>{problem} Or give the raw factor rasters, named like the model&apos;s factors ({factors}), to be graded with the model&apos;s catalogue.</source>
        <translation>{problem} 或者提供按模型因子命名（{factors}）的原始因子栅格，用模型的目录分级。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="61"/>
        <source>factor &apos;{factor}&apos; code {code:g}: {count} cells within x {west:.1f} .. {east:.1f}, y {south:.1f} .. {north:.1f}</source>
        <translation>因子“{factor}”编码 {code:g}：{count} 个像元，位于 x {west:.1f} .. {east:.1f}，y {south:.1f} .. {north:.1f}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="62"/>
        <source>factor &apos;{factor}&apos;: {attribute} {model} in the model, {input} in the input</source>
        <translation>因子“{factor}”：{attribute} 在模型中为 {model}，在输入中为 {input}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="7"/>
        <source>The {what} &apos;{path}&apos; holds no raster band. Choose a raster file.</source>
        <translation>{what}“{path}”没有栅格波段。请选择栅格文件。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="9"/>
        <source>The {what} has {bands} band(s); band {band} does not exist.</source>
        <translation>{what}有 {bands} 个波段；波段 {band} 不存在。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="10"/>
        <source>The raster is rotated (its geotransform has rotation terms). Warp it to a north-up grid first (Raster &gt; Projections &gt; Warp).</source>
        <translation>该栅格是旋转的（地理变换含旋转项）。请先将其重投影到正北朝上的网格（栅格 &gt; 投影 &gt; 变形）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="11"/>
        <source>The {what} &apos;{path}&apos; cannot be read as a raster ({error}). Check that the file exists, is complete and is a raster format GDAL reads.</source>
        <translation>无法将{what}“{path}”作为栅格读取（{error}）。请检查文件是否存在、是否完整，以及是否为 GDAL 可读的栅格格式。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="13"/>
        <source>The output folder &apos;{folder}&apos; does not exist. Choose an existing folder.</source>
        <translation>输出文件夹“{folder}”不存在。请选择已有的文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="14"/>
        <source>The output folder &apos;{folder}&apos; is not writable. Choose a folder you may write to.</source>
        <translation>输出文件夹“{folder}”不可写。请选择您有写权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="178"/>
        <source>{width} x {height} px, origin {x:.2f}, {y:.2f}, pixel {pixel:g}</source>
        <translation>{width} x {height} 像元，原点 {x:.2f}, {y:.2f}，像元大小 {pixel:g}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="179"/>
        <source>The factor stack &apos;{stack}&apos; ({stack_grid}) and the heatmap &apos;{heatmap}&apos; ({heatmap_grid}) are on different grids. Compute the heatmap with the stack as its reference raster.</source>
        <translation>因子栈“{stack}”（{stack_grid}）与热力图“{heatmap}”（{heatmap_grid}）不在同一网格上。请以因子栈为参考栅格计算热力图。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="180"/>
        <source>The test fraction must lie strictly between 0 and 1 (got {fraction:g}).</source>
        <translation>测试比例必须严格介于 0 和 1 之间（当前为 {fraction:g}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="181"/>
        <source>heatmap</source>
        <translation>热力图</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="183"/>
        <source>Every landslide cell is nodata in the stack or the heatmap, so there is no positive sample. Check the stack&apos;s extent, mask and nodata.</source>
        <translation>所有滑坡像元在因子栈或热力图中都是 nodata，因此没有正样本。请检查因子栈的范围、掩膜和 nodata。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="186"/>
        <source>The block size must be positive (got {size:g} map units).</source>
        <translation>块大小必须为正（当前为 {size:g} 地图单位）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="188"/>
        <source>Too few samples to make both a training and a test set. Draw more samples or change the test fraction.</source>
        <translation>样本太少，无法同时构成训练集和测试集。请抽取更多样本或修改测试比例。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="190"/>
        <source>All samples fall in one block, so a spatial split is impossible. Use a smaller block size or the random split.</source>
        <translation>所有样本都落在同一个块中，无法进行空间划分。请使用更小的块大小或随机划分。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="36"/>
        <source>Screening compares factors: choose at least two.</source>
        <translation>筛选需要比较因子：请至少选择两个。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="37"/>
        <source>Fewer than two cells have data in every factor, so no correlation can be computed. Check the factors&apos; overlap, nodata and the mask.</source>
        <translation>在所有因子中都有数据的像元少于两个，无法计算相关性。请检查因子的重叠、nodata 和掩膜。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="38"/>
        <source>No landslide falls on a cell with data in every factor; the importance ranking needs landslide cells. Check the landslide layer and the mask.</source>
        <translation>没有滑坡落在所有因子都有数据的像元上；重要性排序需要滑坡像元。请检查滑坡图层和掩膜。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="39"/>
        <source>Factor(s) {factors} have one value everywhere in the study area; remove them.</source>
        <translation>因子 {factors} 在整个研究区内只有一个值；请将其移除。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="156"/>
        <source>The samples&apos; factors ({samples}) differ from the catalogue&apos;s ({catalogue}).</source>
        <translation>样本的因子（{samples}）与目录的因子（{catalogue}）不同。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="92"/>
        <source>The models were trained on different factors; compare models of the same factor stack.</source>
        <translation>这些模型是用不同因子训练的；请比较基于同一因子栈的模型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="94"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;).</source>
        <translation>样本没有测试集（“split” = “test”）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="191"/>
        <source>Give either --stack or --factors.</source>
        <translation>请给出 --stack 或 --factors 之一。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="193"/>
        <source>Cancelled: nothing was written.</source>
        <translation>已取消：未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="71"/>
        <source>Unknown zoning method &apos;{method}&apos;: use one of {methods}.</source>
        <translation>未知的分区方法“{method}”：请使用以下之一：{methods}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="64"/>
        <source>susceptibility raster</source>
        <translation>易发性栅格</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="68"/>
        <source>&apos;{path}&apos; has {count} cell(s) outside [0, 1] (values {low:g} .. {high:g}); a susceptibility index lies between 0 and 1. Use the output of &apos;Susceptibility map&apos;, or rescale the raster first.</source>
        <translation>“{path}”有 {count} 个像元超出 [0, 1]（取值 {low:g} .. {high:g}）；易发性指数介于 0 和 1 之间。请使用“易发性制图”的输出，或先对栅格重新缩放。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="69"/>
        <source>&apos;{path}&apos; has no data.</source>
        <translation>“{path}”没有数据。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="73"/>
        <source>Zoning needs at least 2 zones (got {zones}).</source>
        <translation>分区至少需要 2 个区（当前为 {zones}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="74"/>
        <source>&apos;{path}&apos; has no data inside the mask.</source>
        <translation>“{path}”在掩膜内没有数据。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="72"/>
        <source>Quantile zones would repeat a break (many cells share a value). Use Jenks or fewer zones.</source>
        <translation>分位数分区会出现重复断点（许多像元取值相同）。请使用 Jenks 或减少分区数。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="76"/>
        <source>User breaks: give at least one break between 0 and 1, e.g. &apos;0.2 0.4 0.6 0.8&apos;.</source>
        <translation>用户断点：请至少给出一个介于 0 和 1 之间的断点，例如“0.2 0.4 0.6 0.8”。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="77"/>
        <source>User breaks must be strictly increasing (got {breaks}).</source>
        <translation>用户断点必须严格递增（当前为 {breaks}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="78"/>
        <source>User breaks must lie strictly between 0 and 1 (got {breaks}).</source>
        <translation>用户断点必须严格介于 0 和 1 之间（当前为 {breaks}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="79"/>
        <source>&apos;{path}&apos; is not on the grid of &apos;{first}&apos;. Compare susceptibility maps of the same study area and grid.</source>
        <translation>“{path}”与“{first}”不在同一网格上。请比较同一研究区、同一网格的易发性图。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="80"/>
        <source>raster to compare</source>
        <translation>待比较栅格</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="42"/>
        <source>No cell has data in every factor {where}. Check that the factors (and the mask) overlap the reference raster and that their nodata values are right.</source>
        <translation>没有像元在所有因子中都有数据（{where}）。请检查因子（及掩膜）是否与参考栅格重叠，以及其 nodata 值是否正确。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="47"/>
        <source>inside the mask</source>
        <translation>掩膜内</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="48"/>
        <source>on the reference grid</source>
        <translation>参考网格内</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="49"/>
        <source>Factor(s) {factors} have no data {where}, so no cell has data in every factor. Check that the factors (and the mask) overlap the reference raster and that their nodata values are right.</source>
        <translation>因子 {factors} 没有数据（{where}），因此没有像元在所有因子中都有数据。请检查因子（及掩膜）是否与参考栅格重叠，以及其 nodata 值是否正确。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="194"/>
        <source>No Python to build the environment from was found (looked for {paths}). Name one in BASE_PYTHON: Python {minimum} or newer, with numpy and GDAL&apos;s Python bindings (osgeo).</source>
        <translation>未找到可用于创建环境的 Python（查找过：{paths}）。请在 BASE_PYTHON 中指定一个：Python {minimum} 或更高版本，并带有 numpy 和 GDAL 的 Python 绑定（osgeo）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="195"/>
        <source>The set-up failed (exit code {code}). Its last lines:
{lines}
By hand: {commands}</source>
        <translation>配置失败（退出码 {code}）。最后几行输出：
{lines}
手动执行：{commands}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="196"/>
        <source>The base Python &apos;{python}&apos; has no GDAL bindings (osgeo), which the worker reads rasters with. Use the Python that comes with QGIS (or /usr/bin/python3 with python3-gdal on Debian and Ubuntu).</source>
        <translation>基础 Python“{python}”没有 GDAL 绑定（osgeo），而工作进程需要用它读取栅格。请使用 QGIS 自带的 Python（在 Debian 和 Ubuntu 上可用安装了 python3-gdal 的 /usr/bin/python3）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="197"/>
        <source>The base Python &apos;{python}&apos; is version {version}; the deep-learning packages need Python {minimum} or newer. Name a newer Python in BASE_PYTHON.</source>
        <translation>基础 Python“{python}”的版本为 {version}；深度学习软件包需要 Python {minimum} 或更高版本。请在 BASE_PYTHON 中指定更新的 Python。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="201"/>
        <source>pip could not get the packages ({clue}). Check the internet connection (behind a proxy, set HTTPS_PROXY) and run the set-up again. If the package index is reachable, it has no build of a package for this Python: choose the other backend. By hand: {commands}</source>
        <translation>pip 无法获取软件包（{clue}）。请检查网络连接（使用代理时请设置 HTTPS_PROXY）后重新运行配置。如果软件包索引可以访问，说明其中没有适用于此 Python 的某个软件包构建：请选择另一个后端。手动执行：{commands}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="202"/>
        <source>The new environment does not work: {error}</source>
        <translation>新环境无法工作：{error}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="204"/>
        <source>The base Python &apos;{path}&apos; does not exist. Name the python executable itself (python.exe on Windows) in BASE_PYTHON.</source>
        <translation>基础 Python“{path}”不存在。请在 BASE_PYTHON 中指定 Python 可执行文件本身（Windows 上为 python.exe）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="205"/>
        <source>The base Python &apos;{python}&apos; cannot run ({error}).</source>
        <translation>基础 Python“{python}”无法运行（{error}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="206"/>
        <source>&apos;{python}&apos; does not run as Python: {error}</source>
        <translation>“{python}”不能作为 Python 运行：{error}</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="200"/>
        <source>The disk holding &apos;{folder}&apos; is full (the environment needs about 3 GB). Free some space and run the set-up again.</source>
        <translation>“{folder}”所在的磁盘已满（该环境约需 3 GB）。请释放空间后重新运行配置。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="169"/>
        <source>The test split needs hard landslide and non-landslide samples. Extract more samples or use a larger test fraction.</source>
        <translation>测试集需要包含硬滑坡样本和硬非滑坡样本。请提取更多样本或使用更大的测试比例。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="107"/>
        <source>The model file &apos;{path}&apos; does not exist. Check the path.</source>
        <translation>模型文件“{path}”不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="111"/>
        <source>The model file &apos;{path}&apos; is damaged: its content cannot be unpacked ({error}). Use the file as training wrote it, or train again.</source>
        <translation>模型文件“{path}”已损坏：其内容无法解压（{error}）。请使用训练时写出的原始文件，或重新训练。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="6"/>
        <source>GDAL could not read or write a raster: {error} The file may be incomplete or damaged (an interrupted copy or download): copy or create it again.</source>
        <translation>GDAL 无法读取或写入栅格：{error} 该文件可能不完整或已损坏（复制或下载被中断）：请重新复制或生成它。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="182"/>
        <source>MIN_DISTANCE ({distance:g} map units) is as large as the whole stack ({across:.0f} map units corner to corner): no cell can be that far from a landslide. Choose a smaller MIN_DISTANCE.</source>
        <translation>MIN_DISTANCE（{distance:g} 地图单位）与整个因子栈一样大（对角线 {across:.0f} 地图单位）：没有任何像元能离滑坡这么远。请选择更小的 MIN_DISTANCE。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="184"/>
        <source>No cell outside the heatmap is {distance:g} map units or more from every landslide, so there is no negative sample. Choose a smaller MIN_DISTANCE (or a smaller heatmap radius).</source>
        <translation>热力图之外没有任何像元与所有滑坡的距离都达到 {distance:g} 地图单位或以上，因此没有负样本。请选择更小的 MIN_DISTANCE（或更小的热力图半径）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="185"/>
        <source>No cell with data lies outside the heatmap, so there is no negative sample. Use a smaller heatmap radius, or a larger study area.</source>
        <translation>热力图之外没有带数据的像元，因此没有负样本。请使用更小的热力图半径或更大的研究区。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="165"/>
        <source>These samples were extracted from another factor stack than {stack} (their stack_id is {samples}, the stack&apos;s is {expected}): their class codes would be read against the wrong classes. Use the stack they come from, or extract samples from this one.</source>
        <translation>这些样本提取自与 {stack} 不同的因子栈（其 stack_id 为 {samples}，该因子栈的为 {expected}）：它们的类别编码会被按错误的类别解读。请使用样本所来自的因子栈，或从此因子栈重新提取样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="67"/>
        <source>&apos;{path}&apos; has no nodata value, and its {count} cell(s) of {value:g} look like nodata. Set {value:g} as the raster&apos;s nodata value (e.g. with GDAL&apos;s Translate, -a_nodata) or use the output of &apos;Susceptibility map&apos;.</source>
        <translation>“{path}”没有 NoData 值，其中 {count} 个值为 {value:g} 的像元看起来是 NoData。请将 {value:g} 设为该栅格的 NoData 值（例如用 GDAL 的 Translate，-a_nodata），或使用“易发性制图”的输出。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="4"/>
        <source>There was not enough memory to finish. Close other programs, or work on a smaller area, a coarser grid or fewer samples.</source>
        <translation>内存不足，无法完成。请关闭其他程序，或使用更小的区域、更粗的栅格或更少的样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="100"/>
        <source>Random forest baseline (GridSearchCV)</source>
        <translation>随机森林基线（GridSearchCV）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="101"/>
        <source>Logistic regression (GLM) on the one-hot classes</source>
        <translation>基于独热编码类别的逻辑回归 (GLM)</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="102"/>
        <source>Unknown model kind &apos;{kind}&apos;: use one of {kinds}.</source>
        <translation>未知的模型类型 '{kind}'：请使用以下之一：{kinds}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="97"/>
        <source>LSGH-Net (scSE attention, heatmap samples)</source>
        <translation>LSGH-Net（scSE 注意力，热力图样本）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="98"/>
        <source>LSGH-Net without scSE (ablation)</source>
        <translation>不含 scSE 的 LSGH-Net（消融）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="99"/>
        <source>CNN baseline (hard samples only)</source>
        <translation>CNN 基线（仅硬样本）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="54"/>
        <source>The uncertainty map needs an ensemble of networks, and this model holds a single {kind} model. Train it with more than one network in the ensemble (the default preset), or leave the uncertainty output empty.</source>
        <translation>不确定性图需要网络集成，而此模型只包含单个 {kind} 模型。请用多于一个网络的集成进行训练（默认预设），或将不确定性输出留空。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="189"/>
        <source>Unknown split &apos;{split}&apos;: use one of {splits}.</source>
        <translation>未知的划分方式 '{split}'：请使用以下之一：{splits}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="15"/>
        <source>&apos;{path}&apos; is a folder. Choose a file name for the output.</source>
        <translation>“{path}”是一个文件夹。请为输出选择一个文件名。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="16"/>
        <source>&apos;{path}&apos; could not be replaced ({reason}), so nothing was written. If the file is open in another program, or loaded as a layer in QGIS on Windows, close it or remove the layer, or choose another output file.</source>
        <translation>无法替换“{path}”（{reason}），因此没有写入任何内容。如果该文件在其他程序中打开，或在 Windows 上作为图层加载在 QGIS 中，请关闭它或移除该图层，或选择另一个输出文件。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="17"/>
        <source>&apos;{path}&apos; is read-only, so it was not replaced and nothing was written. Choose another output file, or make this one writable if it may be replaced.</source>
        <translation>“{path}”是只读的，因此未被替换，也没有写入任何内容。请选择另一个输出文件；如果允许替换该文件，请取消其只读属性。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="3"/>
        <source>A disk is full, so nothing was written. Free some space, or choose an output folder on another disk.</source>
        <translation>磁盘已满，因此没有写入任何内容。请释放一些空间，或选择另一个磁盘上的输出文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="5"/>
        <source>The disk holding &apos;{folder}&apos; is full, so nothing was written. Free some space there, or choose an output folder on another disk.</source>
        <translation>“{folder}”所在的磁盘已满，因此没有写入任何内容。请在该磁盘上释放一些空间，或选择另一个磁盘上的输出文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="12"/>
        <source>A new file could not be created in the output folder &apos;{folder}&apos; ({reason}). Choose a folder with a shorter path (Windows allows at most 260 characters in a path, file name included), or another folder.</source>
        <translation>无法在输出文件夹“{folder}”中创建新文件（{reason}）。请选择路径更短的文件夹（Windows 的路径最多 260 个字符，包括文件名），或选择另一个文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="2"/>
        <source>No landslide lies inside the factor stack ({outside} outside). Check that the landslide layer and the factors cover the same area.</source>
        <translation>没有滑坡位于因子栈内（{outside} 个在外）。请检查滑坡图层与因子是否覆盖同一区域。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="93"/>
        <source>the models&apos; stack</source>
        <translation>模型的因子栈</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="34"/>
        <source>{where}: the class count must be from 2 to {most} (got {classes}).</source>
        <translation>{where}：类别数必须在 2 到 {most} 之间（当前为 {classes}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="52"/>
        <source>Factor &apos;{factor}&apos; declares no nodata value, and it holds {value:g}, a value that stands for no data. Set {value:g} as its nodata value (Raster &gt; Conversion &gt; Translate, &apos;Assign a specified nodata value&apos;), then run this again.</source>
        <translation>因子“{factor}”未声明无数据值，但含有 {value:g}，这是表示无数据的值。请将 {value:g} 设为其无数据值（栅格 &gt; 转换 &gt; 转换（Translate），“指定无数据值”），然后重新运行。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="70"/>
        <source>The raster has only {values} distinct values (at 1e-4 resolution), fewer than the {zones} zones asked. Ask for at most {values} zones.</source>
        <translation>该栅格只有 {values} 个不同的值（按 1e-4 精度），少于所要求的 {zones} 个分区。请最多选择 {values} 个分区。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="75"/>
        <source>The raster has one value everywhere ({value:g}), so it cannot be divided into zones. Check that it is a susceptibility map (the output of &apos;Susceptibility map&apos;).</source>
        <translation>该栅格处处为同一个值（{value:g}），无法划分分区。请检查它是否为易发性图（“易发性图”的输出）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="82"/>
        <source>{samples} landslide and non-landslide samples are too few for {folds} folds. Choose fewer Folds, or use more samples.</source>
        <translation>{samples} 个滑坡与非滑坡样本对于 {folds} 折而言太少。请减少折数，或使用更多样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="83"/>
        <source>Cross-validation needs landslide and non-landslide samples; these samples are all {which}. Use samples with both (from &apos;Extract training samples&apos;, or presence/absence points with 1 and 0 in their field).</source>
        <translation>交叉验证需要滑坡和非滑坡样本；这些样本全部为{which}。请使用同时包含两者的样本（来自“提取训练样本”，或字段中为 1 和 0 的存在/缺失点）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="88"/>
        <source>landslides</source>
        <translation>滑坡</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="89"/>
        <source>non-landslides</source>
        <translation>非滑坡</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="110"/>
        <source>The model file &apos;{path}&apos; is incomplete (it ends before its content does): it was copied, downloaded or written only in part. Copy it again from where training wrote it, or train again.</source>
        <translation>模型文件“{path}”不完整（在内容结束前就已截断）：它只被部分复制、下载或写入。请从训练写入的位置重新复制，或重新训练。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="8"/>
        <source>factor raster</source>
        <translation>因子栅格</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="160"/>
        <source>{count} sample(s) have a label outside 0..1 (e.g. {value:g}); the label is 1 for a landslide, 0 for none and the heatmap value in between. Use the output of &apos;Extract training samples&apos;, or rescale the label field to 0..1.</source>
        <translation>{count} 个样本的标签超出 0..1（例如 {value:g}）；标签对滑坡为 1，对非滑坡为 0，中间为热力图值。请使用“提取训练样本”的输出，或将标签字段缩放到 0..1。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="161"/>
        <source>Some factor fields of the samples hold fractions; they must hold the stack&apos;s class codes (whole numbers). Extract the samples from the factor stack.</source>
        <translation>样本的部分因子字段含有小数；它们必须是因子栈的类别代码（整数）。请从因子栈提取样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="168"/>
        <source>All hard training samples are on the same side of 0.5 (all landslide or all non-landslide); the model cannot learn to tell them apart, whatever the heatmap samples. Extract both positives and negatives (check N_NEGATIVE and MIN_DISTANCE of &apos;Extract training samples&apos;).</source>
        <translation>所有硬训练样本都位于 0.5 的同一侧（全为滑坡或全为非滑坡）；无论热力图样本如何，模型都无法学会区分。请同时提取正样本和负样本（检查“提取训练样本”的 N_NEGATIVE 和 MIN_DISTANCE）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="170"/>
        <source>{count} sample(s) carry no stack fingerprint (&apos;{field}&apos; field), so it cannot be verified that they were drawn from {stack}; their class codes fit its classes, so they are used as they are.</source>
        <translation>{count} 个样本没有因子栈指纹（“{field}”字段），因此无法验证它们是否取自 {stack}；其类别代码与该栈的类别相符，因此按原样使用。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="192"/>
        <source>The worker&apos;s Python ({python}) cannot import &apos;{module}&apos;. Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox once.</source>
        <translation>工作进程的 Python（{python}）无法导入“{module}”。请在处理工具箱中运行一次“设置 &gt; 设置深度学习环境”。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="33"/>
        <source>{where}: breaks must be numbers separated by spaces or &apos;;&apos;, with &apos;.&apos; for decimals (got &apos;{breaks}&apos;).</source>
        <translation>{where}：分级断点必须是以空格或“;”分隔的数字，小数点用“.”（收到“{breaks}”）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="51"/>
        <source>Factor &apos;{factor}&apos; holds complex numbers; a factor&apos;s values are real numbers. Use the band&apos;s real part or magnitude (Raster Calculator) instead.</source>
        <translation>因子“{factor}”包含复数；因子的值应为实数。请改用该波段的实部或模（栅格计算器）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="174"/>
        <source>The reference grid ({width} x {height} pixels) is too small for any kernel: the smallest (radius 1) is 3 pixels wide. Use a raster that covers the study area as the reference.</source>
        <translation>参考栅格（{width} x {height} 像元）太小，容不下任何核：最小的核（半径 1）宽 3 个像元。请使用覆盖研究区的栅格作为参考。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="187"/>
        <source>The block size ({size:g} map units) is smaller than a cell of the stack ({pixel:g} map units), so every sample would be a block of its own. Give blocks of at least one cell, better several times the landslides&apos; size.</source>
        <translation>块大小（{size:g} 地图单位）小于因子栈的一个像元（{pixel:g} 地图单位），每个样本都会自成一块。请给出至少一个像元大小的块，最好是滑坡尺寸的数倍。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="112"/>
        <source>Unknown {setting} &apos;{value}&apos;: use one of {choices}.</source>
        <translation>未知的{setting}“{value}”：请使用以下之一：{choices}。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="113"/>
        <source>The setting &apos;{setting}&apos; must lie from {minimum} to {maximum} (got {value}).</source>
        <translation>设置“{setting}”必须介于 {minimum} 与 {maximum} 之间（实际为 {value}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="114"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="115"/>
        <source>The model kind.</source>
        <translation>模型类型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="116"/>
        <source>Network training</source>
        <translation>网络训练</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="117"/>
        <source>Default: batch normalisation that works from the first epochs on small inventories, weight decay, early stopping on the validation loss with a validation part drawn like the test split, an ensemble of networks whose mean is the susceptibility (their spread is the uncertainty map of &apos;Susceptibility map&apos;), the classes of graded factors encoded as ordinal rows, and each cell&apos;s row and column as two more input channels, so that the network can tell the factors apart. The paper: one network, Keras&apos;s defaults, one-hot classes, early stopping on the binarized validation accuracy of random cells.</source>
        <translation>默认：在小型编目上从最初几个轮次起即可生效的批归一化、权重衰减、按验证损失提前停止（验证部分按测试划分的方式抽取）、多个网络的集成，其均值即易发性（其离散度即“易发性图”的不确定性图）、分级因子的类别用有序编码，以及把每个像元的行号和列号作为另外两个输入通道，使网络能够区分各个因子。论文：单个网络、Keras 默认值、独热编码的类别、按随机像元的二值化验证准确率提前停止。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="118"/>
        <source>Maximum epochs</source>
        <translation>最大训练轮数</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="119"/>
        <source>The most epochs each network trains; early stopping usually ends it sooner. The paper: 200.</source>
        <translation>每个网络最多训练的轮数；提前停止通常会更早结束。论文：200。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="120"/>
        <source>Early-stopping patience (epochs; empty: the preset&apos;s)</source>
        <translation>提前停止耐心值（轮次；留空：使用预设值）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="121"/>
        <source>Stop when the validation criterion has not improved for this many epochs; the best weights are kept.</source>
        <translation>验证准则在这么多轮内没有改善时停止；保留最佳权重。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="122"/>
        <source>Networks in the ensemble (empty: the preset&apos;s)</source>
        <translation>集成中的网络数（留空：使用预设值）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="123"/>
        <source>Networks trained from consecutive seeds and averaged. Training time grows with their number.</source>
        <translation>以连续的随机种子训练并取平均的网络。训练时间随其数量增加。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="124"/>
        <source>Encoding of the factor classes</source>
        <translation>因子类别的编码</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="125"/>
        <source>One-hot: each class is its own column. Ordinal: class c of a factor graded from a continuous raster (slope class 3 lies between 2 and 4) sets columns 1 to c, so that neighbouring classes share what they learn; categorical factors stay one-hot. Spatial cross-validation on the bundled data favours ordinal.</source>
        <translation>独热：每个类别单独一列。有序：由连续栅格分级的因子的第 c 类（坡度第 3 类位于第 2 与第 4 类之间）设置第 1 至 c 列，使相邻类别共享所学；类别型因子仍为独热。在附带数据上的空间交叉验证支持有序编码。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="126"/>
        <source>Validation part</source>
        <translation>验证部分</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="127"/>
        <source>How the samples held out for early stopping are drawn. Draw them like the test split: spatial blocks when the samples were split by spatial blocks.</source>
        <translation>为提前停止而保留的样本如何抽取。请按测试划分的方式抽取：若样本按空间块划分，则使用空间块。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="128"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="129"/>
        <source>Samples per training step. The paper: 32.</source>
        <translation>每个训练步的样本数。论文：32。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="130"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="131"/>
        <source>The optimiser&apos;s step size (AdamW in the default preset, Adam in the paper&apos;s).</source>
        <translation>优化器的步长（默认预设为 AdamW，论文预设为 Adam）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="132"/>
        <source>Dropout</source>
        <translation>Dropout</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="133"/>
        <source>Dropout before the dense layer (the paper: 0.5).</source>
        <translation>全连接层之前的 Dropout（论文：0.5）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="134"/>
        <source>Validation fraction</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="135"/>
        <source>Share of the training split held out for early stopping.</source>
        <translation>从训练集中留出用于早停的比例。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="136"/>
        <source>Random seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="137"/>
        <source>The same seed on the same machine gives the same result: the same model and metrics, the same folds and table.</source>
        <translation>同一台机器上相同的种子给出相同的结果：相同的模型和指标、相同的折和表格。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="138"/>
        <source>Batch normalisation momentum</source>
        <translation>批归一化动量</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="139"/>
        <source>Momentum of the moving statistics.</source>
        <translation>滑动统计量的动量。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="140"/>
        <source>Weight decay</source>
        <translation>权重衰减</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="141"/>
        <source>AdamW&apos;s weight decay; 0: Adam.</source>
        <translation>AdamW 的权重衰减；0：Adam。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="142"/>
        <source>Early-stopping criterion</source>
        <translation>提前停止准则</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="143"/>
        <source>The validation criterion early stopping watches.</source>
        <translation>提前停止所监视的验证准则。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="144"/>
        <source>Filters</source>
        <translation>滤波器</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="145"/>
        <source>Filters of the first convolution block.</source>
        <translation>第一个卷积块的滤波器数。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="146"/>
        <source>Coordinate channels</source>
        <translation>坐标通道</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="147"/>
        <source>The cells&apos; row and column as two more input channels.</source>
        <translation>像元的行和列作为另外两个输入通道。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="148"/>
        <source>Default (ensemble of networks)</source>
        <translation>默认（网络集成）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="149"/>
        <source>The paper&apos;s configuration</source>
        <translation>论文的配置</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="150"/>
        <source>one-hot (the paper)</source>
        <translation>独热编码（论文）</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="151"/>
        <source>ordinal for graded factors</source>
        <translation>分级因子用有序编码</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="152"/>
        <source>random cells</source>
        <translation>随机像元</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="153"/>
        <source>whole landslides</source>
        <translation>整体滑坡</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="154"/>
        <source>spatial blocks</source>
        <translation>空间分块</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="155"/>
        <source>Give the factor stack the samples were drawn from (--catalogue stack.tif, or its catalogue .json).</source>
        <translation>请给出样本所来自的因子堆栈（--catalogue stack.tif，或其目录 .json）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="198"/>
        <source>The environment folder &apos;{folder}&apos; is a file. Choose a new or empty folder (or leave the parameter empty for the folder in your QGIS profile).</source>
        <translation>环境文件夹“{folder}”是一个文件。请选择一个新的或空的文件夹（或将此参数留空，使用 QGIS 配置文件中的文件夹）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="199"/>
        <source>The environment folder &apos;{folder}&apos; already holds other files, which the set-up would replace. Choose a new or empty folder, e.g. a new subfolder of it (or leave the parameter empty for the folder in your QGIS profile).</source>
        <translation>环境文件夹“{folder}”中已有其他文件，安装会替换它们。请选择一个新的或空的文件夹，例如其中的一个新子文件夹（或将此参数留空，使用 QGIS 配置文件中的文件夹）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="203"/>
        <source>The base Python &apos;{path}&apos; is a folder. Name the python executable itself (python.exe on Windows, e.g. bin/python3 inside a folder on Linux and macOS) in BASE_PYTHON.</source>
        <translation>基础 Python“{path}”是一个文件夹。请在 BASE_PYTHON 中指定 Python 可执行文件本身（Windows 上为 python.exe，Linux 和 macOS 上例如文件夹中的 bin/python3）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="207"/>
        <source>The environment folder &apos;{folder}&apos; cannot be created: &apos;{parent}&apos; is not writable ({error}). Choose a folder you can write to.</source>
        <translation>无法创建环境文件夹“{folder}”：“{parent}”不可写（{error}）。请选择一个您可以写入的文件夹。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="81"/>
        <source>{partition}: no clear winner. {best} leads {runner_up} by {lead:.3f} AUROC (paired over {folds} folds), within the {margin:.3f} that chance allows; choose either on other grounds.</source>
        <translation>{partition}：没有明显的优胜者。{best} 领先 {runner_up} {lead:.3f} AUROC（在 {folds} 个折上配对比较），仍在随机波动允许的 {margin:.3f} 范围内；请依据其他因素选择。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="84"/>
        <source>{partition}: {best} is the only model.</source>
        <translation>{partition}：{best} 是唯一的模型。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="85"/>
        <source>{partition}: best model {best}, ahead of {runner_up} by {lead:.3f} AUROC (paired over {folds} folds, more than the {margin:.3f} chance allows).</source>
        <translation>{partition}：最佳模型 {best}，领先 {runner_up} {lead:.3f} AUROC（在 {folds} 个折上配对比较，超过随机波动允许的 {margin:.3f}）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="63"/>
        <source>The mapping units layer holds no polygon. Choose a layer of polygons (slope units, catchments, parcels ...).</source>
        <translation>制图单元图层中没有多边形。请选择一个多边形图层（坡面单元、流域、地块……）。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="95"/>
        <source>Permutation importance needs landslide and non-landslide test samples; these have only {count} of one kind. Use samples from &apos;Extract training samples&apos; with a test split.</source>
        <translation>置换重要性需要滑坡和非滑坡测试样本；这些样本只有一种，共 {count} 个。请使用来自 '提取训练样本' 且带测试集的样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="96"/>
        <source>The samples have no test split (&apos;split&apos; = &apos;test&apos;); the importance is measured on it. Use samples from &apos;Extract training samples&apos;.</source>
        <translation>样本没有测试集（'split' = 'test'）；重要性在测试集上测量。请使用来自 '提取训练样本' 的样本。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="55"/>
        <source>This model file does not know the share of its study area&apos;s cells on a landslide, so its index cannot be turned into a probability. Train it on samples from &apos;Extract training samples&apos; of this version (they carry that share), or leave the probability output empty.</source>
        <translation>该模型文件不知道其研究区中位于滑坡上的像元比例，因此其指数无法转换为概率。请使用本版本 '提取训练样本' 得到的样本（其中带有该比例）重新训练，或将概率输出留空。</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="65"/>
        <source>probability raster</source>
        <translation>概率栅格</translation>
    </message>
    <message>
        <location filename="../.build/engine_messages.py" line="66"/>
        <source>The probability raster &apos;{path}&apos; is not on the grid of the susceptibility raster &apos;{index}&apos;. Give the probability that &apos;Susceptibility map&apos; wrote with that index.</source>
        <translation>概率栅格 &apos;{path}&apos; 与易发性栅格 &apos;{index}&apos; 不在同一格网上。请给出 &apos;易发性制图&apos; 用该指数写出的概率。</translation>
    </message>
</context>
<context>
    <name>LsghnetPlugin</name>
    <message>
        <location filename="../plugin.py" line="49"/>
        <source>LSGH-Net sample data (Ecuador)</source>
        <translation>LSGH-Net 示例数据（厄瓜多尔）</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Set up the deep-learning environment…</source>
        <translation>配置深度学习环境…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Load the sample data (Ecuador)</source>
        <translation>加载示例数据（厄瓜多尔）</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="88"/>
        <source>Tutorial</source>
        <translation>教程</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="104"/>
        <source>&amp;Landslide susceptibility (LSGH-Net)</source>
        <translation>滑坡易发性（LSGH-Net）(&amp;L)</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>LSGH-Net</source>
        <translation>LSGH-Net</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="112"/>
        <source>Training and mapping need a one-time set-up (about 1.6 GB). Nothing is installed until you run it.</source>
        <translation>训练和制图需要一次性配置（约 1.6 GB）。在您运行配置之前不会安装任何内容。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="114"/>
        <source>Set up…</source>
        <translation>配置…</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="136"/>
        <source>The sample data is in the layer group &apos;{0}&apos;. Open the whole chain from the plugin&apos;s menu to map it.</source>
        <translation>示例数据位于图层组“{0}”中。从插件菜单打开完整流程即可制图。</translation>
    </message>
    <message>
        <location filename="../plugin.py" line="144"/>
        <source>LSGH-Net tutorial</source>
        <translation>LSGH-Net 教程</translation>
    </message>
</context>
<context>
    <name>LsghnetProvider</name>
    <message>
        <location filename="../algorithms/provider.py" line="35"/>
        <source>Landslide susceptibility (LSGH-Net)</source>
        <translation>滑坡易发性（LSGH-Net）</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="54"/>
        <source>Python for training and prediction (needs Keras; empty: the environment &apos;Set up the deep-learning environment&apos; made, else the plugin&apos;s .venv, else python3)</source>
        <translation>用于训练和预测的 Python（需要 Keras；留空：使用“配置深度学习环境”创建的环境，其次为插件的 .venv，再次为 python3）</translation>
    </message>
</context>
<context>
    <name>LsghnetWorker</name>
    <message>
        <location filename="../algorithms/worker_runner.py" line="121"/>
        <source>Cancelled: the worker was stopped and nothing was written.</source>
        <translation>已取消：工作进程已停止，未写入任何内容。</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="126"/>
        <source>The Keras worker ({0}) stopped unexpectedly (exit code {1}). Its last lines:
{2}</source>
        <translation>Keras 工作进程（{0}）意外停止（退出码 {1}）。最后几行输出：
{2}</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="76"/>
        <source>The Keras worker&apos;s Python &apos;{0}&apos; does not exist or cannot run. Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox, or correct the path in Settings &gt; Options &gt; Processing &gt; Providers &gt; Landslide susceptibility (LSGH-Net).</source>
        <translation>Keras 工作进程的 Python“{0}”不存在或无法运行。请在处理工具箱中运行“配置 &gt; 配置深度学习环境”，或在 设置 &gt; 选项 &gt; 处理 &gt; 提供者 &gt; 滑坡易发性（LSGH-Net）中更正路径。</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="67"/>
        <source>Run &apos;Setup &gt; Set up the deep-learning environment&apos; in the Processing toolbox once; it installs Keras with TensorFlow or PyTorch into your QGIS profile.</source>
        <translation>请在处理工具箱中运行一次“设置 &gt; 设置深度学习环境”；它会将 Keras 及 TensorFlow 或 PyTorch 安装到您的 QGIS 配置文件中。</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="72"/>
        <source>The deep-learning steps need their own Python environment, and none is set up yet.</source>
        <translation>深度学习步骤需要独立的 Python 环境，但尚未设置。</translation>
    </message>
    <message>
        <location filename="../algorithms/worker_runner.py" line="82"/>
        <source>The Keras worker&apos;s Python &apos;{0}&apos; lacks the package(s) {1}.</source>
        <translation>Keras 工作进程的 Python“{0}”缺少软件包 {1}。</translation>
    </message>
</context>
<context>
    <name>MappingUnits</name>
    <message>
        <location filename="../algorithms/mapping_units.py" line="41"/>
        <source>The mapping units must be polygons (slope units, catchments, parcels ...); this layer has other geometries.</source>
        <translation>制图单元必须是多边形（坡面单元、流域、地块……）；该图层的几何类型不同。</translation>
    </message>
    <message>
        <location filename="../algorithms/mapping_units.py" line="44"/>
        <source>mapping units layer</source>
        <translation>制图单元图层</translation>
    </message>
    <message>
        <location filename="../algorithms/mapping_units.py" line="89"/>
        <source>{0} mapping units zoned; {1} hold no cell with an index.</source>
        <translation>已对 {0} 个制图单元分区；其中 {1} 个单元内没有带指数的像元。</translation>
    </message>
</context>
<context>
    <name>OutputWriters</name>
    <message>
        <location filename="../algorithms/outputs.py" line="116"/>
        <source>Could not write an output layer ({0}). Check that its disk has free space and that you may write there; nothing was left behind.</source>
        <translation>无法写入输出图层（{0}）。请检查其所在磁盘是否有可用空间，以及您是否有写入权限；未留下任何文件。</translation>
    </message>
</context>
<context>
    <name>ParameterBuilders</name>
    <message>
        <location filename="../algorithms/parameters.py" line="48"/>
        <source>Allowed: {0} to {1}.</source>
        <translation>允许范围：{0} 到 {1}。</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="57"/>
        <source>HTML files (*.html)</source>
        <translation>HTML 文件 (*.html)</translation>
    </message>
</context>
<context>
    <name>ParameterChecks</name>
    <message>
        <location filename="../algorithms/checks.py" line="66"/>
        <source>{0} must be a number; it is &apos;{1}&apos;.</source>
        <translation>{0} 必须是数字；当前为“{1}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="72"/>
        <source>{0} must be a whole number from {1:g} to {2:g}; it is {3}.</source>
        <translation>{0} 必须是 {1:g} 到 {2:g} 之间的整数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="72"/>
        <source>{0} must be a number from {1:g} to {2:g}; it is {3}.</source>
        <translation>{0} 必须是 {1:g} 到 {2:g} 之间的数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="75"/>
        <source>{0} must be a whole number of at least {1:g}; it is {3}.</source>
        <translation>{0} 必须是不小于 {1:g} 的整数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="75"/>
        <source>{0} must be a number of at least {1:g}; it is {3}.</source>
        <translation>{0} 必须是不小于 {1:g} 的数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="78"/>
        <source>{0} must be a whole number of at most {2:g}; it is {3}.</source>
        <translation>{0} 必须是不大于 {2:g} 的整数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="78"/>
        <source>{0} must be a number of at most {2:g}; it is {3}.</source>
        <translation>{0} 必须是不大于 {2:g} 的数；当前为 {3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="97"/>
        <source>{0} must be a .{1} file; it is &apos;{2}&apos;.</source>
        <translation>{0} 必须是 .{1} 文件；当前为“{2}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="103"/>
        <source>{0} must be one of {1}; it is {2}.</source>
        <translation>{0} 必须是以下之一：{1}；当前为 {2}。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="122"/>
        <source>The file &apos;{1}&apos; given for {0} does not exist. Check the path.</source>
        <translation>为 {0} 指定的文件“{1}”不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="136"/>
        <source>The {0} &apos;{1}&apos; does not exist. Check the path.</source>
        <translation>{0}“{1}”不存在。请检查路径。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="141"/>
        <source>QGIS cannot load the {0} &apos;{1}&apos;. Check that it is a raster file.</source>
        <translation>QGIS 无法加载{0}“{1}”。请检查它是否为栅格文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="178"/>
        <source>The output {0} is the file of the input {1} (&apos;{2}&apos;): writing it would destroy that input. Choose another file for {0}.</source>
        <translation>输出 {0} 与输入 {1} 是同一个文件（“{2}”）：写入它会破坏该输入。请为 {0} 选择另一个文件。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="196"/>
        <source>The folder of {0} (&apos;{1}&apos;) does not exist. Choose an existing folder.</source>
        <translation>{0} 的文件夹（“{1}”）不存在。请选择一个已有的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="199"/>
        <source>The folder of {0} (&apos;{1}&apos;) cannot be written to. Choose a folder you may write to.</source>
        <translation>无法写入 {0} 的文件夹（“{1}”）。请选择一个您有写入权限的文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/checks.py" line="213"/>
        <source>This algorithm needs the Python package(s) {0}, which QGIS&apos;s Python cannot import. Install them with {1}&apos;python3 -m pip install {2}&apos; for the Python that runs QGIS (on Windows in the OSGeo4W Shell), then restart QGIS.</source>
        <translation>此算法需要 Python 软件包 {0}，而 QGIS 的 Python 无法导入它们。请为运行 QGIS 的 Python 使用 {1}“python3 -m pip install {2}”安装（Windows 上在 OSGeo4W Shell 中），然后重启 QGIS。</translation>
    </message>
</context>
<context>
    <name>PredictSusceptibility</name>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="85"/>
        <source>Susceptibility map</source>
        <translation>易发性制图</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="87"/>
        <source>Mapping</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="99"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="99"/>
        <source>A model from &apos;Train susceptibility model&apos; (any kind, random forest included).</source>
        <translation>“训练易发性模型”生成的模型（任意类型，包括随机森林）。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="101"/>
        <source>Factor stack, or raw factor rasters</source>
        <translation>因子栈，或原始因子栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="101"/>
        <source>The graded stack from &apos;Prepare factor stack&apos; (its catalogue must match the model&apos;s), or the raw factor rasters, named like the model&apos;s factors, which are then graded with the model&apos;s catalogue: a model trained once can map a new area or a newer DEM.</source>
        <translation>“准备因子栈”生成的分级因子栈（其目录须与模型一致），或按模型因子命名的原始因子栅格（将使用模型目录进行分级）：训练一次的模型即可用于新区域或更新的 DEM。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="107"/>
        <source>Susceptibility</source>
        <translation>易发性</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="107"/>
        <source>Float32 GeoTIFF on the input&apos;s grid, values in [0, 1], nodata (-9999) wherever a factor is nodata; styled in five classes from green to red.</source>
        <translation>与输入同一格网的 Float32 GeoTIFF，取值范围 [0, 1]，任一因子无数据处为无数据（-9999）；按绿到红五级着色。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="156"/>
        <source>Choose the factor stack or the raw factor rasters.</source>
        <translation>请选择因子栈或原始因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="167"/>
        <source>The susceptibility raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>易发性栅格为 GeoTIFF：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="178"/>
        <source>Input: the factor stack &apos;{0}&apos;.</source>
        <translation>输入：因子栈“{0}”。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="180"/>
        <source>Input: {0} raw factor band(s), graded with the model&apos;s catalogue.</source>
        <translation>输入：{0} 个原始因子波段，使用模型目录进行分级。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="191"/>
        <source>{0} cells predicted ({1} distinct factor-class combinations, each predicted once), {2} nodata cells; model {3} on {4}.</source>
        <translation>已预测 {0} 个像元（{1} 种不同的因子类别组合，每种只预测一次），{2} 个无数据像元；模型 {3}，设备 {4}。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="159"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="110"/>
        <source>Uncertainty (ensemble models)</source>
        <translation>不确定性（集成模型）</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="110"/>
        <source>Optional Float32 GeoTIFF: per cell, the standard deviation of the susceptibility of the ensemble&apos;s networks (default preset). Dark where they disagree: read the map there with care, or add landslides and factors that cover such ground.</source>
        <translation>可选的 Float32 GeoTIFF：每个像元上集成中各网络易发性的标准差（默认预设）。颜色深处表示网络意见不一：请谨慎解读该处的地图，或补充覆盖此类地形的滑坡和因子。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="171"/>
        <source>The uncertainty raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>不确定性栅格为 GeoTIFF：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="115"/>
        <source>Probability of a landslide cell</source>
        <translation>滑坡像元概率</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="115"/>
        <source>Optional Float32 GeoTIFF: the index turned into the probability that a cell is a landslide cell, for the share of landslide cells in the study area (the index is learned from as many landslide as other samples, so 0.8 does not mean 80 %). Same ranking as the index. Needs a model trained on samples from &apos;Extract training samples&apos; of this version.</source>
        <translation>可选的 Float32 GeoTIFF：将指数转换为某像元为滑坡像元的概率，按研究区中滑坡像元的比例校正（指数由数量相同的滑坡样本和其他样本学习得到，因此 0.8 并不表示 80 %）。排序与指数相同。需要使用本版本 '提取训练样本' 得到的样本训练的模型。</translation>
    </message>
    <message>
        <location filename="../algorithms/predict_susceptibility.py" line="175"/>
        <source>The probability raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>概率栅格为 GeoTIFF：请使用 .tif 扩展名。</translation>
    </message>
</context>
<context>
    <name>PrepareFactors</name>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="31"/>
        <source>Prepare factor stack</source>
        <translation>准备因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="33"/>
        <source>Factors</source>
        <translation>因子</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="43"/>
        <source>Causative factors</source>
        <translation>致灾因子</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="49"/>
        <source>Grading (one row per factor)</source>
        <translation>分级表（每个因子一行）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="57"/>
        <source>Reference grid</source>
        <translation>参考格网</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="58"/>
        <source>Raster whose grid (extent, pixel size, CRS) the stack takes; default: the first factor. Other factors are warped to it (nearest neighbour for categorical, bilinear for continuous factors).</source>
        <translation>因子栈采用其格网（范围、像元大小、坐标系）的栅格；默认：第一个因子。其他因子将重采样到该格网（类别型用最邻近，连续型用双线性）。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="61"/>
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="63"/>
        <source>Cells whose centre lies outside these polygons are nodata (0) in the stack.</source>
        <translation>中心位于这些多边形之外的像元在因子栈中为无数据（0）。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="64"/>
        <source>Factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="65"/>
        <source>GeoTIFF, band i = factor i graded to classes 1..k, 0 = nodata (any factor nodata or outside the mask); band descriptions are the factor names. Its catalogue is stored inside it and written beside it as &lt;name&gt;.json.</source>
        <translation>GeoTIFF，第 i 波段 = 第 i 个因子分级后的类别 1..k，0 = 无数据（任一因子无数据或在掩膜之外）；波段描述为因子名称。其目录保存在文件内部，并另存为同名 &lt;name&gt;.json。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="68"/>
        <source>Factor catalogue</source>
        <translation>因子目录</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="68"/>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="71"/>
        <source>A further copy of the catalogue: every factor, its kind, breaks or category codes and class labels.</source>
        <translation>目录的另一份副本：每个因子、其类型、分级断点或类别代码以及类别标签。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="79"/>
        <source>&apos;{0}&apos; is not a raster layer; factors must be rasters.</source>
        <translation>“{0}”不是栅格图层；因子必须是栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="85"/>
        <source>Choose at least one factor raster.</source>
        <translation>请至少选择一个因子栅格。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="88"/>
        <source>reference grid</source>
        <translation>参考格网</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="89"/>
        <source>The stack is written as a GeoTIFF: give it a .tif extension.</source>
        <translation>因子栈以 GeoTIFF 格式写出：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="108"/>
        <source>{0}: {1}, {2} classes ({3}: {4})</source>
        <translation>{0}：{1}，{2} 个类别（{3}：{4}）</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="53"/>
        <source>Factor: its name. Method: categorical (each code a class), breaks (explicit, increasing, separated by spaces or &apos;;&apos;), equal, quantile or jenks (with Classes, 2 to 100). Unlisted factors: continuous, 10 quantile classes. In qgis_process: GRADING=slope,breaks,,10;20;30,lithology,categorical,,</source>
        <translation>因子：其名称。方法：categorical（每个代码为一类）、breaks（显式、递增，以空格或“;”分隔）、equal、quantile 或 jenks（配合类别数，2 到 100）。未列出的因子：连续型，10 个分位数类别。在 qgis_process 中：GRADING=slope,breaks,,10;20;30,lithology,categorical,,</translation>
    </message>
    <message>
        <location filename="../algorithms/prepare_factors.py" line="45"/>
        <source>One raster per factor (slope, lithology, land use ...); each band of a multi-band raster is a factor of its own, named by its band description. The layer name is a single-band factor&apos;s name. A stand-in value for no data (-9999, -32768 ...) must be declared as the raster&apos;s nodata value.</source>
        <translation>每个因子一个栅格（坡度、岩性、土地利用……）；多波段栅格的每个波段都是一个独立因子，以其波段描述命名。单波段因子以图层名命名。表示无数据的替代值（-9999、-32768 ……）必须声明为栅格的无数据值。</translation>
    </message>
</context>
<context>
    <name>SamplesFile</name>
    <message>
        <location filename="../algorithms/samples_io.py" line="24"/>
        <source>The samples are {0} features; samples are points, one per cell, as &apos;Extract training samples&apos; writes them. Use that output, or turn the features into points with &apos;Centroids&apos;.</source>
        <translation>样本是{0}要素；样本应为点，每个像元一个，正如“提取训练样本”所写出的那样。请使用该输出，或用“质心”将要素转为点。</translation>
    </message>
    <message>
        <location filename="../algorithms/samples_io.py" line="48"/>
        <source>Sample feature {0} holds {1} points; a sample is one point (one cell). Split the layer with &apos;Multipart to singleparts&apos; first.</source>
        <translation>样本要素 {0} 包含 {1} 个点；一个样本是一个点（一个像元）。请先用“多部件转单部件”拆分该图层。</translation>
    </message>
</context>
<context>
    <name>SetupEnvironment</name>
    <message>
        <location filename="../algorithms/setup_environment.py" line="27"/>
        <source>Set up the deep-learning environment</source>
        <translation>配置深度学习环境</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="29"/>
        <source>Setup</source>
        <translation>配置</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="39"/>
        <source>Environment folder</source>
        <translation>环境文件夹</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Deep-learning backend</source>
        <translation>深度学习后端</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>TensorFlow, CPU (PyTorch where TensorFlow has no build)</source>
        <translation>TensorFlow，CPU（没有 TensorFlow 构建时使用 PyTorch）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>PyTorch</source>
        <translation>PyTorch</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Base Python (empty: the one QGIS uses)</source>
        <translation>基础 Python（留空：使用 QGIS 的 Python）</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>The Python the environment is made from; it must have GDAL&apos;s bindings (osgeo). Empty: the Python that ships with QGIS on Windows and macOS, /usr/bin/python3 on Linux.</source>
        <translation>用于创建环境的 Python，必须带有 GDAL 绑定（osgeo）。留空：Windows 和 macOS 上使用 QGIS 自带的 Python，Linux 上使用 /usr/bin/python3。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>Where the environment goes. Empty: the folder lsghnet/worker-environment in your QGIS profile, which survives plugin upgrades.</source>
        <translation>环境存放位置。留空：QGIS 配置文件中的 lsghnet/worker-environment 文件夹，插件升级后仍会保留。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="58"/>
        <source>Worker Python</source>
        <translation>工作进程 Python</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="59"/>
        <source>Keras backend</source>
        <translation>Keras 后端</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="60"/>
        <source>GPUs seen</source>
        <translation>检测到的 GPU</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="81"/>
        <source>Only {0:.1f} GB are free on the disk holding &apos;{1}&apos;; the environment needs about 3 GB. Free some space or choose another Environment folder.</source>
        <translation>“{1}”所在的磁盘仅剩 {0:.1f} GB 可用空间；该环境约需 3 GB。请释放空间或选择其他环境文件夹。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="84"/>
        <source>Base Python {0} (version {1}); environment {2}.</source>
        <translation>基础 Python {0}（版本 {1}）；环境 {2}。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="88"/>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="89"/>
        <source>The worker runs Keras {0} on {1} {2}; GPUs: {3}.</source>
        <translation>工作进程在 {1} {2} 上运行 Keras {0}；GPU：{3}。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="97"/>
        <source>The training, prediction and evaluation algorithms now use {0}.</source>
        <translation>训练、预测和评估算法现在使用 {0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../algorithms/setup_environment.py" line="42"/>
        <source>TensorFlow runs the networks fastest on the CPU; these small networks gain nothing from a GPU. PyTorch is the alternative where TensorFlow cannot be installed; for an NVIDIA GPU on Windows, install PyTorch&apos;s CUDA build into the environment afterwards, as PyTorch&apos;s own install instructions say.</source>
        <translation>在 CPU 上 TensorFlow 运行网络最快；这些小型网络无法从 GPU 获益。在无法安装 TensorFlow 的地方可选择 PyTorch；若要在 Windows 上使用 NVIDIA GPU，请之后按照 PyTorch 自己的安装说明将其 CUDA 构建安装到该环境中。</translation>
    </message>
</context>
<context>
    <name>ShippedModel</name>
    <message>
        <location filename="../algorithms/provider.py" line="90"/>
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>完整流程：从因子到易发性分区</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="91"/>
        <source>Compare LSGH-Net with the CNN baseline</source>
        <translation>比较 LSGH-Net 与 CNN 基线</translation>
    </message>
    <message>
        <location filename="../algorithms/provider.py" line="93"/>
        <source>Workflows</source>
        <translation>工作流程</translation>
    </message>
</context>
<context>
    <name>TrainModel</name>
    <message>
        <location filename="../algorithms/train_model.py" line="32"/>
        <source>Train susceptibility model</source>
        <translation>训练易发性模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="34"/>
        <source>Modelling</source>
        <translation>建模</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="48"/>
        <source>Training samples</source>
        <translation>训练样本</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="48"/>
        <source>Output of &apos;Extract training samples&apos; (fields label, kind, split and one per factor).</source>
        <translation>“提取训练样本”的输出（字段 label、kind、split 以及每个因子一个字段）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="51"/>
        <source>Factor stack the samples come from</source>
        <translation>样本所来自的因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="51"/>
        <source>Its factor catalogue goes into the model file, so that prediction can check (or grade) its input; the samples&apos; factor fields are checked against it.</source>
        <translation>其因子目录会写入模型文件，以便预测时检查（或分级）输入；样本的因子字段也会与其核对。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="54"/>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="54"/>
        <source>lsghnet / lsghnet_noscse / cnn / rf. CNN and RF ignore the heatmap samples.</source>
        <translation>lsghnet / lsghnet_noscse / cnn / rf。CNN 与 RF 忽略热力图样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>Model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>LSGH-Net model (*.lsghnet)</source>
        <translation>LSGH-Net 模型 (*.lsghnet)</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="59"/>
        <source>Weights plus the factor catalogue, encoding, model kind, hyper-parameters, metrics and library versions. Loading it never runs code from the file.</source>
        <translation>权重以及因子目录、编码方式、模型类型、超参数、指标和库版本。加载时绝不会执行文件中的代码。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="64"/>
        <source>Test metrics</source>
        <translation>测试指标</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="64"/>
        <source>Accuracy, precision, specificity, sensitivity, F1, MSE, AP and ROC AUC on the test split: all samples binarized at 0.5 (as the paper), and hard samples only.</source>
        <translation>测试集上的准确率、精确率、特异度、敏感度、F1、MSE、AP 与 ROC AUC：全部样本按 0.5 二值化（同论文），以及仅硬样本。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="68"/>
        <source>Training report</source>
        <translation>训练报告</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="68"/>
        <source>Training curves and the precision-recall curve.</source>
        <translation>训练曲线和精确率-召回率曲线。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="77"/>
        <source>factor stack</source>
        <translation>因子栈</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="82"/>
        <source>Give the model file the extension .lsghnet ({0}).</source>
        <translation>请为模型文件使用扩展名 .lsghnet（{0}）。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="95"/>
        <source>Device: {0}.</source>
        <translation>设备：{0}。</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="97"/>
        <source>Test ({0}): {1}</source>
        <translation>测试（{0}）：{1}</translation>
    </message>
    <message>
        <location filename="../algorithms/train_model.py" line="101"/>
        <source>The model was saved to a temporary file, which QGIS deletes when it closes: {0}. To keep it, copy it to a folder of yours now, or train again with &apos;Model file&apos; set to a file of yours.</source>
        <translation>模型已保存到临时文件，QGIS 关闭时会将其删除：{0}。如需保留，请立即将其复制到您自己的文件夹，或将“模型文件”设为您自己的文件后重新训练。</translation>
    </message>
</context>
<context>
    <name>TrainingParameters</name>
    <message>
        <location filename="../algorithms/parameters.py" line="101"/>
        <source>the preset&apos;s</source>
        <translation>使用预设值</translation>
    </message>
    <message>
        <location filename="../algorithms/parameters.py" line="97"/>
        <source>Default preset: {0}; the paper: {1}.</source>
        <translation>默认预设：{0}；论文：{1}。</translation>
    </message>
</context>
<context>
    <name>Zoning</name>
    <message>
        <location filename="../algorithms/zoning.py" line="48"/>
        <source>Susceptibility zoning and landslide density</source>
        <translation>易发性分区与滑坡密度</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="50"/>
        <source>Mapping</source>
        <translation>制图</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69"/>
        <source>Susceptibility raster</source>
        <translation>易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="69"/>
        <source>Susceptibility index in [0, 1], e.g. the output of &apos;Susceptibility map&apos;.</source>
        <translation>易发性指数，取值 [0, 1]，例如“易发性制图”的输出。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71"/>
        <source>Landslides (points or polygons)</source>
        <translation>滑坡（点或面）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="71"/>
        <source>Landslide units: the cell holding each point, or every cell inside each polygon. Any CRS.</source>
        <translation>滑坡单元：每个点所在的像元，或每个多边形内的所有像元。任意坐标系。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75"/>
        <source>Study area mask</source>
        <translation>研究区掩膜</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="75"/>
        <source>Only cells inside these polygons are zoned and counted.</source>
        <translation>仅对这些多边形内的像元进行分区和统计。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Zoning method</source>
        <translation>分区方法</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Jenks natural breaks</source>
        <translation>Jenks 自然断点</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>equal intervals</source>
        <translation>等间隔</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>quantiles</source>
        <translation>分位数</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>user breaks</source>
        <translation>用户断点</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="78"/>
        <source>Jenks on the whole raster (the paper); equal intervals 0-0.2 ... 0.8-1 (the paper&apos;s tables); quantiles; or the breaks given below.</source>
        <translation>对整幅栅格使用 Jenks（论文方法）；等间隔 0-0.2 ... 0.8-1（论文表格）；分位数；或下方给出的断点。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83"/>
        <source>Number of zones</source>
        <translation>分区数</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="83"/>
        <source>Five zones are labelled extremely low, low, moderate, high, extremely high.</source>
        <translation>五个分区的标签为：极低、低、中、高、极高。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87"/>
        <source>User breaks (e.g. 0.2 0.4 0.6 0.8)</source>
        <translation>用户断点（例如 0.2 0.4 0.6 0.8）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="87"/>
        <source>Increasing breaks strictly between 0 and 1, for the &apos;user breaks&apos; method; they make (number of breaks + 1) zones.</source>
        <translation>位于 0 和 1 之间的严格递增断点，用于“用户断点”方法；生成（断点数 + 1）个分区。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91"/>
        <source>Further susceptibility rasters to compare</source>
        <translation>用于比较的其他易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="91"/>
        <source>Other models&apos; maps on the same grid (e.g. the CNN baseline): zoned the same way and shown side by side in the table and charts.</source>
        <translation>同一格网上其他模型的易发性图（例如 CNN 基线）：以相同方式分区，并在表格和图表中并列显示。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="104"/>
        <source>Zones</source>
        <translation>分区</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="104"/>
        <source>Zone numbers 1..N (Byte, 0 = nodata), styled green to red with the zone labels.</source>
        <translation>分区编号 1..N（Byte，0 = 无数据），按绿到红着色并带分区标签。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106"/>
        <source>Zoning table</source>
        <translation>分区表</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="106"/>
        <source>Per model and zone: bounds, cells, area, share of cells, landslide units, share of landslide units, landslide density and frequency ratio.</source>
        <translation>每个模型和分区：边界、像元数、面积、像元占比、滑坡单元数、滑坡单元占比、滑坡密度和频率比。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110"/>
        <source>Zoning report</source>
        <translation>分区报告</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="110"/>
        <source>Frequency histogram of the index and landslide density per zone.</source>
        <translation>易发性指数频率直方图及各分区滑坡密度。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="150"/>
        <source>susceptibility raster</source>
        <translation>易发性栅格</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="137"/>
        <source>User breaks must be numbers separated by spaces (got &apos;{0}&apos;).</source>
        <translation>用户断点必须是以空格分隔的数字（当前为“{0}”）。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="172"/>
        <source>{0} landslide(s) lie outside the raster.</source>
        <translation>{0} 个滑坡位于栅格之外。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="176"/>
        <source>{0}: zone bounds {1}</source>
        <translation>{0}：分区边界 {1}</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="182"/>
        <source>{0}: no landslide falls on a zoned cell; the table holds cell counts only. Check the landslide layer and the mask.</source>
        <translation>{0}：没有滑坡落在已分区的像元上；表中只有像元统计。请检查滑坡图层和掩膜。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="185"/>
        <source>rises monotonically</source>
        <translation>单调上升</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="185"/>
        <source>does NOT rise monotonically</source>
        <translation>并非单调上升</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="187"/>
        <source>{0}: landslide density {1} from zone to zone; the top two zones hold {2:.1f} % of the landslide units on {3:.1f} % of the area.</source>
        <translation>{0}：滑坡密度在各分区间{1}；最高两个分区以 {3:.1f} % 的面积包含 {2:.1f} % 的滑坡单元。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="152"/>
        <source>The &apos;user breaks&apos; method needs breaks, e.g. &apos;0.2 0.4 0.6 0.8&apos;.</source>
        <translation>“用户断点”方法需要断点，例如“0.2 0.4 0.6 0.8”。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="139"/>
        <source>The zones raster is a GeoTIFF: give it a .tif extension.</source>
        <translation>分区栅格为 GeoTIFF：请使用 .tif 扩展名。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="129"/>
        <source>&apos;{0}&apos; has {1} bands; zoning reads its first band as the susceptibility index.</source>
        <translation>“{0}”有 {1} 个波段；分区读取其第一个波段作为易发性指数。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95"/>
        <source>Mapping units (slope units, catchments ...)</source>
        <translation>制图单元（坡面单元、流域……）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="95"/>
        <source>Optional polygons planners work with: each gets the mean and the 90th percentile of the index over its cells, the zone of its mean, its landslides and their density.</source>
        <translation>可选的规划人员使用的多边形：每个多边形得到其像元上指数的平均值和第 90 百分位数、平均值所在的分区、其中的滑坡及其密度。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="112"/>
        <source>Zoning per mapping unit</source>
        <translation>按制图单元分区</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="99"/>
        <source>Probability raster (for the mapping units)</source>
        <translation>概率栅格（用于制图单元）</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="99"/>
        <source>Optional: the probability of a landslide cell that &apos;Susceptibility map&apos; wrote with this index. Each mapping unit then also gets its mean probability: the share of its cells expected on a landslide.</source>
        <translation>可选：&apos;易发性制图&apos; 用此指数写出的滑坡像元概率。每个制图单元还会得到其平均概率：其像元中预计位于滑坡上的比例。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="112"/>
        <source>The mapping units with their fields and cells, mean_index, p90_index, zone, zone_label, landslides, landslide_cells, density_pct (% of the unit&apos;s cells) and probability (with the probability raster), coloured by zone. Written when mapping units are given.</source>
        <translation>制图单元及其字段，以及 cells、mean_index、p90_index、zone、zone_label、landslides、landslide_cells、density_pct（占单元像元的 %）和 probability（给出概率栅格时），按分区着色。给出制图单元时写出。</translation>
    </message>
    <message>
        <location filename="../algorithms/zoning.py" line="146"/>
        <source>probability raster</source>
        <translation>概率栅格</translation>
    </message>
</context>
<context>
    <name>cls</name>
    <message>
        <location filename="../plugin.py" line="101"/>
        <source>Whole chain: factors to susceptibility zoning</source>
        <translation>完整流程：从因子到易发性分区</translation>
    </message>
</context>
</TS>
