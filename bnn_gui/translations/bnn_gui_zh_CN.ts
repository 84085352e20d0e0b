<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../gui/live/canvas.py" line="35"/>
        <source>Draw a digit. Right button or the eraser removes strokes.</source>
        <translation>写一个数字。鼠标右键或橡皮擦可以擦除笔画。</translation>
    </message>
    <message>
        <location filename="../gui/live/canvas.py" line="216"/>
        <source>draw a digit here</source>
        <translation>在这里写一个数字</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="28"/>
        <source>Evaluate the live model</source>
        <translation>评估当前模型</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="29"/>
        <source>Read all 10,000 MNIST test digits with the live model</source>
        <translation>用当前模型识别全部 10,000 个 MNIST 测试数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="30"/>
        <source>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</source>
        <translation>当前模型在 MNIST 测试集上各数字的准确率、混淆矩阵以及识别错误的数字。</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="33"/>
        <source>Rows: the true digit; columns: the answer. Click a cell to see its digits</source>
        <translation>行：真实数字；列：网络的答案。点击格子查看其中的数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="48"/>
        <source>Double-click a digit to put it on the canvas</source>
        <translation>双击一个数字，把它放到画布上</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="69"/>
        <source>reading 10,000 test digits with {0}…</source>
        <translation>正在用 {0} 识别 10,000 个测试数字…</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="77"/>
        <source>evaluation failed: {0}</source>
        <translation>评估失败：{0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="85"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{2} 个测试数字中正确 {1}%；最难的数字是 {3}（{4}%）</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="101"/>
        <source>all misread digits</source>
        <translation>所有识别错误的数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="106"/>
        <source>true {0}, read as {1}</source>
        <translation>真实为 {0}，读成 {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="112"/>
        <source> (first {0})</source>
        <translation>（前 {0} 个）</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="113"/>
        <source>{0}: {1}{2}; double-click one to draw it</source>
        <translation>{0}：{1}{2}；双击其中一个可放到画布上</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="118"/>
        <source>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</source>
        <translation>测试数字 #{0}：真实为 {1}，读成 {2}（{3}%），第二选择 {4}</translation>
    </message>
</context>
<context>
    <name>FinetuneForm</name>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="17"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="18"/>
        <source>Passes over the mix of your digits and MNIST</source>
        <translation>遍历你的数字与 MNIST 混合数据的次数</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="19"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="20"/>
        <source>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</source>
        <translation>Adam 的初始学习率，衰减到十分之一；取小值，以便微调权重而不是从头训练</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="22"/>
        <source>Your digits (%)</source>
        <translation>你的数字（%）</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="24"/>
        <source>The share of the mix that is varied copies of your digits</source>
        <translation>混合数据中由你的数字的变形副本所占的比例</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="26"/>
        <source>MNIST digits</source>
        <translation>MNIST 数字</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="27"/>
        <source>MNIST training digits mixed in so that it does not forget them</source>
        <translation>混入的 MNIST 训练数字，防止网络遗忘它们</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="60"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} 不是数字</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/help_menu.py" line="18"/>
        <source>BNNs in &amp;five minutes</source>
        <translation>五分钟了解 BNN(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="19"/>
        <source>What a binarized network is, each idea linked to the panel that shows it</source>
        <translation>什么是二值化神经网络；每个概念都链接到展示它的面板</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="22"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="24"/>
        <source>Every key of the window</source>
        <translation>窗口的全部按键</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="25"/>
        <source>&amp;About bnn-gui</source>
        <translation>关于 bnn-gui(&amp;A)</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="28"/>
        <source>Keyboard shortcuts — bnn-gui</source>
        <translation>键盘快捷键 — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="34"/>
        <source>BNNs in five minutes — bnn-gui</source>
        <translation>五分钟了解 BNN — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="53"/>
        <source>About bnn-gui</source>
        <translation>关于 bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="54"/>
        <source>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</source>
        <translation>&lt;b&gt;bnn-gui&lt;/b&gt;：写一个数字，看二值化神经网络（权重和激活均为 ±1；Courbariaux、Hubara 等，2016）逐层识别它。</translation>
    </message>
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>点击特征图中的一个单元，查看它的比特、XNOR、popcount 和阈值</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="80"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>同一幅图分别由浮点网络、BinaryConnect 网络和全二值网络识别</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>哪些输入像素在涂黑或擦除后会改变答案；让网络把它读成另一个数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>当前模型在 MNIST 测试集上的表现：各数字准确率、混淆矩阵、识别错误的样本</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="90"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>第一层的 ±1 模板与潜在权重直方图</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="93"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>以简短训练重现 BNN 的典型错误，在同一张图上比较</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>experiment</source>
        <translation>实验</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>run</source>
        <translation>运行</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>lr</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>train %</source>
        <translation>训练 %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>best test %</source>
        <translation>最佳测试 %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>seconds</source>
        <translation>秒</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="54"/>
        <source>A classic BNN mistake or comparison, as a few short runs</source>
        <translation>BNN 的一个典型错误或一组对比，以几次简短训练呈现</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="61"/>
        <source>Run experiment</source>
        <translation>运行实验</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="62"/>
        <source>Train its runs one after another on MNIST, in the background</source>
        <translation>在后台用 MNIST 依次训练各次运行</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="65"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="67"/>
        <source>Remove run</source>
        <translation>删除运行</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="68"/>
        <source>Remove the selected run from the plots and the table</source>
        <translation>从图表和表格中删除选中的运行</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="71"/>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="73"/>
        <source>Export PNG…</source>
        <translation>导出 PNG…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="77"/>
        <source>no experiment running</source>
        <translation>没有正在运行的实验</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="78"/>
        <source>The experiment&apos;s progress: its runs, one after another</source>
        <translation>实验进度：各次运行依次进行</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="150"/>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <source>done</source>
        <translation>完成</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <location filename="../gui/runs/lab_panel.py" line="257"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="160"/>
        <source>Lab run failed</source>
        <translation>实验运行失败</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="177"/>
        <source>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</source>
        <translation>第 {0}/{1} 次运行 · 第 {2}/{3} 轮 · {4}% · 总计：%p%</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="180"/>
        <source>{0}: {1}: loss {2}</source>
        <translation>{0}：{1}：损失 {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="202"/>
        <source>test accuracy %</source>
        <translation>测试准确率 %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="204"/>
        <source>training loss per batch (log)</source>
        <translation>每批训练损失（对数）</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="208"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="228"/>
        <source>test % against weight KB</source>
        <translation>测试准确率（%）与权重 KB</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="230"/>
        <source>weights, KB (log)</source>
        <translation>权重，KB（对数）</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="297"/>
        <source>the picture could not be encoded</source>
        <translation>无法编码该图片</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="303"/>
        <source>Export {0}</source>
        <translation>导出 {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="311"/>
        <source>could not write {0}: {1}</source>
        <translation>无法写入 {0}：{1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="314"/>
        <source>wrote {0}</source>
        <translation>已写入 {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="330"/>
        <source>Measured: {0}.</source>
        <translation>实测：{0}。</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="97"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="109"/>
        <source>bnn-gui will speak {0} from its next start.</source>
        <translation>bnn-gui 将在下次启动时使用 {0}。</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <location filename="../gui/lessons/player.py" line="42"/>
        <source>◀ Back</source>
        <translation>◀ 上一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="43"/>
        <source>The step before (Alt+Left)</source>
        <translation>上一步（Alt+左）</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="44"/>
        <source>Next ▶</source>
        <translation>下一步 ▶</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="45"/>
        <source>The next step (Alt+Right)</source>
        <translation>下一步（Alt+右）</translation>
    </message>
</context>
<context>
    <name>LessonMenus</name>
    <message>
        <location filename="../gui/lessons/menus.py" line="12"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>课程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>Save as &amp;lesson…</source>
        <translation>另存为课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="25"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>把窗口当前状态（模型、图形、面板、选中的单元）保存为可编辑的单步课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="32"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="37"/>
        <source>&amp;Open lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>A lesson someone wrote</source>
        <translation>他人编写的课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>The lesson&apos;s next step</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="42"/>
        <source>Step back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>The lesson&apos;s step before</source>
        <translation>课程的上一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="45"/>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="49"/>
        <source>Open a lesson</source>
        <translation>打开课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="54"/>
        <source>Save as lesson</source>
        <translation>另存为课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="65"/>
        <source>Could not save the lesson: {0}</source>
        <translation>无法保存课程：{0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="68"/>
        <source>Saved the window as a one-step lesson: {0}</source>
        <translation>已将窗口保存为单步课程：{0}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="95"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="117"/>
        <source>Could not open the lesson: {0}</source>
        <translation>无法打开课程：{0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="159"/>
        <source>Try: {0}</source>
        <translation>试一试：{0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="188"/>
        <source>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</source>
        <translation>（无法载入课程所用的模型：{0}；保留当前模型。）</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="219"/>
        <source>(This model has no unit {0} in a layer {1}; click one in the maps.)</source>
        <translation>（该模型的 {1} 层中没有单元 {0}；请在特征图中点击一个单元。）</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="250"/>
        <source>(What this step shows, in a sentence or two.)</source>
        <translation>（用一两句话说明这一步展示什么。）</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="251"/>
        <source>(What the learner should try.)</source>
        <translation>（学习者应该尝试做什么。）</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="280"/>
        <source>Saved from bnn-gui on {0}</source>
        <translation>于 {0} 从 bnn-gui 保存</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="47"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — 二值化神经网络识别你写的数字</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="78"/>
        <source>loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="87"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>画笔粗细：网络看到的笔画也是这个粗细</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>整笔擦除（E）；鼠标右键也可擦除</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>MNIST digit</source>
        <translation>MNIST 数字</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>在画布上载入一个随机的 MNIST 测试数字（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="99"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>清空画布（Delete；Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="103"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Show or hide the training panel</source>
        <translation>显示或隐藏训练面板</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="148"/>
        <source> Model: </source>
        <translation> 模型： </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Open &amp;image…</source>
        <translation>打开图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Read a picture of a digit</source>
        <translation>识别一张数字图片</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Load a model file</source>
        <translation>载入模型文件</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>&amp;Save what the network sees…</source>
        <translation>保存网络看到的输入(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>将 28x28 输入保存为 8 位灰度（IDX 或 PGM），例如供 C 库使用</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>Undo the last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>清空画布（可撤销恢复）；Esc 不会清空</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Toggle the stroke eraser</source>
        <translation>开关笔画橡皮擦</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>&amp;Digits</source>
        <translation>数字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>MNIST &amp;test digit</source>
        <translation>MNIST 测试数字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>载入一个随机的 MNIST 测试数字及其真实标签</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>按面板上的设置在后台训练一个新网络</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>S&amp;top training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>停止本次训练；不保存任何内容，当前模型保持不变</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="194"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>全屏、大字号，放大显示网络和选中的单元（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="200"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>关闭(&amp;C)：演示模式、放大的层、正在读取的图片</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="225"/>
        <source>stopped reading the picture; the drawing stays</source>
        <translation>已停止读取图片；图形保持不变</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Open model</source>
        <translation>打开模型</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Models (*.safetensors)</source>
        <translation>模型 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="247"/>
        <source>test accuracy {0}%</source>
        <translation>测试准确率 {0}%</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="248"/>
        <source>accuracy unknown</source>
        <translation>准确率未知</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="249"/>
        <source>the packed 1-bit engine</source>
        <translation>打包 1 比特引擎</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Model {0} ({1}): {2}; read by {3}</source>
        <translation>模型 {0}（{1}）：{2}；由{3}运行</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="257"/>
        <source>; keeping {0}</source>
        <translation>；保留 {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="259"/>
        <source>could not load the model</source>
        <translation>无法载入模型</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264"/>
        <source>Could not load the model</source>
        <translation>无法载入模型</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="282"/>
        <source>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</source>
        <translation>新模型得分 {0}%，低于当前模型 {1} 的 {2}%：{1} 保持为当前模型（训练面板中的“使用新模型”可切换）</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="21"/>
        <source>Open image</source>
        <translation>打开图片</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="30"/>
        <source>reading {0}…</source>
        <translation>正在读取 {0}…</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="38"/>
        <source>opened {0}: a small picture, enlarged {1}x to fit, so its strokes ({2} px wide) were thinned to {3} px, as MNIST&apos;s are</source>
        <translation>已打开 {0}：小图片放大了 {1} 倍，因此其笔画（宽 {2} 像素）被细化到 {3} 像素，与 MNIST 一致</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="44"/>
        <source>opened {0}</source>
        <translation>已打开 {0}</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="63"/>
        <source>MNIST test digit #{0}, true label {1}</source>
        <translation>MNIST 测试数字 #{0}，真实标签 {1}</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="22"/>
        <source>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</source>
        <translation>现在下载 MNIST 吗？约 11 MB，会按其公布的校验和进行校验，保存到 {0}。</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="54"/>
        <source>MNIST cannot be read</source>
        <translation>无法读取 MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="56"/>
        <source>MNIST not found</source>
        <translation>未找到 MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="64"/>
        <source>Downloading MNIST</source>
        <translation>正在下载 MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="108"/>
        <source>MNIST could not be downloaded</source>
        <translation>无法下载 MNIST</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../gui/model_picker.py" line="18"/>
        <source>The network reading your drawing: shipped, yours, or a file</source>
        <translation>识别你的图形的网络：随附的、你训练的或来自文件的</translation>
    </message>
    <message>
        <location filename="../gui/model_picker.py" line="34"/>
        <source>Open model file…</source>
        <translation>打开模型文件…</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <location filename="../gui/live/network_picture.py" line="267"/>
        <source>output scores</source>
        <translation>输出得分</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/live/network_view.py" line="35"/>
        <source>this stroke made it +1</source>
        <translation>这一笔使其变为 +1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="37"/>
        <source>this stroke made it −1</source>
        <translation>这一笔使其变为 −1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="43"/>
        <source>negative</source>
        <translation>负值</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="46"/>
        <source>positive</source>
        <translation>正值</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="47"/>
        <source>(real values, each layer scaled to its largest)</source>
        <translation>（实数值，每层按其最大值缩放）</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="54"/>
        <source>({0} levels: each activation is one of them)</source>
        <translation>（{0} 个级别：每个激活取其中之一）</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="62"/>
        <source>hover a unit for its value, click it to look inside; click a title to enlarge</source>
        <translation>悬停单元查看数值，点击查看其内部；点击标题可放大</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="136"/>
        <source>integer: agreeing − disagreeing bits</source>
        <translation>整数：一致 − 不一致的比特数</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="137"/>
        <source>logits (real)</source>
        <translation>logits（实数）</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>28x28 pixels, and as ±1</source>
        <translation>28x28 像素，及其 ±1 形式</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>input</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="152"/>
        <source>28x28 pixels</source>
        <translation>28x28 像素</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="158"/>
        <source>{0} ±1 maps {1}x{2}</source>
        <translation>{0} 张 ±1 特征图 {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="159"/>
        <source>{0} maps of {3} levels {1}x{2}</source>
        <translation>{0} 张 {3} 级特征图 {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="160"/>
        <source>{0} real maps {1}x{2}</source>
        <translation>{0} 张实值特征图 {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="162"/>
        <source>{0} ±1 units</source>
        <translation>{0} 个 ±1 单元</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="163"/>
        <source>{0} units of {1} levels</source>
        <translation>{0} 个 {1} 级单元</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="164"/>
        <source>{0} real units</source>
        <translation>{0} 个实值单元</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="170"/>
        <location filename="../gui/live/network_view.py" line="225"/>
        <source>draw a digit: the network reads it here, layer by layer</source>
        <translation>写一个数字：网络会在这里逐层识别它</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="252"/>
        <source>{0} flipped by this stroke</source>
        <translation>这一笔翻转了 {0} 个</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="254"/>
        <source>{0} flipped by the stroke, {1} by re-centring</source>
        <translation>笔画翻转了 {0} 个，重新居中翻转了 {1} 个</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px down</source>
        <translation>下移 {0} 像素</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px up</source>
        <translation>上移 {0} 像素</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="117"/>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px right</source>
        <translation>右移 {0} 像素</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px left</source>
        <translation>左移 {0} 像素</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="270"/>
        <source>moved it {0} and {1}</source>
        <translation>将其{0}并{1}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="118"/>
        <location filename="../gui/live/network_view.py" line="272"/>
        <source>scaled it ×{0}</source>
        <translation>将其缩放 ×{0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="280"/>
        <source>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</source>
        <translation>这一笔改变了图形的取景（{0}）：在 {1} 中，仅因此翻转的 {2} 个比特未作标记；标记出的 {3} 个是这一笔本身造成的。</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="282"/>
        <source> and </source>
        <translation>，</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="337"/>
        <source>Click to go back</source>
        <translation>点击返回</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="338"/>
        <source>Click to enlarge</source>
        <translation>点击放大</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="346"/>
        <source>input pixel at row {0}, column {1}: {2}</source>
        <translation>输入像素，第 {0} 行第 {1} 列：{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="354"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>通道 {0}，第 {1} 行，第 {2} 列</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="355"/>
        <source>unit {0}</source>
        <translation>单元 {0}</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>inputs</source>
        <translation>输入</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>XNOR: agree (light) or not</source>
        <translation>XNOR：一致（亮）</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>pixel levels</source>
        <translation>像素灰度</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="34"/>
        <source>level × weight</source>
        <translation>灰度 × 权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="38"/>
        <source>Unit</source>
        <translation>单元</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="39"/>
        <source>Its inputs, its ±1 weights and their XNOR, as the window it reads</source>
        <translation>它的输入、±1 权重及二者的 XNOR，按它读取的窗口排列</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="40"/>
        <source>Arithmetic</source>
        <translation>运算</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="41"/>
        <source>Popcount, 2 × popcount − n, the folded threshold, the sign</source>
        <translation>popcount、2 × popcount − n、折叠后的阈值、符号函数</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="42"/>
        <source>Bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="43"/>
        <source>The packed 64-bit words, XOR and popcount, and the C that computes them</source>
        <translation>打包的 64 位字、XOR 与 popcount，以及计算它们的 C 代码</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="53"/>
        <source>Click a unit in an activation map to look inside it.</source>
        <translation>点击激活图中的一个单元，查看其内部。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="59"/>
        <source>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</source>
        <translation>它的输入、权重以及二者一致之处（XNOR）；灰色格位于零填充区，不参与计数</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="64"/>
        <source>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</source>
        <translation>打包的 1 比特引擎如何计算这个单元的输出比特；将鼠标悬停在带下划线的数字上，可圈出它所统计的格子</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="77"/>
        <source>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</source>
        <translation>引擎和导出的 C 库中存储的同一个单元：每个字 64 位，最低位在前</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="86"/>
        <source>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</source>
        <translation>输出层的十个整数得分：与各类权重一致的比特数减去不一致的比特数</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="89"/>
        <source>Output scores</source>
        <translation>输出得分</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="90"/>
        <source>The output layer: ten integer scores, the answer is the largest</source>
        <translation>输出层：十个整数得分，最大者即为答案</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="94"/>
        <source>The unit one position back in its map ([)</source>
        <translation>特征图中后退一个位置的单元（[）</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="97"/>
        <source>Step ▶</source>
        <translation>单步 ▶</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="98"/>
        <source>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</source>
        <translation>将窗口前移一个位置：本通道的下一个单元，其输出比特出现在特征图中（]）</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="103"/>
        <source>Play</source>
        <translation>播放</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="104"/>
        <source>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</source>
        <translation>让窗口滑过整张特征图，每 {0} 秒一个位置，特征图逐格填满</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="197"/>
        <source>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</source>
        <translation>“单个神经元内部”需要由打包 1 比特引擎读取的二值模型（bnn-cnn、bnn-mlp、seed-mlp、xnor-mlp）。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="202"/>
        <source>Draw a digit to look inside the network.</source>
        <translation>写一个数字，查看网络内部。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="210"/>
        <source>This model has no layer {0}; click a unit in its maps.</source>
        <translation>该模型没有 {0} 层；请点击它的特征图中的单元。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="215"/>
        <source>{0} of this model has no unit {1}; click a unit in its maps.</source>
        <translation>该模型的 {0} 层没有单元 {1}；请点击它的特征图中的单元。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="245"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>通道 {0}，第 {1} 行，第 {2} 列</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="246"/>
        <source>unit {0}</source>
        <translation>单元 {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="247"/>
        <source>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</source>
        <translation>你的图形上的 &lt;b&gt;{0}，{1}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="248"/>
        <source>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</source>
        <translation>{0}，{1}：在其特征图中以方框标出；它读取的窗口在下一层、28x28 输入和画布上均已圈出</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="267"/>
        <source>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</source>
        <translation>像素灰度 0..255，此处没有 XNOR：&lt;br&gt;{0} = Σ 灰度 × (±1) = &lt;b&gt;{1}&lt;/b&gt;，共 {2} 个输入</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="275"/>
        <source>popcount(XNOR) = {0} of n = {1}</source>
        <translation>popcount(XNOR) = {0}，n = {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="278"/>
        <source>{0} disagree</source>
        <translation>{0} 个不一致</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="280"/>
        <source>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</source>
        <translation>当 dot &amp;lt; {0} 时输出 +1（BatchNorm 的缩放 &amp;lt; 0）</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="281"/>
        <source>fires if dot ≥ {0}</source>
        <translation>当 dot ≥ {0} 时输出 +1</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="283"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} put the sign&apos;s change at dot = {4}, beyond any dot this unit can see (±{5}): its bit is the same for every input, which the engine stores as t = {6}: {7}</source>
        <translation>BatchNorm 的 γ {0}、β {1}、μ {2}、σ {3} 把符号变化点放在 dot = {4}，超出该单元能看到的任何 dot（±{5}）：它对任何输入都输出同一个比特，引擎把这记为 t = {6}：{7}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="293"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} fold into&lt;br&gt;t = {4} = {5}: {6}</source>
        <translation>BatchNorm 的 γ {0}、β {1}、μ {2}、σ {3} 折叠为&lt;br&gt;t = {4} = {5}：{6}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="299"/>
        <source>max-pool of the dots {0}: the largest (row {1}, column {2}) decides</source>
        <translation>对 dot 值 {0} 做最大池化：由最大者（第 {1} 行，第 {2} 列）决定</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="302"/>
        <source>BatchNorm + sign as one threshold: </source>
        <translation>BatchNorm + 符号函数合为一个阈值：</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="304"/>
        <source>output bit: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>输出比特：&lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="316"/>
        <source>&lt;b&gt;out&lt;/b&gt;: the ten scores on your drawing</source>
        <translation>&lt;b&gt;out&lt;/b&gt;：你的图形的十个得分</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="323"/>
        <source>score = agreeing − disagreeing bits of the last layer with each class&apos;s weights: {0}&lt;br&gt;answer: &lt;b&gt;{1}&lt;/b&gt;, the class with the most agreeing bits</source>
        <translation>得分 = 最后一层与各类权重一致的比特数 − 不一致的比特数：{0}&lt;br&gt;答案：&lt;b&gt;{1}&lt;/b&gt;，即一致比特最多的类别</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="334"/>
        <source>A {0}-bit model: click a unit of a dense layer to see its multiply-and-add.</source>
        <translation>{0} 比特模型：点击全连接层的一个单元，查看它的乘加运算。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="341"/>
        <source>This model has no unit {0} in {1}; click a unit in its maps.</source>
        <translation>这个模型的 {1} 中没有单元 {0}；请点击它的图中的单元。</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="344"/>
        <source>{0}, unit {1}: {2}-bit weights × {3}-bit inputs</source>
        <translation>{0}，单元 {1}：{2} 比特权重 × {3} 比特输入</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="347"/>
        <source>{0} products, {1} of them not 0, taking {2} different values on this digit (a 1-bit unit&apos;s take two, ±1: XNOR)&lt;br&gt;their sum: {3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;the {5}-bit activation → {6}&lt;br&gt;&lt;br&gt;Only 1 bit runs as XNOR and popcount: a unit of k bits needs k × k-bit multiplies.</source>
        <translation>{0} 个乘积，其中 {1} 个不为 0，在这个数字上取 {2} 种不同的值（1 比特单元只有两种，±1：XNOR）&lt;br&gt;它们的和：{3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;{5} 比特激活 → {6}&lt;br&gt;&lt;br&gt;只有 1 比特能以 XNOR 和 popcount 运行：k 比特的单元需要 k × k 比特的乘法。</translation>
    </message>
</context>
<context>
    <name>PersonalPanel</name>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="21"/>
        <source>Personal sets (*.json);;All files (*)</source>
        <translation>个人数据集 (*.json);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="46"/>
        <source>Your digits, by label. Double-click or Enter: put on the canvas; Delete: remove</source>
        <translation>按标签排列的你的数字。双击或回车：放到画布上；Delete：删除</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="43"/>
        <source>Load</source>
        <translation>放到画布</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="44"/>
        <source>Put the selected digit on the canvas (Enter)</source>
        <translation>把选中的数字放到画布上（回车）</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="47"/>
        <source>Relabel ▾</source>
        <translation>更改标签 ▾</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="48"/>
        <source>Give the selected digits another label</source>
        <translation>给选中的数字换一个标签</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="54"/>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="55"/>
        <source>Remove the selected digits from your set (Delete)</source>
        <translation>从数据集中删除选中的数字（Delete）</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="57"/>
        <location filename="../gui/docks/personal_panel.py" line="187"/>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="61"/>
        <source>Put back the digits deleted last (every delete can be undone, one after another)</source>
        <translation>恢复最近删除的数字（每次删除都可依次撤销）</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="65"/>
        <source>Import…</source>
        <translation>导入…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="66"/>
        <source>Add the digits of a personal-set file (a .json export)</source>
        <translation>添加个人数据集文件（.json 导出文件）中的数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="68"/>
        <source>Export…</source>
        <translation>导出…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="69"/>
        <source>Save your whole set as one file, to share or keep</source>
        <translation>把整个数据集保存为一个文件，用于分享或备份</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="71"/>
        <source>Teach the live model my handwriting</source>
        <translation>让当前模型学习我的笔迹</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="73"/>
        <source>Fine-tune the live model on your digits mixed with MNIST, in the background; the result is saved as a new model and the old one stays (Ctrl+Shift+T)</source>
        <translation>在后台用你的数字混合 MNIST 微调当前模型；结果保存为新模型，原模型保留（Ctrl+Shift+T）</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="98"/>
        <source>&lt;b&gt;Fine-tune settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;微调设置&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="108"/>
        <source>reading your personal set…</source>
        <translation>正在读取你的个人数据集…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="128"/>
        <source>Relabelled as a {0}</source>
        <translation>已改标为 {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="132"/>
        <source>Added as a {0}</source>
        <translation>已作为 {0} 添加</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="134"/>
        <source>Could not save your digit</source>
        <translation>无法保存你的数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="135"/>
        <source>your digit was not saved</source>
        <translation>你的数字未保存</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="139"/>
        <source> (the network read {0})</source>
        <translation>（网络读成 {0}）</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="141"/>
        <source>your set has %n digit(s)</source>
        <translation>
            <numerusform>你的数据集共有 %n 个数字</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="142"/>
        <source>%n of them a {0}</source>
        <translation>
            <numerusform>其中 %n 个是 {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="120"/>
        <source>a {0}, added {1}</source>
        <translation>数字 {0}，添加于 {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="122"/>
        <source>a {0}, added at an unknown time</source>
        <translation>数字 {0}，添加时间未知</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="171"/>
        <source>Your personal set is empty. When the network misreads your digit, click the right digit under the answer (or type it): your drawing is kept here with its label. A few of each digit are enough to teach the network your handwriting.</source>
        <translation>你的个人数据集是空的。当网络识别错你写的数字时，点击答案下方正确的数字（或直接键入）：你的图形会连同标签保存在这里。每个数字有几个样本，就足以让网络学会你的笔迹。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="177"/>
        <source>&lt;b&gt;%n digit(s)&lt;/b&gt; in your set ({0}).&lt;br&gt;Saved in {1}</source>
        <translation>
            <numerusform>数据集中共有 &lt;b&gt;%n 个数字&lt;/b&gt;（{0}）。&lt;br&gt;保存在 {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="186"/>
        <source>Undo delete ({0})</source>
        <translation>撤销删除（{0}）</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="206"/>
        <source>Could not delete</source>
        <translation>无法删除</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="221"/>
        <source>Could not take the digit back</source>
        <translation>无法移除该数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="232"/>
        <source>Could not put the digits back</source>
        <translation>无法恢复这些数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="237"/>
        <source>Could not relabel</source>
        <translation>无法更改标签</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="247"/>
        <source>Import a personal set</source>
        <translation>导入个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Could not import</source>
        <translation>无法导入</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Your set is unchanged.</source>
        <translation>你的数据集未改变。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="259"/>
        <source>Imported %n new digit(s) from {0}.</source>
        <translation>
            <numerusform>已从 {0} 导入 %n 个新数字。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="263"/>
        <source>Export your personal set</source>
        <translation>导出个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="272"/>
        <source>Could not export</source>
        <translation>无法导出</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="274"/>
        <source>Exported %n digit(s) to {0}.</source>
        <translation>
            <numerusform>已将 %n 个数字导出到 {0}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="288"/>
        <source>&lt;b&gt;Fine-tuned&lt;/b&gt; — {0}.&lt;br&gt;Saved as {1}; it is now the live model, and the model you started from is unchanged.</source>
        <translation>&lt;b&gt;已微调&lt;/b&gt;——{0}。&lt;br&gt;已保存为 {1}；它现在是当前模型，作为起点的原模型保持不变。</translation>
    </message>
</context>
<context>
    <name>PictureOpener</name>
    <message>
        <location filename="../gui/live/picture_opener.py" line="60"/>
        <source>needs more memory than there is to decode.</source>
        <translation>解码所需内存超出可用内存。</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="62"/>
        <source>could not be read as an image ({0}).</source>
        <translation>无法作为图片读取（{0}）。</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="64"/>
        <source>Not an image</source>
        <translation>不是图片</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="65"/>
        <source>Your drawing is unchanged.</source>
        <translation>你的图形未改变。</translation>
    </message>
</context>
<context>
    <name>PixelsPanel</name>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="105"/>
        <source>Make it read as</source>
        <translation>让它读成</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="106"/>
        <source>The fewest pixel changes, found one at a time, that make the network read the chosen digit</source>
        <translation>逐个寻找，使网络读成所选数字所需的最少像素改动</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="109"/>
        <source>Put it on the canvas</source>
        <translation>放到画布上</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="115"/>
        <source>what the network sees, 28x28</source>
        <translation>网络看到的输入，28x28</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="157"/>
        <source>waiting for the stroke to end…</source>
        <translation>等待笔画结束…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="167"/>
        <source>running the network on 784 changed inputs…</source>
        <translation>正在用 784 个改动后的输入运行网络…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="172"/>
        <source>Draw a digit first.</source>
        <translation>请先写一个数字。</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="180"/>
        <source>looking for the fewest changes that read as {0}…</source>
        <translation>正在寻找读成 {0} 所需的最少改动…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="198"/>
        <source>The drawing changed before the search ended: press “Make it read as” again for this one.</source>
        <translation>搜索结束前图形已改变：请对新图形再按一次“让它读成”。</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="213"/>
        <source>could not compute: {0}</source>
        <translation>无法计算：{0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="217"/>
        <source>could not search: {0}</source>
        <translation>无法搜索：{0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="225"/>
        <source>It reads {0}, ahead of the next digit by {1} bits (agreeing − disagreeing, the figure under the network&apos;s output scores).</source>
        <translation>网络读成 {0}，领先第二名 {1} 比特（一致 − 不一致，即网络输出得分所用的数值）。</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="228"/>
        <source>It reads {0}, ahead of the next digit by {1} in logits.</source>
        <translation>网络读成 {0}，在 logits 上领先第二名 {1}。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="231"/>
        <source>%n pixel(s) would change the answer on their own (outlined)</source>
        <translation>
            <numerusform>有 %n 个像素单独改变就会改变答案（已圈出）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="232"/>
        <source>; red: flipping it weakens {0}, blue: strengthens it (the strongest: {1}). Hover a pixel for its figures.</source>
        <translation>；红色：翻转该像素会削弱 {0}，蓝色：会增强它（最强：{1}）。将鼠标悬停在像素上可查看其数值。</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="240"/>
        <source>%n pixel change(s) (outlined) and it reads {0}.</source>
        <translation>
            <numerusform>改动 %n 个像素（已圈出）后网络读成 {0}。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="243"/>
        <source>After %n change(s) it still reads {0}, not {1}.</source>
        <translation>
            <numerusform>改动 %n 处后网络仍读成 {0}，而不是 {1}。</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="251"/>
        <source>pixel at row {0}, column {1}: erasing it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>第 {0} 行第 {1} 列的像素：擦除后 {2} 的领先变化 {3}；网络将读成 {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="253"/>
        <source>pixel at row {0}, column {1}: inking it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>第 {0} 行第 {1} 列的像素：涂黑后 {2} 的领先变化 {3}；网络将读成 {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="255"/>
        <source>bits</source>
        <translation>比特</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="260"/>
        <source>Draw a digit: once a stroke ends, each pixel shows what inking or erasing it would do to the answer.</source>
        <translation>写一个数字：每笔结束后，每个像素都会显示涂黑或擦除它对答案的影响。</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="120"/>
        <source>Draw a digit:
it is read as you draw.</source>
        <translation>写一个数字：
边写边识别。</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="126"/>
        <source>{0}% sure</source>
        <translation>把握 {0}%</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="129"/>
        <source>MNIST&apos;s label: {0} {1}</source>
        <translation>MNIST 标签：{0} {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../gui/presenter.py" line="62"/>
        <source>Presenter mode: F11 or Esc leaves it</source>
        <translation>演示模式：按 F11 或 Esc 退出</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="26"/>
        <source>The network&apos;s probability for each digit (softmax of its scores)</source>
        <translation>网络给出的每个数字的概率（得分的 softmax）</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <location filename="../core/runs/data.py" line="237"/>
        <source>reading {0}</source>
        <translation>正在读取 {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="319"/>
        <source>downloading {0}</source>
        <translation>正在下载 {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="306"/>
        <source>connecting to {0} for {1}</source>
        <translation>正在连接 {0} 以获取 {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="90"/>
        <source>reading the training data…</source>
        <translation>正在读取训练数据…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="96"/>
        <source>measuring accuracy before, varying your digits…</source>
        <translation>正在测量训练前的准确率，并变换你的数字…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="125"/>
        <source>saving the model…</source>
        <translation>正在保存模型…</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../gui/live/painted.py" line="104"/>
        <source>answer {0}, ahead by {1}</source>
        <translation>答案 {0}，领先 {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../gui/live/session.py" line="67"/>
        <source>could not load ({0})</source>
        <translation>无法载入（{0}）</translation>
    </message>
</context>
<context>
    <name>TeachBar</name>
    <message>
        <location filename="../gui/live/teach_bar.py" line="25"/>
        <source>Wrong? It&apos;s a…</source>
        <translation>识别错了？其实是…</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="26"/>
        <source>Click the right digit (or type it) to keep your drawing with its label in your personal set</source>
        <translation>点击正确的数字（或直接键入），把你的图形连同标签保存到个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="32"/>
        <source>Add your drawing to your personal set as a {0} (or press {0})</source>
        <translation>将你的图形作为 {0} 加入个人数据集（或按 {0}）</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="42"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="43"/>
        <source>Take this digit back out of My digits</source>
        <translation>把这个数字从“我的数字”中移除</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <location filename="../gui/docks/teaching.py" line="26"/>
        <source>Your personal set: your digits with the right labels</source>
        <translation>你的个人数据集：带正确标签的你的数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="37"/>
        <source>That&apos;s &amp;wrong: it&apos;s a…</source>
        <translation>识别错了(&amp;W)：其实是…</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="40"/>
        <source>Add the drawing to your personal set as a {0}</source>
        <translation>将图形作为 {0} 加入个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="41"/>
        <source>Teach the live model my &amp;handwriting</source>
        <translation>让当前模型学习我的笔迹(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="43"/>
        <source>Fine-tune the live model on your personal set mixed with MNIST</source>
        <translation>用个人数据集混合 MNIST 微调当前模型</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="51"/>
        <source>Your digits will not be saved in this session.</source>
        <translation>本次会话中不会保存你的数字。</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="54"/>
        <source>Your personal set</source>
        <translation>你的个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="62"/>
        <source>Draw a digit first, then say which digit it is.</source>
        <translation>请先写一个数字，再说明它是几。</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="69"/>
        <source>✓ kept as a {0} in My digits</source>
        <translation>✓ 已作为 {0} 保存到“我的数字”</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="71"/>
        <source>✓ relabelled as a {0}</source>
        <translation>✓ 已改标为 {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="73"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="77"/>
        <source>taken back out of My digits (Undo delete there puts it back)</source>
        <translation>已从“我的数字”中移除（在那里“撤销删除”可恢复）</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="87"/>
        <source>Add some of your digits first (click the right digit under the answer), then fine-tune.</source>
        <translation>请先添加一些你的数字（点击答案下方正确的数字），再进行微调。</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="96"/>
        <source>Fine-tune settings: {0}</source>
        <translation>微调设置：{0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="101"/>
        <source>A training run is going: stop it or wait, then fine-tune.</source>
        <translation>正在训练：请停止或等待其结束，再进行微调。</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/runs/training_form.py" line="18"/>
        <source>sign (deterministic)</source>
        <translation>符号（确定性）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="19"/>
        <source>stochastic: p(+1) = hard_sigmoid(w)</source>
        <translation>随机：p(+1) = hard_sigmoid(w)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="21"/>
        <source>auto (a GPU if there is one)</source>
        <translation>自动（有 GPU 则用 GPU）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="22"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="23"/>
        <source>CUDA GPU</source>
        <translation>CUDA GPU</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="24"/>
        <source>Apple GPU (MPS)</source>
        <translation>Apple GPU（MPS）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="26"/>
        <source>Epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="27"/>
        <source>Passes over the 60,000 training digits</source>
        <translation>遍历 60,000 个训练数字的次数</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="28"/>
        <source>Batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="29"/>
        <source>Digits per optimiser step</source>
        <translation>优化器每步使用的数字数</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="30"/>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="31"/>
        <source>Adam&apos;s starting learning rate; it decays each epoch to the preset&apos;s final rate</source>
        <translation>Adam 的初始学习率；每轮衰减，直至预设的最终学习率</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="33"/>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="34"/>
        <source>Same seed and thread count: the same network</source>
        <translation>相同的种子和线程数：得到相同的网络</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="40"/>
        <source>The binarized network of Hubara et al. 2016: three layers of 1024 units whose weights and activations are all ±1, BatchNorm before every sign.</source>
        <translation>Hubara 等人 2016 年的二值化网络：三层各 1024 个单元，权重和激活全为 ±1，每个符号函数前都有 BatchNorm。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="44"/>
        <source>The window&apos;s quick run: bnn-mlp&apos;s binarized network at half width (3 x 512 ±1 units) with a one-cycle learning rate: past 97% on MNIST in about 10 s here, while you watch.</source>
        <translation>窗口中的快速训练：宽度减半的 bnn-mlp 二值化网络（3 x 512 个 ±1 单元），采用 one-cycle 学习率：在这里约 10 秒即可在 MNIST 上超过 97%，你可以边看边等。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="49"/>
        <source>A binarized conv net: 32, 64 and 128 binary 3x3 filters with ±1 maps and max-pooling, then 512 ±1 units. The shipped default: slow to train here.</source>
        <translation>二值化卷积网络：32、64、128 个二值 3x3 卷积核，±1 特征图与最大池化，之后是 512 个 ±1 单元。随附的默认模型；在这里训练较慢。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="53"/>
        <source>The small 784-256-128-64-10 network a newcomer writes from the paper, done right (BatchNorm, no sign on the output): trains in seconds.</source>
        <translation>新手照论文写出的小型 784-256-128-64-10 网络的正确版本（有 BatchNorm，输出层不取符号）：几秒即可训练完。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="57"/>
        <source>BinaryConnect (Courbariaux et al. 2015): ±1 weights (their sign) but real ReLU activations.</source>
        <translation>BinaryConnect（Courbariaux 等人 2015）：±1 权重（取符号），但激活为实值 ReLU。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="61"/>
        <source>BinaryConnect with stochastic weights: +1 with probability hard_sigmoid(w / H) while training, the sign at test time.</source>
        <translation>随机权重的 BinaryConnect：训练时以 hard_sigmoid(w / H) 的概率取 +1，测试时取符号。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="65"/>
        <source>bnn-mlp&apos;s shape with real weights and ReLU: what the binary network is compared with.</source>
        <translation>与 bnn-mlp 结构相同、使用实值权重和 ReLU 的网络：二值网络的对比对象。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="69"/>
        <source>bnn-cnn&apos;s shape with real weights and ReLU: the conv net&apos;s float twin.</source>
        <translation>与 bnn-cnn 结构相同、使用实值权重和 ReLU：卷积网络的浮点孪生网络。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="72"/>
        <source>A small float network with the Antirectifier activation (centred, normalised, [relu(x), relu(-x)]), for the lab&apos;s comparison.</source>
        <translation>使用 Antirectifier 激活（中心化、归一化，[relu(x), relu(-x)]）的小型浮点网络，用于实验室中的对比。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="76"/>
        <source>A float conv net whose features are scaled to a fixed length before the softmax (L2-constrained softmax).</source>
        <translation>一个浮点卷积网络，其特征在 softmax 前被缩放到固定长度（L2 约束 softmax）。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="80"/>
        <source>bnn-mlp with XNOR-Net&apos;s scaling: each unit&apos;s ±1 weights times their mean absolute value.</source>
        <translation>采用 XNOR-Net 缩放的 bnn-mlp：每个单元的 ±1 权重乘以其绝对值的均值。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="101"/>
        <source>The network to train; what it is is said under it</source>
        <translation>要训练的网络；其说明见下方</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="103"/>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="110"/>
        <source>How latent weights become ±1 in training (test time: sign)</source>
        <translation>训练时潜在权重如何变成 ±1（测试时：取符号）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="112"/>
        <source>Binarisation</source>
        <translation>二值化方式</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="124"/>
        <source>Where PyTorch trains: auto takes a GPU when PyTorch sees one (CUDA, or Apple&apos;s MPS), else the CPU; a model trained on a GPU is saved and read exactly as a CPU one</source>
        <translation>PyTorch 在哪里训练：“自动”在 PyTorch 检测到 GPU（CUDA 或 Apple 的 MPS）时使用 GPU，否则用 CPU；在 GPU 上训练的模型与在 CPU 上训练的模型以完全相同的方式保存和读取</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="128"/>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="159"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} 不是数字</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../gui/runs/training_panel.py" line="67"/>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="68"/>
        <source>Train a new network in the background (F5)</source>
        <translation>在后台训练一个新网络（F5）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="70"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="71"/>
        <source>Stop after the current batch; nothing is saved (Shift+F5)</source>
        <translation>在当前批次后停止；不保存任何内容（Shift+F5）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="79"/>
        <source>Progress of the run, with the time left</source>
        <translation>训练进度及剩余时间</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="80"/>
        <source>not started</source>
        <translation>未开始</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="81"/>
        <source>Press Start to train; drawing keeps working meanwhile. The new model becomes the live one if it scores at least as well on MNIST&apos;s test digits; if not, it is kept one click away.</source>
        <translation>按“开始”进行训练；训练期间仍可继续书写。如果新模型在 MNIST 测试数字上的成绩不低于当前模型，它将成为当前模型；否则保留备用，一键即可切换。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="86"/>
        <source>Epoch, loss, accuracy on the last batch and on the test set, speed</source>
        <translation>轮次、损失、最近一批和测试集上的准确率、速度</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="89"/>
        <source>Watch it learn: after each epoch, the network in training reads the digit on the canvas</source>
        <translation>看它学习：每轮结束后，训练中的网络会识别画布上的数字</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="92"/>
        <source>Use the new model</source>
        <translation>使用新模型</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="93"/>
        <source>Make the model this run saved the live model (the one in use stays in the Model box)</source>
        <translation>把本次训练保存的模型设为当前模型（原模型仍留在“模型”列表中）</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="161"/>
        <source>training {0}: %n epoch(s), batch {1}, lr {2} → {3}</source>
        <translation>
            <numerusform>训练 {0}：%n 轮，批大小 {1}，学习率 {2} → {3}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="179"/>
        <source>&lt;b&gt;fine-tuning&lt;/b&gt; {0} on your {1} digits, {2}% of a mix with {3} MNIST digits: %n epoch(s), lr {4} → {5} (set in My digits)</source>
        <translation>
            <numerusform>&lt;b&gt;微调&lt;/b&gt; {0}：用你的 {1} 个数字，占与 {3} 个 MNIST 数字混合数据的 {2}%：%n 轮，学习率 {4} → {5}（在“我的数字”中设置）</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="199"/>
        <source>starting…</source>
        <translation>正在开始…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="211"/>
        <source>stopping…</source>
        <translation>正在停止…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="235"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt;: the network in training reads your new drawing after the next epoch.</source>
        <translation>&lt;b&gt;看它学习&lt;/b&gt;：下一轮结束后，训练中的网络将识别你的新图形。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="250"/>
        <source>epoch {0}/{1}  ·  %p%  ·  {2} left</source>
        <translation>第 {0}/{1} 轮  ·  %p%  ·  剩余 {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="252"/>
        <source>test accuracy after epoch {0}: {1}%</source>
        <translation>第 {0} 轮后的测试准确率：{1}%</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="254"/>
        <source>epoch {0}/{1}, batch {2}/{3}&lt;br&gt;loss {4} · batch accuracy {5}% · {6} samples/s</source>
        <translation>第 {0}/{1} 轮，第 {2}/{3} 批&lt;br&gt;损失 {4} · 本批准确率 {5}% · 每秒 {6} 个样本</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="267"/>
        <source>epoch {0}/{1}: loss {2} · train {3}% · test {4}% · {5} s</source>
        <translation>第 {0}/{1} 轮：损失 {2} · 训练 {3}% · 测试 {4}% · {5} 秒</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="279"/>
        <source>After epoch {0}: draw a digit to watch the network in training read it.</source>
        <translation>第 {0} 轮后：写一个数字，看训练中的网络如何识别它。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="286"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt; — after epoch {0} the network in training reads {1} ({2}%); the live model reads {3}</source>
        <translation>&lt;b&gt;看它学习&lt;/b&gt;——第 {0} 轮后，训练中的网络读成 {1}（{2}%）；当前模型读成 {3}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="296"/>
        <source>done in {0}</source>
        <translation>用时 {0}，已完成</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="300"/>
        <source>Fine-tuned: {0}</source>
        <translation>微调结果：{0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="303"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;test accuracy {1}%; it is now the live model.</source>
        <translation>已保存 &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;测试准确率 {1}%；它现在是当前模型。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="307"/>
        <source>Saved as {0}</source>
        <translation>已保存为 {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="319"/>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="321"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt; (test accuracy {1}). The live model, {2}, scores {3}%, so it stays live; the new one is in the Model box.</source>
        <translation>已保存 &lt;b&gt;{0}&lt;/b&gt;（测试准确率 {1}）。当前模型 {2} 的成绩为 {3}%，因此保持不变；新模型在“模型”列表中。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="337"/>
        <source>not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="338"/>
        <source>The live model and your other files are unchanged.</source>
        <translation>当前模型和你的其他文件均未改变。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="342"/>
        <source>Could not save the model</source>
        <translation>无法保存模型</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="343"/>
        <source>Save it somewhere else?</source>
        <translation>保存到其他位置吗？</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="347"/>
        <source>Save the trained model</source>
        <translation>保存训练好的模型</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="349"/>
        <source>Models (*.safetensors)</source>
        <translation>模型 (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="358"/>
        <source>The model could not be saved as {0}: {1}.</source>
        <translation>无法将模型保存为 {0}：{1}。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="362"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="363"/>
        <source>Stopped. Nothing was saved: the live model and your model files are unchanged.</source>
        <translation>已停止。未保存任何内容：当前模型和你的模型文件均未改变。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="367"/>
        <source>failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="368"/>
        <source>The run failed; the live model and your files are unchanged.</source>
        <translation>训练失败；当前模型和你的文件均未改变。</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="372"/>
        <source>MNIST not found</source>
        <translation>未找到 MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="377"/>
        <source>Training failed</source>
        <translation>训练失败</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../gui/runs/training_plots.py" line="30"/>
        <source>signs flipped %</source>
        <translation>符号翻转 %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="43"/>
        <location filename="../gui/runs/training_plots.py" line="120"/>
        <source>Live curves of the run: x is in epochs in every plot</source>
        <translation>训练的实时曲线：所有图的横轴均为轮次</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="44"/>
        <source>loss per batch (log scale)</source>
        <translation>每批损失（对数刻度）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="45"/>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>accuracy %</source>
        <translation>准确率 %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="46"/>
        <location filename="../gui/runs/training_plots.py" line="61"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>loss (log)</source>
        <translation>损失（对数）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>raw</source>
        <translation>原始</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="57"/>
        <source>smoothed</source>
        <translation>平滑</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>train ●</source>
        <translation>训练 ●</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="59"/>
        <source>test ■</source>
        <translation>测试 ■</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="64"/>
        <source>accuracy on the training batches (●), on MNIST&apos;s 10,000 test digits after each epoch (■), and on a fixed 2,000 of them during epochs (▲, dashed)</source>
        <translation>训练批次上的准确率（●）、每轮结束后在 MNIST 10,000 个测试数字上的准确率（■），以及轮次进行中在其中固定 2,000 个上的准确率（▲，虚线）</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="82"/>
        <source>test, 2,000 digits</source>
        <translation>测试，2,000 个数字</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="126"/>
        <source>epoch</source>
        <translation>轮</translation>
    </message>
</context>
<context>
    <name>TwinPanel</name>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="19"/>
        <source>float: real weights and activations (float-mlp)</source>
        <translation>浮点：实值权重和激活（float-mlp）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="20"/>
        <source>binary weights only: BinaryConnect (binaryconnect-det)</source>
        <translation>仅权重二值：BinaryConnect（binaryconnect-det）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="22"/>
        <source>fully binary: weights and activations ±1 (bnn-mlp)</source>
        <translation>全二值：权重和激活均为 ±1（bnn-mlp）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="23"/>
        <source>float: real weights and activations (float-cnn)</source>
        <translation>浮点：实值权重和激活（float-cnn）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="24"/>
        <source>fully binary: weights and activations ±1 (bnn-cnn)</source>
        <translation>全二值：权重和激活均为 ±1（bnn-cnn）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="56"/>
        <source>The network to compare with the live model on your drawing</source>
        <translation>在你的图形上与当前模型比较的网络</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="58"/>
        <source>live model</source>
        <translation>当前模型</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="59"/>
        <source>twin</source>
        <translation>孪生网络</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="64"/>
        <source>The two answers, each network&apos;s order of the ten digits, and Spearman&apos;s rank correlation of the two orders (1: the same order). Hidden units are not compared: two networks trained apart learn their units in their own order, so unit 5 of one has nothing to do with unit 5 of the other (about half their signs agree whatever you draw).</source>
        <translation>两个答案、各网络对十个数字的排序，以及两种排序的 Spearman 秩相关（1 表示顺序相同）。隐藏单元不作比较：分别训练的两个网络以各自的顺序学习单元，因此一个网络的第 5 个单元与另一个网络的第 5 个单元毫无关系（无论写什么，它们的符号大约有一半相同）。</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="78"/>
        <source>Compare with</source>
        <translation>比较对象</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="120"/>
        <source>twin: {0} ({1} engine, test accuracy {2}%)</source>
        <translation>孪生网络：{0}（{1} 引擎，测试准确率 {2}%）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="121"/>
        <source>twin: {0} ({1} engine)</source>
        <translation>孪生网络：{0}（{1} 引擎）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0} (test accuracy {1}%)</source>
        <translation>当前：{0}（测试准确率 {1}%）</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0}</source>
        <translation>当前：{0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="152"/>
        <source>The twin is the live model itself: the same answer and every bit the same.</source>
        <translation>孪生网络就是当前模型本身：答案相同，每个比特也相同。</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="156"/>
        <source>Both read &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>两者都读成 &lt;b&gt;{0}&lt;/b&gt;。</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="158"/>
        <source>They differ: the live model reads &lt;b&gt;{0}&lt;/b&gt;, the twin &lt;b&gt;{1}&lt;/b&gt; (the live model&apos;s choice number {2}).</source>
        <translation>两者不同：当前模型读成 &lt;b&gt;{0}&lt;/b&gt;，孪生网络读成 &lt;b&gt;{1}&lt;/b&gt;（在当前模型中排第 {2} 位）。</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="162"/>
        <source>Most to least likely: live {0} …, twin {1} …; the two orders agree with rank correlation {2} (1: the same order).</source>
        <translation>按可能性从高到低：当前 {0} …，孪生 {1} …；两种排序的秩相关为 {2}（1 表示顺序相同）。</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="167"/>
        <source>Hidden units are not compared: networks trained apart order their units each its own way.</source>
        <translation>隐藏单元不作比较：分别训练的网络各自以不同顺序排列其单元。</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="53"/>
        <source>{0} latent weights: {1}% at the clip, {2}% near 0 (|w| &lt; {3})</source>
        <translation>{0} 个潜在权重：{1}% 位于截断边界，{2}% 接近 0（|w| &lt; {3}）</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="61"/>
        <source>The live model&apos;s weights</source>
        <translation>当前模型的权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="69"/>
        <source>Previous units (Page Up)</source>
        <translation>上一组单元（Page Up）</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="70"/>
        <source>Next units (Page Down)</source>
        <translation>下一组单元（Page Down）</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="79"/>
        <source>The layer whose latent weights the histogram shows</source>
        <translation>直方图所显示的潜在权重所在的层</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="92"/>
        <source>Histogram of</source>
        <translation>直方图：</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="121"/>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="122"/>
        <source>latent value</source>
        <translation>潜在值</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="134"/>
        <source>{0}: real-valued weights; the weight views are for networks with binary weights</source>
        <translation>{0}：实值权重；权重视图适用于二值权重的网络</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="149"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: signs of {1}&apos;s weights (light +1, dark −1)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;：{1} 层权重的符号（亮为 +1，暗为 −1）</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="153"/>
        <source>The latent real weights of the layer chosen, kept within the clip ±{0} (orange). Training changes them; the network uses only their signs. A weight at the clip has been pushed one way for many steps, so its sign is settled; one near 0 flips as soon as the gradient says so.</source>
        <translation>所选层的实值潜在权重，限制在 ±{0} 以内（橙色）。训练改变的是它们，网络只使用它们的符号。位于截断边界的权重已被连续多步推向同一方向，符号已经稳定；接近 0 的权重只要梯度指示就会翻转。</translation>
    </message>
</context>
<context>
    <name>bits</name>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="43"/>
        <source>weights, 64 a word (the levels are summed, not packed):</source>
        <translation>权重，每字 64 个（灰度值求和，不打包）：</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="47"/>
        <source>word x (input)         w (weights)     pop(x^w)</source>
        <translation>字   x（输入）          w（权重）       pop(x^w)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="51"/>
        <location filename="../gui/docks/neuron_levels.py" line="56"/>
        <source>(+{0} more words)</source>
        <translation>（另有 {0} 个字）</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="53"/>
        <source>disagree = {0}{1}; dot = n − 2 × {0} = {2}</source>
        <translation>不一致 = {0}{1}；dot = n − 2 × {0} = {2}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="57"/>
        <source>bnn.c (bnn-gui export --c):</source>
        <translation>bnn.c（bnn-gui export --c）：</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../gui/messages.py" line="113"/>
        <source>{0} = {1} is out of range: expected {2}</source>
        <translation>{0} = {1} 超出范围：应为{2}</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="47"/>
        <source>MNIST samples</source>
        <translation>MNIST 数字</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="49"/>
        <source>personal share</source>
        <translation>你的数字所占比例</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="50"/>
        <source>in (0, 1)</source>
        <translation> (0, 1) 之间的数</translation>
    </message>
    <message>
        <location filename="../config.py" line="169"/>
        <source>epochs</source>
        <translation>轮数</translation>
    </message>
    <message>
        <location filename="../config.py" line="170"/>
        <source>an integer in 1..1000</source>
        <translation> 1..1000 之间的整数</translation>
    </message>
    <message>
        <location filename="../config.py" line="171"/>
        <source>batch size</source>
        <translation>批大小</translation>
    </message>
    <message>
        <location filename="../config.py" line="172"/>
        <source>an integer in 1..60000</source>
        <translation> 1..60000 之间的整数</translation>
    </message>
    <message>
        <location filename="../config.py" line="173"/>
        <source>learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <location filename="../config.py" line="174"/>
        <source>final learning rate</source>
        <translation>最终学习率</translation>
    </message>
    <message>
        <location filename="../config.py" line="175"/>
        <source>a number in (0, 10]</source>
        <translation> (0, 10] 之间的数</translation>
    </message>
    <message>
        <location filename="../config.py" line="176"/>
        <source>seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <location filename="../config.py" line="177"/>
        <source>an integer in 0..2**63-1</source>
        <translation> 0..2**63-1 之间的整数</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="48"/>
        <source>Bring {0} to the front</source>
        <translation>显示“{0}”</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="76"/>
        <source>Inside one neuron</source>
        <translation>单个神经元内部</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="79"/>
        <source>Float twin</source>
        <translation>浮点孪生网络</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="82"/>
        <source>Which pixels matter</source>
        <translation>哪些像素重要</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="86"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="89"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="92"/>
        <source>Pitfalls lab</source>
        <translation>误区实验室</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="25"/>
        <source>My digits</source>
        <translation>我的数字</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/live/images.py" line="62"/>
        <source>a picture</source>
        <translation>图片</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="68"/>
        <source>packed layers are malformed ({value}: {reason})</source>
        <translation>打包层格式错误（{value}：{reason}）</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="100"/>
        <source>not a packed bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>不是打包的 bnn-gui 模型（格式为 {value}，应为 {FORMAT}）</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="108"/>
        <location filename="../core/nets/checkpoint.py" line="65"/>
        <location filename="../core/nets/checkpoint.py" line="87"/>
        <source>{path}: {reason}</source>
        <translation>{path}：{reason}</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="118"/>
        <source>layer {name}: bits of shape {shape}, expected {value}</source>
        <translation>层 {name}：比特形状为 {shape}，应为 {value}</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="127"/>
        <source>output scale is not finite</source>
        <translation>输出缩放系数不是有限值</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="134"/>
        <source>layer {name}: thresholds do not match its {units} units</source>
        <translation>层 {name}：阈值与其 {units} 个单元不符</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="52"/>
        <source>its packed layers are not readable</source>
        <translation>其打包层无法读取</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="56"/>
        <source>it has {count} packed layers; a {name} network has {count2}</source>
        <translation>它有 {count} 个打包层；{name} 网络有 {count2} 个</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="61"/>
        <source>its packed input handling does not match its config</source>
        <translation>其打包形式的输入处理与配置不符</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="65"/>
        <source>a packed layer is not a JSON object</source>
        <translation>某个打包层不是 JSON 对象</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="69"/>
        <source>packed layer {value}: {key} is {value2}, its config says {value3}</source>
        <translation>打包层 {value}：{key} 为 {value2}，配置中为 {value3}</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="78"/>
        <source>layer {value}: weights or packed bits missing</source>
        <translation>层 {value}：缺少权重或打包比特</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="84"/>
        <source>layer {value}: its packed bits disagree with the signs of its weights</source>
        <translation>层 {value}：打包比特与权重的符号不一致</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="104"/>
        <source>layer {value}: BatchNorm or thresholds missing</source>
        <translation>层 {value}：缺少 BatchNorm 或阈值</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="115"/>
        <source>layer {value}: its packed flips disagree with BatchNorm&apos;s signs</source>
        <translation>层 {value}：打包的翻转与 BatchNorm 的符号不一致</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="121"/>
        <source>layer {value}: {value2} packed thresholds disagree with its BatchNorm</source>
        <translation>层 {value}：有 {value2} 个打包阈值与其 BatchNorm 不一致</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="36"/>
        <location filename="../core/files.py" line="193"/>
        <location filename="../core/runs/data.py" line="159"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}：文件夹不存在</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="45"/>
        <source>{path}: cannot be written there ({reason})</source>
        <translation>{path}：无法写入该位置（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="62"/>
        <location filename="../core/files.py" line="77"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="81"/>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}：这是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="85"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); it is left as it is</source>
        <translation>{path}：不是普通文件（设备、管道或套接字）；保持原样</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="90"/>
        <source>{path}: is read-only; it is left as it is</source>
        <translation>{path}：文件只读；保持原样</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="122"/>
        <location filename="../core/files.py" line="132"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}：这是文件夹，不是{what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="126"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}：无法读取（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="136"/>
        <source>{path}: is not a regular file (a pipe or a device?), not {what}</source>
        <translation>{path}：不是普通文件（管道或设备？），不是{what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="141"/>
        <source>{path}: {st_size} bytes is too large for {what} (at most {max_bytes})</source>
        <translation>{path}：{st_size} 字节，作为{what}过大（最多 {max_bytes}）</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="167"/>
        <source>{folder}: no free name for {stem}{suffix}</source>
        <translation>{folder}：{stem}{suffix} 没有可用的文件名</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="185"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} 是文件夹；请给出文件名</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="189"/>
        <source>{name}…: a file name is at most 255 bytes</source>
        <translation>{name}…：文件名最多 255 字节</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="197"/>
        <source>{folder}: cannot write there (permission denied)</source>
        <translation>{folder}：无法写入（权限不足）</translation>
    </message>
    <message>
        <location filename="../core/inference.py" line="177"/>
        <source>{path}: has no packed 1-bit form (only all-binary networks have one)</source>
        <translation>{path}：没有打包的 1 比特形式（只有全二值网络才有）</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="135"/>
        <source>{name_or_path}: no such lesson file, and not a built-in lesson ({names})</source>
        <translation>{name_or_path}：没有这个课程文件，也不是内置课程（{names}）</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="150"/>
        <source>a lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="158"/>
        <source>{path}: not a lesson (not UTF-8 text)</source>
        <translation>{path}：不是课程（不是 UTF-8 文本）</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="162"/>
        <source>{path}: not a lesson file ({reason})</source>
        <translation>{path}：不是课程文件（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="171"/>
        <source>{where}: format {value}, expected {FORMAT}</source>
        <translation>{where}：格式为 {value}，应为 {FORMAT}</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="176"/>
        <source>{where}: unknown key {value} (known: format, title, step)</source>
        <translation>{where}：未知的键 {value}（已知：format、title、step）</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="182"/>
        <source>{where}: title is not a line of text</source>
        <translation>{where}：title 不是一行文本</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="187"/>
        <source>{where}: no [[step]]</source>
        <translation>{where}：没有 [[step]]</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="191"/>
        <source>{where}: {count} steps; a lesson has at most {MAX_STEPS}</source>
        <translation>{where}：{count} 个步骤；一节课最多 {MAX_STEPS} 个</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="199"/>
        <source>{where}: step {n}: {reason}</source>
        <translation>{where}：第 {n} 步：{reason}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="94"/>
        <source>{path}: its packed layers do not fit a {name} network (units, kernel per layer: {got}, expected {want})</source>
        <translation>{path}：其打包层与 {name} 网络不符（每层的单元数和卷积核：{got}，应为 {want}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="149"/>
        <source>{path}: no such file</source>
        <translation>{path}：文件不存在</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="153"/>
        <source>a model file</source>
        <translation>模型文件</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="158"/>
        <source>{path}: {count} bytes; too short to be a model file</source>
        <translation>{path}：{count} 字节；太短，不可能是模型文件</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="164"/>
        <source>{path}: not a bnn-gui model (no valid safetensors header; the file may be truncated or of another kind)</source>
        <translation>{path}：不是 bnn-gui 模型（没有有效的 safetensors 头；文件可能被截断或属于其他类型）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="179"/>
        <source>{path}: damaged or truncated weights ({reason})</source>
        <translation>{path}：权重损坏或被截断（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="184"/>
        <source>{path}: tensor {name} holds NaN or infinite values</source>
        <translation>{path}：张量 {name} 含有 NaN 或无穷值</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="194"/>
        <source>{path}: not a bnn-gui model (its header is not valid JSON)</source>
        <translation>{path}：不是 bnn-gui 模型（文件头不是有效的 JSON）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="201"/>
        <source>{path}: not a bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>{path}：不是 bnn-gui 模型（格式为 {value}，应为 {FORMAT}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="227"/>
        <source>{path}: its stored configuration is invalid ({value})</source>
        <translation>{path}：保存的配置无效（{value}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="249"/>
        <source>{path}: damaged header (tensor {value})</source>
        <translation>{path}：文件头损坏（张量 {value}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="253"/>
        <source>{path}: tensor {value} does not fit in the file (truncated or damaged)</source>
        <translation>{path}：张量 {value} 超出文件范围（文件被截断或损坏）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="260"/>
        <source>{path}: its weights do not fit a {name} network (its config describes {need} weights; the file holds {elements} numbers)</source>
        <translation>{path}：其权重与 {name} 网络不符（配置描述 {need} 个权重；文件中有 {elements} 个数）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="276"/>
        <source>{path}: is a {name} model, expected {expect}</source>
        <translation>{path}：这是 {name} 模型，应为 {expect}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="284"/>
        <source>{path}: its weights do not fit a {name} network (mismatched: {diff})</source>
        <translation>{path}：其权重与 {name} 网络不符（不匹配：{diff}）</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="310"/>
        <source>{path_or_name}: no such model file or name (available: {names})</source>
        <translation>{path_or_name}：没有这个模型文件或名称（可用：{names}）</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="32"/>
        <source>{name}: the packed engine runs networks with binary weights, ±1 activations and BatchNorm ({presets})</source>
        <translation>{name}：打包引擎只运行二值权重、±1 激活并带 BatchNorm 的网络（{presets}）</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="37"/>
        <source>{name}: the packed engine and the C export run 1-bit networks; this one has {weights}-bit weights and {activations}-bit activations</source>
        <translation>{name}：打包引擎和 C 导出只支持 1 比特网络；这个网络的权重是 {weights} 比特，激活是 {activations} 比特</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="43"/>
        <source>{name}: the output layer must be binary with a scale or BatchNorm</source>
        <translation>{name}：输出层必须是二值的，并带缩放或 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="70"/>
        <source>an MNIST file</source>
        <translation>MNIST 文件</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="82"/>
        <source>{path}: inflates to more than {MAX_IDX_BYTES} bytes, the size of MNIST&apos;s largest file; not MNIST</source>
        <translation>{path}：解压后超过 {MAX_IDX_BYTES} 字节（MNIST 最大文件的大小）；不是 MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="88"/>
        <source>{path}: cannot read ({reason}); the file is damaged, delete it</source>
        <translation>{path}：无法读取（{reason}）；文件已损坏，请删除</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="93"/>
        <source>{path}: only {count} bytes; not an IDX file</source>
        <translation>{path}：只有 {count} 字节；不是 IDX 文件</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="98"/>
        <source>{path}: magic number {got_magic}, expected {magic}; wrong or damaged file</source>
        <translation>{path}：魔数为 {got_magic}，应为 {magic}；文件有误或已损坏</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="105"/>
        <source>{path}: header cut short</source>
        <translation>{path}：文件头不完整</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="111"/>
        <source>{path}: header says {dims} ({expected} bytes) but the file has {count} bytes; the file is truncated or damaged</source>
        <translation>{path}：文件头声明 {dims}（{expected} 字节），但文件有 {count} 字节；文件被截断或已损坏</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="117"/>
        <source>{path}: checksum {digest} does not match MNIST&apos;s {verify_md5}; the file is damaged or is not MNIST</source>
        <translation>{path}：校验和 {digest} 与 MNIST 的 {verify_md5} 不符；文件已损坏或不是 MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="150"/>
        <source>{data_dir}: is a file, not a folder; give the folder that holds MNIST&apos;s four files</source>
        <translation>{data_dir}：这是文件，不是文件夹；请给出存放 MNIST 四个文件的文件夹</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="163"/>
        <source>{folder}: MNIST files missing: {value} (.gz or not)</source>
        <translation>{folder}：缺少 MNIST 文件：{value}（.gz 或解压后的均可）</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="176"/>
        <source>no such folder</source>
        <translation>没有这个文件夹</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="180"/>
        <source>missing: {files}</source>
        <translation>缺少：{files}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="196"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}).
Put its four files (gzipped or not; 11 MB in all):
{names}
into that folder, or set BNN_GUI_DATA to the folder that holds them.</source>
        <translation>BNN_GUI_DATA 是 {env}，但那里没有 MNIST（{lacks}）。
请把它的四个文件（可为 gzip 压缩，共 11 MB）：
{names}
放进该文件夹，或把 BNN_GUI_DATA 设为存放它们的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="205"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}), and it could not be downloaded into {folder}.
Put its four files (gzipped or not; 11 MB in all):
{names}
into one of those folders.

Download errors:
{errors}</source>
        <translation>BNN_GUI_DATA 是 {env}，但那里没有 MNIST（{lacks}），也无法下载到 {folder}。
请把它的四个文件（可为 gzip 压缩，共 11 MB）：
{names}
放进其中一个文件夹。

下载错误：
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="200"/>
        <source>MNIST was not found on this computer.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.</source>
        <translation>在这台计算机上没有找到 MNIST。
请把它的四个文件（gzip 压缩或解压后均可；共 11 MB）：
{names}
放进 {folder}
或用 --data-dir DIR 或 BNN_GUI_DATA=DIR 指向存放它们的文件夹。</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="210"/>
        <source>MNIST was not found, and could not be downloaded.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.

Download errors:
{errors}</source>
        <translation>没有找到 MNIST，也无法下载。
请把它的四个文件（gzip 压缩或解压后均可；共 11 MB）：
{names}
放进 {folder}
或用 --data-dir DIR 或 BNN_GUI_DATA=DIR 指向存放它们的文件夹。

下载错误：
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="243"/>
        <source>{folder}: {prefix} images {shape} and labels {shape2} disagree</source>
        <translation>{folder}：{prefix} 的图像 {shape} 与标签 {shape2} 不一致</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="266"/>
        <source>{dest}: is a file, where MNIST&apos;s folder would go; move it away, or point to MNIST with --data-dir DIR or BNN_GUI_DATA=DIR</source>
        <translation>{dest}：MNIST 文件夹的位置上是一个文件；请移走它，或用 --data-dir DIR 或 BNN_GUI_DATA=DIR 指向 MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="274"/>
        <source>{dest}: the folder for MNIST cannot be made ({reason})</source>
        <translation>{dest}：无法创建 MNIST 文件夹（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="315"/>
        <source>the download of MNIST was cancelled</source>
        <translation>MNIST 下载已取消</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="130"/>
        <source>{reason}; and it could not be set aside ({reason2})</source>
        <translation>{reason}；而且无法将其移到一旁（{reason2}）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="134"/>
        <source>{reason}

The damaged file was kept as {kept}; a new, empty set starts.</source>
        <translation>{reason}

损坏的文件已保留为 {kept}；现在开始一个新的空集合。</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="202"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}：无法写入（{reason}）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="244"/>
        <source>{path}: the personal set holds at most {MAX_SAMPLES} digits; export it and start a new one (nothing was changed)</source>
        <translation>{path}：个人集合最多容纳 {MAX_SAMPLES} 个数字；请导出后新建一个（未做任何更改）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="262"/>
        <source>{path}: cannot save your personal set ({reason}); nothing was changed</source>
        <translation>{path}：无法保存你的个人集合（{reason}）；未做任何更改</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="189"/>
        <source>a personal-set file</source>
        <translation>个人集合文件</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="198"/>
        <source>{path}: {reason}; which one is meant cannot be known</source>
        <translation>{path}：{reason}；无法知道指的是哪一个</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="201"/>
        <source>{path}: not a personal-set file (not valid JSON; it may be truncated or of another kind)</source>
        <translation>{path}：不是个人集合文件（不是有效的 JSON；可能被截断或属于其他类型）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="206"/>
        <source>{path}: not a personal-set file (nested too deeply)</source>
        <translation>{path}：不是个人集合文件（嵌套过深）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="211"/>
        <source>{path}: not a personal-set file (format {got}, expected {FORMAT})</source>
        <translation>{path}：不是个人集合文件（格式为 {got}，应为 {FORMAT}）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="217"/>
        <source>{path}: &apos;samples&apos; is not a list</source>
        <translation>{path}：&apos;samples&apos; 不是列表</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="221"/>
        <location filename="../core/runs/personal_file.py" line="262"/>
        <source>{path}: {count} digits, more than a personal set holds ({MAX_SAMPLES})</source>
        <translation>{path}：{count} 个数字，超过个人集合的容量（{MAX_SAMPLES}）</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="230"/>
        <source>{path}: sample {value} of {count}: {value2}</source>
        <translation>{path}：第 {value} 个样本（共 {count} 个）：{value2}</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="234"/>
        <source>{path}: sample {value}: id {id} appears twice</source>
        <translation>{path}：第 {value} 个样本：id {id} 出现了两次</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="247"/>
        <source>a personal-set journal</source>
        <translation>个人集合日志</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="231"/>
        <source>{folder}: is not a folder</source>
        <translation>{folder}：不是文件夹</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="233"/>
        <source>{folder}: no such folder as {parent}</source>
        <translation>{folder}：文件夹 {parent} 不存在</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>Canvas</source>
        <translation>画布</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>right button</source>
        <translation>鼠标右键</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>erase the strokes under the pointer</source>
        <translation>擦除指针下的笔画</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <location filename="../gui/help.py" line="18"/>
        <location filename="../gui/help.py" line="20"/>
        <location filename="../gui/help.py" line="21"/>
        <location filename="../gui/help.py" line="22"/>
        <location filename="../gui/help.py" line="23"/>
        <source>Network view</source>
        <translation>网络视图</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <source>click a layer&apos;s title</source>
        <translation>点击层的标题</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="17"/>
        <source>enlarge it (again: back to all layers)</source>
        <translation>放大该层（再点一次：返回所有层）</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="18"/>
        <source>Up / Down</source>
        <translation>上 / 下</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="19"/>
        <source>the enlarged conv layer&apos;s previous / next channel</source>
        <translation>放大的卷积层的上一个 / 下一个通道</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="20"/>
        <source>all channels of the enlarged layer, or one again</source>
        <translation>显示放大层的所有通道，或再切回单个通道</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>Left / Right</source>
        <translation>左 / 右</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>the previous / next layer</source>
        <translation>上一层 / 下一层</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>wheel, drag</source>
        <translation>滚轮、拖动</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>zoom and pan the enlarged layer</source>
        <translation>缩放和平移放大的层</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="23"/>
        <source>back to all layers</source>
        <translation>返回所有层</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="26"/>
        <source>
&lt;h2&gt;Binarized neural networks in five minutes&lt;/h2&gt;
&lt;p&gt;A binarized neural network (Courbariaux, Hubara et al. 2016) is an ordinary network whose
&lt;b&gt;weights and activations are all +1 or -1&lt;/b&gt;. Each hidden unit takes the sign of a weighted
sum: it says +1 or -1, one bit. &lt;a href=&quot;bnn:network&quot;&gt;See every layer&apos;s bits&lt;/a&gt; change as
you draw.&lt;/p&gt;
&lt;h3&gt;Latent weights and clipping&lt;/h3&gt;
&lt;p&gt;Training keeps a &lt;b&gt;real-valued latent weight&lt;/b&gt; behind every ±1 weight; the network uses
its sign. The optimiser moves the latent weights, and a bit flips when its latent weight
crosses zero. The latent weights are &lt;b&gt;clipped to [-H, H]&lt;/b&gt; after every step, or they drift
so far from zero that their bits never flip again. &lt;a href=&quot;bnn:weights&quot;&gt;See the latent
weights and the clip window&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;The straight-through estimator&lt;/h3&gt;
&lt;p&gt;The sign has no useful gradient (zero almost everywhere). Training pretends it is the
identity between -1 and 1 and passes the gradient straight through there (zero outside:
the &quot;hard tanh&quot; estimator). A sign on the &lt;i&gt;output&lt;/i&gt; layer, or a learning rate far too
small, and nothing learns: the 10% that newcomers meet.
&lt;a href=&quot;bnn:lab&quot;&gt;Try the classic mistakes in the pitfalls lab&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;BatchNorm before the sign&lt;/h3&gt;
&lt;p&gt;Without it a unit&apos;s sum sits far from zero and its sign never changes: BatchNorm moves
every unit&apos;s threshold to where its bit carries information. At test time BatchNorm and sign
fold into &lt;b&gt;one integer threshold per unit&lt;/b&gt;. &lt;a href=&quot;bnn:neuron&quot;&gt;Look inside one
neuron&lt;/a&gt; to see its threshold.&lt;/p&gt;
&lt;h3&gt;XNOR and popcount&lt;/h3&gt;
&lt;p&gt;With ±1 inputs and weights stored as bits, a product is an &lt;b&gt;XNOR&lt;/b&gt; (1 where they
agree) and the sum is &lt;b&gt;2 · popcount − n&lt;/b&gt;. That is why a BNN runs on a phone or a
microcontroller: this app&apos;s packed engine reads your digit that way, bit for bit the same as
PyTorch. &lt;a href=&quot;bnn:neuron&quot;&gt;Follow one unit&apos;s XNOR row and popcount&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;Which pixels matter&lt;/h3&gt;
&lt;p&gt;Inking or erasing one input pixel changes every first-layer sum it feeds; where a sum
sits near its threshold, a bit flips, and a few pixels can change the answer. &lt;a href=&quot;bnn:pixels&quot;&gt;See which ones, and how few turn your
digit into another&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;Try it&lt;/h3&gt;
&lt;p&gt;&lt;a href=&quot;bnn:training&quot;&gt;Train a network&lt;/a&gt; and watch it learn, or
&lt;a href=&quot;bnn:twin&quot;&gt;compare it with its float twin&lt;/a&gt; on your drawing.&lt;/p&gt;
</source>
        <translation>
&lt;h2&gt;五分钟了解二值化神经网络&lt;/h2&gt;
&lt;p&gt;二值化神经网络（Courbariaux、Hubara 等，2016）是一种普通的神经网络，只是它的
&lt;b&gt;权重和激活全部为 +1 或 −1&lt;/b&gt;。每个隐藏单元取加权和的符号：输出 +1 或 −1，即一个比特。
&lt;a href=&quot;bnn:network&quot;&gt;看看每一层的比特&lt;/a&gt;如何随你的书写而变化。&lt;/p&gt;
&lt;h3&gt;潜在权重与截断&lt;/h3&gt;
&lt;p&gt;训练时，每个 ±1 权重背后都有一个&lt;b&gt;实值潜在权重&lt;/b&gt;，网络使用的是它的符号。优化器更新
潜在权重，当潜在权重穿过零点时，对应的比特翻转。每一步之后，潜在权重都会被&lt;b&gt;截断到
[−H, H]&lt;/b&gt;，否则它们会远离零点，使比特再也无法翻转。&lt;a href=&quot;bnn:weights&quot;&gt;查看潜在权重和
截断范围&lt;/a&gt;。&lt;/p&gt;
&lt;h3&gt;直通估计器&lt;/h3&gt;
&lt;p&gt;符号函数没有有用的梯度（几乎处处为零）。训练时把它在 −1 到 1 之间当作恒等函数，让梯度
直接通过（区间外为零：即“hard tanh”估计器）。如果在&lt;i&gt;输出&lt;/i&gt;层也取符号，或者学习率
小得离谱，网络就什么也学不到：新手常遇到的 10% 就是这么来的。
&lt;a href=&quot;bnn:lab&quot;&gt;在误区实验室里重现这些典型错误&lt;/a&gt;。&lt;/p&gt;
&lt;h3&gt;符号函数之前的 BatchNorm&lt;/h3&gt;
&lt;p&gt;没有它，单元的加权和会远离零点，符号永远不变：BatchNorm 把每个单元的阈值移到其比特能
携带信息的位置。推理时，BatchNorm 与符号函数折叠为&lt;b&gt;每个单元一个整数阈值&lt;/b&gt;。
&lt;a href=&quot;bnn:neuron&quot;&gt;查看单个神经元内部&lt;/a&gt;，看看它的阈值。&lt;/p&gt;
&lt;h3&gt;XNOR 与 popcount&lt;/h3&gt;
&lt;p&gt;当 ±1 的输入和权重以比特存储时，乘法就是 &lt;b&gt;XNOR&lt;/b&gt;（相同处为 1），求和就是
&lt;b&gt;2 · popcount − n&lt;/b&gt;。这就是 BNN 能在手机或微控制器上运行的原因：本程序的打包引擎正是
这样识别你的数字，结果与 PyTorch 逐比特一致。&lt;a href=&quot;bnn:neuron&quot;&gt;跟踪一个单元的 XNOR 行
与 popcount&lt;/a&gt;。&lt;/p&gt;
&lt;h3&gt;哪些像素重要&lt;/h3&gt;
&lt;p&gt;涂黑或擦除一个输入像素，会改变它参与的所有第一层加权和；当某个和接近阈值时，比特就会
翻转，几个像素就可能改变答案。&lt;a href=&quot;bnn:pixels&quot;&gt;看看是哪些像素，以及只需多么少的改动
就能把你的数字变成另一个&lt;/a&gt;。&lt;/p&gt;
&lt;h3&gt;动手试试&lt;/h3&gt;
&lt;p&gt;&lt;a href=&quot;bnn:training&quot;&gt;训练一个网络&lt;/a&gt;并观察它学习，或者
&lt;a href=&quot;bnn:twin&quot;&gt;在你的图形上把它与浮点孪生网络比较&lt;/a&gt;。&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="73"/>
        <source>the digit pressed</source>
        <translation>所按的数字</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="90"/>
        <source>Panels</source>
        <translation>面板</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="95"/>
        <source>where</source>
        <translation>位置</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="96"/>
        <source>keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="97"/>
        <source>what</source>
        <translation>作用</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../gui/live/images.py" line="17"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;All files (*)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;所有文件 (*)</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="69"/>
        <source>is compressed (a .svgz?), which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>是压缩文件（.svgz？），不予读取（它可能无限膨胀）；请另存为普通 SVG 或 PNG。</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="77"/>
        <source>could not be read as an image (PNG, JPEG, BMP, …).</source>
        <translation>无法作为图片读取（PNG、JPEG、BMP 等）。</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="79"/>
        <source>is a compressed SVG, which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>是压缩的 SVG，不予读取（它可能无限膨胀）；请另存为普通 SVG 或 PNG。</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="82"/>
        <source>is an SVG of {0} bytes; SVGs up to {1} bytes are read (save it as PNG).</source>
        <translation>是 {0} 字节的 SVG；只读取不超过 {1} 字节的 SVG（请另存为 PNG）。</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="88"/>
        <source>is {0} x {1} pixels; pictures up to {2} megapixels can be read.</source>
        <translation>为 {0} x {1} 像素；只能读取不超过 {2} 百万像素的图片。</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="97"/>
        <source>could not be read as an image ({0}).</source>
        <translation>无法作为图片读取（{0}）。</translation>
    </message>
</context>
<context>
    <name>layer_words</name>
    <message>
        <location filename="../gui/live/layer_words.py" line="13"/>
        <source>sign</source>
        <translation>符号</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="17"/>
        <source>{0}-bit activation</source>
        <translation>{0} 比特激活</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="19"/>
        <source>±1 weights</source>
        <translation>±1 权重</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="20"/>
        <source>±1 weights (stochastic)</source>
        <translation>±1 权重（随机）</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="21"/>
        <source>real weights</source>
        <translation>实值权重</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="24"/>
        <source>{0}-bit weights</source>
        <translation>{0} 比特权重</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="31"/>
        <source>{0}x{0} kernels over pixels</source>
        <translation>作用于像素的 {0}x{0} 卷积核</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="33"/>
        <source>{0}x{0} kernels over {1} channels</source>
        <translation>作用于 {1} 个通道的 {0}x{0} 卷积核</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="36"/>
        <source>max-pool {0}</source>
        <translation>最大池化 {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="43"/>
        <source>each over {0} inputs</source>
        <translation>每个连接 {0} 个输入</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/messages.py" line="21"/>
        <source>({0} more lines)</source>
        <translation>（另有 {0} 行）</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="45"/>
        <source>Replace a read-only file?</source>
        <translation>替换只读文件吗？</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="46"/>
        <source>{0} is read-only. Replace it anyway?</source>
        <translation>{0} 是只读文件。仍要替换吗？</translation>
    </message>
</context>
<context>
    <name>pitfalls</name>
    <message>
        <location filename="../core/runs/pitfalls.py" line="47"/>
        <source>Why it said 9.87%: the newcomer&apos;s notebook, fixed one step at a time</source>
        <translation>为什么是 9.87%：新手的笔记本，一步步修正</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="48"/>
        <source>A Keras BNN &apos;stuck at 9.87%&apos; whatever the learning rate: four Dense layers with binary_tanh, the output included, BatchNorm written but never added, SGD, Keras&apos;s categorical cross-entropy, batches of 100. Replayed with Keras&apos;s semantics; then each run changes one thing on top of the last; what each run found is said as it ends (hover its row to read it again).</source>
        <translation>一个无论学习率多少都“卡在 9.87%”的 Keras BNN：四个带 binary_tanh 的 Dense 层（包括输出层），写了 BatchNorm 却没加进去，SGD，Keras 的分类交叉熵，批大小 100。按 Keras 的语义重放；之后每次运行在上一次的基础上只改一处；每次运行结束时说明它的发现（悬停在该行上可再次查看）。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="68"/>
        <source>Sign on the output layer too</source>
        <translation>输出层也取符号</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="69"/>
        <source>With a sign on the output the ten scores are ±1: digits tie (the first +1 class wins) and the softmax can never be sure (at most 45%), so the loss stays high. With the straight-through gradient it still learns, a point or more behind on MNIST and far behind on harder data; with a plain sign (no straight-through gradient) nothing learns at all: the newcomer&apos;s 10%.</source>
        <translation>输出层取符号后，十个得分都是 ±1：数字之间会打平（第一个 +1 的类别胜出），softmax 永远不可能有把握（最多 45%），所以损失居高不下。借助直通梯度它仍能学习，但在 MNIST 上落后一个百分点以上，在更难的数据上落后很多；若用普通符号函数（没有直通梯度），则什么也学不到：新手遇到的 10%。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="74"/>
        <source>correct: real-valued scores</source>
        <translation>正确：实值得分</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="75"/>
        <source>sign on the output</source>
        <translation>输出取符号</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="76"/>
        <source>BatchNorm left out</source>
        <translation>省略 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="77"/>
        <source>Without BatchNorm the sums of ±1 products are large and centred nowhere: most signs are stuck at one value and the gradient through the sign (zero where |x| &gt; 1) vanishes.</source>
        <translation>没有 BatchNorm，±1 乘积之和数值很大且没有中心：大多数符号卡在一个值上，经过符号函数的梯度（在 |x| &gt; 1 处为零）消失。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="80"/>
        <source>with BatchNorm</source>
        <translation>有 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="81"/>
        <source>without BatchNorm</source>
        <translation>无 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="82"/>
        <source>Learning rate 1e-6</source>
        <translation>学习率 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="83"/>
        <source>Binary weights only change when a latent weight crosses zero; at 1e-6 almost none does, and nothing moves.</source>
        <translation>只有潜在权重穿过零点时二值权重才会改变；学习率为 1e-6 时几乎没有权重穿过零点，什么都不变。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="85"/>
        <source>lr 1e-2</source>
        <translation>学习率 1e-2</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="86"/>
        <source>lr 1e-6</source>
        <translation>学习率 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="87"/>
        <source>No clipping of latent weights</source>
        <translation>不截断潜在权重</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="88"/>
        <source>Unclipped latent weights drift far from zero and stop flipping: the network freezes early (compare the sign-flip curves). Where to clip (BinaryConnect): in the training loop, right after the optimiser&apos;s step, not inside the optimiser: {0}. After the step, because the step is what moves the latent weights out of [-H, H]; the optimiser&apos;s own state (Adam&apos;s averages) is left as it is.</source>
        <translation>未截断的潜在权重会远离零点、不再翻转：网络过早冻结（比较符号翻转曲线）。在哪里截断（BinaryConnect）：在训练循环中、优化器的一步之后，而不是在优化器内部：{0}。之所以在这一步之后，是因为正是这一步把潜在权重推出了 [−H, H]；优化器自身的状态（Adam 的均值）保持不变。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="94"/>
        <source>clipped to [-1, 1]</source>
        <translation>截断到 [−1, 1]</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="95"/>
        <source>not clipped (H = 100)</source>
        <translation>不截断（H = 100）</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="98"/>
        <source>Deterministic vs stochastic BinaryConnect</source>
        <translation>确定性与随机 BinaryConnect</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="99"/>
        <source>Stochastic binarisation is a regulariser: noisier and slower at first, it can generalise as well or better over long runs.</source>
        <translation>随机二值化是一种正则化：起初噪声更大、更慢，但长时间训练后泛化能力可以相当甚至更好。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="101"/>
        <source>deterministic</source>
        <translation>确定性</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="102"/>
        <source>stochastic</source>
        <translation>随机</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="103"/>
        <source>Antirectifier vs ReLU at equal parameter count</source>
        <translation>参数量相同时的 Antirectifier 与 ReLU</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="104"/>
        <source>The Antirectifier keeps both the positive and the negative part of each feature; at the same number of parameters it is compared with plain ReLU.</source>
        <translation>Antirectifier 同时保留每个特征的正部和负部；在参数量相同的条件下与普通 ReLU 比较。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="106"/>
        <source>Antirectifier 2 x 256</source>
        <translation>Antirectifier 2 x 256</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="107"/>
        <source>ReLU 2 x 306</source>
        <translation>ReLU 2 x 306</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="108"/>
        <source>L2-constrained softmax with several alphas</source>
        <translation>不同 alpha 的 L2 约束 softmax</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="109"/>
        <source>Normalising the features and scaling them by alpha bounds the logits: too small an alpha cannot make confident answers, a moderate one trains well.</source>
        <translation>对特征归一化并乘以 alpha 会限制 logits 的范围：alpha 太小无法给出有把握的答案，适中的 alpha 训练效果良好。</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="113"/>
        <source>plain softmax</source>
        <translation>普通 softmax</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="114"/>
        <source>alpha 16, one norm for the batch, as in the blog&apos;s code</source>
        <translation>alpha 16，整批共用一个范数（如博客代码）</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="116"/>
        <source>tf.norm(fc1) without an axis is one norm over the whole batch: every sample is divided by the same number, so a sample&apos;s features have norm about alpha / sqrt(batch size) (about 1.1 in batches of 200), not alpha, and that number changes with the batch: 200 digits in training, 2,000 when the test set is measured, 1 when the window reads your drawing. Compare it with alpha 16 normalised per sample (axis=1), as the paper does.</source>
        <translation>不指定轴的 tf.norm(fc1) 是整批数据上的一个范数：每个样本都除以同一个数，因此样本特征的范数约为 alpha / sqrt(批大小)（批大小 200 时约 1.1），而不是 alpha，而且这个数随批次变化：训练时 200 个数字，测量测试集时 2,000 个，窗口识别你的图形时 1 个。请与按样本归一化（axis=1）的 alpha 16 比较，论文正是这样做的。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="79"/>
        <source>as written: SGD at lr 1e-6</source>
        <translation>原样：SGD，学习率 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="80"/>
        <source>The ten ±1 outputs sum to 0 for about a quarter of the digits; Keras&apos;s loss divides by that sum, and the first such batch turns every weight into NaN. From then on the network answers 0 for every digit: the share of 0s.</source>
        <translation>大约四分之一的数字，其十个 ±1 输出之和为 0；Keras 的损失函数要除以这个和，第一个这样的批次就把所有权重变成 NaN。此后网络对所有数字都回答 0：正好是 0 所占的比例。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="84"/>
        <source>the asker&apos;s lr 1e-3</source>
        <translation>提问者的学习率 1e-3</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="85"/>
        <source>The same NaN at the same step: the learning rate multiplies a NaN gradient, and NaN times any rate is NaN. No learning rate could have helped.</source>
        <translation>同一步出现同样的 NaN：学习率乘的是 NaN 梯度，NaN 乘以任何学习率仍是 NaN。任何学习率都无济于事。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="87"/>
        <source>no activation on the output (the accepted answer)</source>
        <translation>输出层不用激活（被采纳的回答）</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="88"/>
        <source>Real-valued outputs almost never sum to exactly 0, so the weights stay finite, but Keras&apos;s loss still divides raw outputs by their sum: negative or oversized &apos;probabilities&apos; are clipped, and a clipped value passes no gradient back.</source>
        <translation>实值输出之和几乎不会恰好为 0，所以权重保持有限，但 Keras 的损失函数仍把原始输出除以它们的和：负的或过大的“概率”会被截断，而被截断的值不会回传梯度。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="91"/>
        <source>softmax on the output (what the loss expects)</source>
        <translation>输出层用 softmax（损失函数所期望的）</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="92"/>
        <source>Probabilities that sum to 1 make the loss a true cross-entropy: now it learns steadily, though SGD is slow through three sign layers.</source>
        <translation>和为 1 的概率使损失成为真正的交叉熵：现在它能稳定学习，只是 SGD 穿过三层符号函数时很慢。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="94"/>
        <source>BatchNorm actually added</source>
        <translation>真正加入 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="95"/>
        <source>BatchNorm centres each layer&apos;s sums so the signs split the digits and the straight-through gradient (zero where |x| &gt; 1) flows.</source>
        <translation>BatchNorm 使每层的和居中，于是符号能把数字区分开，直通梯度（在 |x| &gt; 1 处为零）也能流动。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="97"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="98"/>
        <source>Adam scales each step to the gradient&apos;s size: far faster than plain SGD here.</source>
        <translation>Adam 按梯度大小调整每一步：在这里比普通 SGD 快得多。</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="99"/>
        <source>binary weights as well (the paper&apos;s BNN)</source>
        <translation>权重也二值化（论文中的 BNN）</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="100"/>
        <source>±1 weights (sign forward, latent weights clipped to [-1, 1]): a network of bits, as in the paper. Compare it with the rung before: the price of 1-bit weights after these few epochs (the paper trains for hundreds, and this project&apos;s bnn presets with a larger learning rate).</source>
        <translation>±1 权重（前向取符号，潜在权重截断到 [−1, 1]）：一个由比特构成的网络，与论文相同。与上一级比较：这几轮之后 1 比特权重的代价（论文训练数百轮，本项目的 bnn 预设使用更大的学习率）。</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="22"/>
        <source>Bit budget: 1, 1.58, 2, 4 and 8 bits side by side</source>
        <translation>比特预算：1、1.58、2、4 和 8 比特并排比较</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="23"/>
        <source>The same network trained with weights and activations of 1 bit (±1), 1.58 (−1/0/+1), 2, 4 and 8 bits, and in float32. Each extra bit buys a little accuracy and costs memory and speed: 1 bit is the only width that runs as XNOR and popcount (the packed engine and the exported C); the plot puts each run&apos;s test accuracy against the bytes of its weights.</source>
        <translation>同一个网络分别以 1 比特（±1）、1.58 比特（−1/0/+1）、2、4、8 比特的权重和激活以及 float32 训练。每多一比特，准确率略有提升，但要付出内存和速度：只有 1 比特能以 XNOR 和 popcount 运行（打包引擎和导出的 C）；图中给出每次运行的测试准确率与其权重字节数的关系。</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1 bit</source>
        <translation>1 比特</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1.58 bits</source>
        <translation>1.58 比特</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>2 bits</source>
        <translation>2 比特</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>4 bits</source>
        <translation>4 比特</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>8 bits</source>
        <translation>8 比特</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="33"/>
        <source>correct: threshold and flip from BatchNorm</source>
        <translation>正确：由 BatchNorm 得到阈值和翻转</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="34"/>
        <source>Each unit fires when its dot reaches its own threshold ⌈s(μ − βσ/γ)⌉, the other way round where γ &lt; 0: the bits the network was trained with.</source>
        <translation>每个单元在其点积达到自己的阈值 ⌈s(μ − βσ/γ)⌉ 时激活，γ &lt; 0 时则相反：这正是网络训练时的比特。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="37"/>
        <source>sign of the weights, BatchNorm left out</source>
        <translation>取权重符号，省略 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="38"/>
        <source>Without BatchNorm each unit fires when its dot is &gt;= 0, but training centred every unit on its own mean μ: many units now fire for every digit or for none.</source>
        <translation>没有 BatchNorm 时，单元在点积 &gt;= 0 时激活，但训练时每个单元都以自己的均值 μ 为中心：现在许多单元对所有数字都激活，或者都不激活。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="42"/>
        <source>sign first, then BatchNorm</source>
        <translation>先取符号，再做 BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="43"/>
        <source>BatchNorm must come before the sign: applied after it, to a ±1 instead of the dot, its shift μ swamps the ±1 and most units give the same bit whatever the digit.</source>
        <translation>BatchNorm 必须在符号之前：如果放在之后，作用于 ±1 而不是点积，它的偏移 μ 会淹没 ±1，大多数单元无论什么数字都给出同一个比特。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="47"/>
        <source>first layer&apos;s thresholds in 0..1 pixels</source>
        <translation>第一层阈值按 0..1 像素计算</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="48"/>
        <source>The first layer reads pixel levels 0..255; its thresholds were folded for pixels in 0..1, 255 times too small, so its units fire for almost any ink.</source>
        <translation>第一层读取的是 0..255 的像素灰度；它的阈值却是按 0..1 的像素折叠的，小了 255 倍，于是几乎任何笔迹都会让它的单元激活。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="52"/>
        <source>first layer fed 0/1 pixels</source>
        <translation>第一层输入 0/1 像素</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="53"/>
        <source>The first layer was trained on real levels 0..255; fed pixels cut to 0 or 1 its dots are 255 times smaller than its thresholds expect.</source>
        <translation>第一层是在 0..255 的真实灰度上训练的；输入截成 0 或 1 的像素后，它的点积比阈值预期的小 255 倍。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="169"/>
        <source>An export done wrong</source>
        <translation>错误的导出</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="170"/>
        <source>The shipped bnn-cnn exported to the 1-bit engine five ways: right, and with four classic deployment bugs. Nothing is trained; each run reads MNIST&apos;s 10,000 test digits and compares its bits with the correct export&apos;s. Inside one neuron shows the correct fold of any unit you click: its threshold, and the flip where BatchNorm&apos;s scale is negative.</source>
        <translation>随附的 bnn-cnn 以五种方式导出到 1 比特引擎：正确的一种，以及四种经典的部署错误。不做任何训练；每次运行读取 MNIST 的 10,000 个测试数字，并把它的比特与正确导出的比特比较。“单个神经元内部”会显示你点击的任何单元的正确折叠：它的阈值，以及 BatchNorm 缩放为负时的翻转。</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../core/runs/newcomer.py" line="55"/>
        <source>training accuracy {0}%, test {1}%</source>
        <translation>训练准确率 {0}%，测试 {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="58"/>
        <source>it answers {0} for {1}% of the test digits</source>
        <translation>它对 {1}% 的测试数字都回答 {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="61"/>
        <source>its answers spread over the ten digits (most often {0}, {1}%)</source>
        <translation>它的回答分布在十个数字上（最常见的是 {0}，{1}%）</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="64"/>
        <source>every weight was NaN after step {0} (that batch held {1} digits whose ten ±1 outputs summed to 0: a division by 0 in the loss)</source>
        <translation>第 {0} 步之后所有权重都变成 NaN（那一批中有 {1} 个数字的十个 ±1 输出之和为 0：损失函数中出现了除以 0）</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="69"/>
        <source>{0}% of the outputs are NaN, and argmax of a row of NaNs is its first index, 0</source>
        <translation>{0}% 的输出是 NaN，而一行全为 NaN 时 argmax 取第一个下标，即 0</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="72"/>
        <source>; </source>
        <translation>；</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="90"/>
        <source>none of your digits held out, so what it learned of your handwriting was not measured; MNIST test: {0}% → {1}%</source>
        <translation>没有留出你的数字，所以它对你笔迹学到了多少没有测量；MNIST 测试集：{0}% → {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="94"/>
        <source>your held-out digits ({0}): {1} → {2}; MNIST test: {3}% → {4}%</source>
        <translation>你预留的数字（{0} 个）：{1} → {2}；MNIST 测试：{3}% → {4}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="102"/>
        <source>None of your digits was held out to measure on (too few of each): draw each digit a few more times to see what the fine-tune changed.</source>
        <translation>你的数字都没有被预留用于测量（每个数字太少）：每个数字再多写几次，才能看出微调带来的变化。</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="107"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn and MNIST paid {0} points for it. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>微调前你预留的数字就已全部识别正确：没有什么可学的，MNIST 却为此损失了 {0} 个百分点。请写出它识别错误的数字并标注——正是这些数字教会它你的笔迹。</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="112"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>微调前你预留的数字就已全部识别正确：没有什么可学的。请写出它识别错误的数字并标注——正是这些数字教会它你的笔迹。</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="116"/>
        <source>Your held-out digits were read no better afterwards: add more of the digits it misreads, or try more epochs or a larger share of your digits.</source>
        <translation>微调后你预留的数字识别得并没有更好：请多添加它识别错误的数字，或尝试更多轮次、提高你的数字所占比例。</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="144"/>
        <source>No digits are held out (the held-out share is 0): the fine-tune cannot measure what it learns of your handwriting, only what MNIST pays.</source>
        <translation>不留出任何数字（留出比例为 0）：微调无法测量它学到了多少你的笔迹，只能测量 MNIST 付出的代价。</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="147"/>
        <source>None of your digits can be held out to measure the fine-tune on: draw at least {0} of a digit. It will train, but it can only measure what MNIST pays.</source>
        <translation>你的数字太少，无法留出来检验微调：同一个数字至少画 {0} 个。训练会进行，但只能测量 MNIST 付出的代价。</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="135"/>
        <source>{0}% of the test digits read right, as the model file says</source>
        <translation>{0}% 的测试数字读对了，与模型文件所记一致</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="137"/>
        <source>{0}% read right instead of {1}%; bits that differ from the correct export: {2}</source>
        <translation>读对 {0}%，而不是 {1}%；与正确导出不同的比特：{2}</translation>
    </message>
</context>
<context>
    <name>save_levels</name>
    <message>
        <location filename="../gui/docks/save_levels.py" line="15"/>
        <source>IDX image, as MNIST&apos;s (*.idx);;PGM picture (*.pgm)</source>
        <translation>IDX 图像，与 MNIST 相同 (*.idx);;PGM 图片 (*.pgm)</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="22"/>
        <source>Nothing to save: draw a digit first</source>
        <translation>没有可保存的内容：请先写一个数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="24"/>
        <source>Save what the network sees</source>
        <translation>保存网络看到的输入</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="35"/>
        <source>Could not save</source>
        <translation>无法保存</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="37"/>
        <source>saved the 28x28 levels the network reads to {0}</source>
        <translation>已将网络读取的 28x28 灰度保存到 {0}</translation>
    </message>
</context>
</TS>
