<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
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
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="71"/>
        <source>Inside one neuron</source>
        <translation>单个神经元内部</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="72"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>点击特征图中的一个单元，查看它的比特、XNOR、popcount 和阈值</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="74"/>
        <source>Float twin</source>
        <translation>浮点孪生网络</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="75"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>同一幅图分别由浮点网络、BinaryConnect 网络和全二值网络识别</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Which pixels matter</source>
        <translation>哪些像素重要</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="79"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>哪些输入像素在涂黑或擦除后会改变答案；让网络把它读成另一个数字</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="81"/>
        <source>Evaluation</source>
        <translation>评估</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="82"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>当前模型在 MNIST 测试集上的表现：各数字准确率、混淆矩阵、识别错误的样本</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="85"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>第一层的 ±1 模板与潜在权重直方图</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>Pitfalls lab</source>
        <translation>误区实验室</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="88"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>以简短训练重现 BNN 的典型错误，在同一张图上比较</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="87"/>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="99"/>
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
        <location filename="../gui/lessons/menus.py" line="23"/>
        <source>Save as &amp;lesson…</source>
        <translation>另存为课程(&amp;L)…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>把窗口当前状态（模型、图形、面板、选中的单元）保存为可编辑的单步课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="31"/>
        <source>&amp;Lessons</source>
        <translation>课程(&amp;L)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="36"/>
        <source>&amp;Open lesson file…</source>
        <translation>打开课程文件(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="38"/>
        <source>A lesson someone wrote</source>
        <translation>他人编写的课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>Next step</source>
        <translation>下一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>The lesson&apos;s next step</source>
        <translation>课程的下一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>Step back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="43"/>
        <source>The lesson&apos;s step before</source>
        <translation>课程的上一步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>Close the lesson</source>
        <translation>关闭课程</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="94"/>
        <source>Lesson</source>
        <translation>课程</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="155"/>
        <source>step {0} of {1}</source>
        <translation>第 {0} 步，共 {1} 步</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>Try: {0}</source>
        <translation>试一试：{0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="48"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — 二值化神经网络识别你写的数字</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="79"/>
        <source>loading the model…</source>
        <translation>正在加载模型…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="88"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>画笔粗细：网络看到的笔画也是这个粗细</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Eraser</source>
        <translation>橡皮擦</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="92"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>整笔擦除（E）；鼠标右键也可擦除</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>MNIST digit</source>
        <translation>MNIST 数字</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="97"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>在画布上载入一个随机的 MNIST 测试数字（Ctrl+T）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="101"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>清空画布（Delete；Ctrl+Z 可恢复）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="104"/>
        <source>Brush</source>
        <translation>画笔</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132"/>
        <source>Show or hide the training panel</source>
        <translation>显示或隐藏训练面板</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="149"/>
        <source> Model: </source>
        <translation> 模型： </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;image…</source>
        <translation>打开图片(&amp;I)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Read a picture of a digit</source>
        <translation>识别一张数字图片</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Open &amp;model…</source>
        <translation>打开模型(&amp;M)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>Load a model file</source>
        <translation>载入模型文件</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="166"/>
        <source>&amp;Save what the network sees…</source>
        <translation>保存网络看到的输入(&amp;S)…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="168"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>将 28x28 输入保存为 8 位灰度（IDX 或 PGM），例如供 C 库使用</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>Undo the last stroke</source>
        <translation>撤销最后一笔</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>&amp;Clear</source>
        <translation>清除(&amp;C)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>清空画布（可撤销恢复）；Esc 不会清空</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>&amp;Eraser</source>
        <translation>橡皮擦(&amp;E)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>Toggle the stroke eraser</source>
        <translation>开关笔画橡皮擦</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>&amp;Digits</source>
        <translation>数字(&amp;D)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>MNIST &amp;test digit</source>
        <translation>MNIST 测试数字(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="183"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>载入一个随机的 MNIST 测试数字及其真实标签</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186"/>
        <source>&amp;Training</source>
        <translation>训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>&amp;Start training</source>
        <translation>开始训练(&amp;S)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>按面板上的设置在后台训练一个新网络</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>S&amp;top training</source>
        <translation>停止训练(&amp;T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>停止本次训练；不保存任何内容，当前模型保持不变</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>&amp;Presenter mode</source>
        <translation>演示模式(&amp;P)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="196"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>全屏、大字号，放大显示网络和选中的单元（按 F11 或 Esc 退出）</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="201"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>关闭(&amp;C)：演示模式、放大的层、正在读取的图片</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
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
        <location filename="../gui/docks/teaching.py" line="36"/>
        <source>That&apos;s &amp;wrong: it&apos;s a…</source>
        <translation>识别错了(&amp;W)：其实是…</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="39"/>
        <source>Add the drawing to your personal set as a {0}</source>
        <translation>将图形作为 {0} 加入个人数据集</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="40"/>
        <source>Teach the live model my &amp;handwriting</source>
        <translation>让当前模型学习我的笔迹(&amp;H)</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="42"/>
        <source>Fine-tune the live model on your personal set mixed with MNIST</source>
        <translation>用个人数据集混合 MNIST 微调当前模型</translation>
    </message>
</context>
</TS>
