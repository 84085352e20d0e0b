<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../gui/live/canvas.py" line="35"/>
        <source>Draw a digit. Right button or the eraser removes strokes.</source>
        <translation>Draw a digit. Right button or the eraser removes strokes.</translation>
    </message>
    <message>
        <location filename="../gui/live/canvas.py" line="216"/>
        <source>draw a digit here</source>
        <translation>draw a digit here</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="28"/>
        <source>Evaluate the live model</source>
        <translation>Evaluate the live model</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="29"/>
        <source>Read all 10,000 MNIST test digits with the live model</source>
        <translation>Read all 10,000 MNIST test digits with the live model</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="30"/>
        <source>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</source>
        <translation>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="33"/>
        <source>Rows: the true digit; columns: the answer. Click a cell to see its digits</source>
        <translation>Rows: the true digit; columns: the answer. Click a cell to see its digits</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="48"/>
        <source>Double-click a digit to put it on the canvas</source>
        <translation>Double-click a digit to put it on the canvas</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="69"/>
        <source>reading 10,000 test digits with {0}…</source>
        <translation>reading 10,000 test digits with {0}…</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="77"/>
        <source>evaluation failed: {0}</source>
        <translation>evaluation failed: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="85"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="101"/>
        <source>all misread digits</source>
        <translation>all misread digits</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="106"/>
        <source>true {0}, read as {1}</source>
        <translation>true {0}, read as {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="112"/>
        <source> (first {0})</source>
        <translation> (first {0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="113"/>
        <source>{0}: {1}{2}; double-click one to draw it</source>
        <translation>{0}: {1}{2}; double-click one to draw it</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="118"/>
        <source>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</source>
        <translation>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</translation>
    </message>
</context>
<context>
    <name>FinetuneForm</name>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="17"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="18"/>
        <source>Passes over the mix of your digits and MNIST</source>
        <translation>Passes over the mix of your digits and MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="19"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="20"/>
        <source>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</source>
        <translation>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="22"/>
        <source>Your digits (%)</source>
        <translation>Your digits (%)</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="24"/>
        <source>The share of the mix that is varied copies of your digits</source>
        <translation>The share of the mix that is varied copies of your digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="26"/>
        <source>MNIST digits</source>
        <translation>MNIST digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="27"/>
        <source>MNIST training digits mixed in so that it does not forget them</source>
        <translation>MNIST training digits mixed in so that it does not forget them</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="60"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} is not a number</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/help_menu.py" line="18"/>
        <source>BNNs in &amp;five minutes</source>
        <translation>BNNs in &amp;five minutes</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="19"/>
        <source>What a binarized network is, each idea linked to the panel that shows it</source>
        <translation>What a binarized network is, each idea linked to the panel that shows it</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="22"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="24"/>
        <source>Every key of the window</source>
        <translation>Every key of the window</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="25"/>
        <source>&amp;About bnn-gui</source>
        <translation>&amp;About bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="28"/>
        <source>Keyboard shortcuts — bnn-gui</source>
        <translation>Keyboard shortcuts — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="34"/>
        <source>BNNs in five minutes — bnn-gui</source>
        <translation>BNNs in five minutes — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="53"/>
        <source>About bnn-gui</source>
        <translation>About bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="54"/>
        <source>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</source>
        <translation>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</translation>
    </message>
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>Click a unit in a map to see its bits, XNOR, popcount and threshold</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="80"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>The same drawing read by a float, a BinaryConnect and a fully binary network</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>Which input pixels would change the answer if inked or erased; make it read as another digit</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>The live model on MNIST&apos;s test set: per digit, confusions, misreads</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="90"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>First-layer ±1 templates and latent-weight histograms</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="93"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>Classic BNN mistakes as short runs, compared on one plot</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>experiment</source>
        <translation>experiment</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>train %</source>
        <translation>train %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>best test %</source>
        <translation>best test %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="54"/>
        <source>A classic BNN mistake or comparison, as a few short runs</source>
        <translation>A classic BNN mistake or comparison, as a few short runs</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="61"/>
        <source>Run experiment</source>
        <translation>Run experiment</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="62"/>
        <source>Train its runs one after another on MNIST, in the background</source>
        <translation>Train its runs one after another on MNIST, in the background</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="65"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="67"/>
        <source>Remove run</source>
        <translation>Remove run</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="68"/>
        <source>Remove the selected run from the plots and the table</source>
        <translation>Remove the selected run from the plots and the table</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="71"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="73"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="77"/>
        <source>no experiment running</source>
        <translation>no experiment running</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="78"/>
        <source>The experiment&apos;s progress: its runs, one after another</source>
        <translation>The experiment&apos;s progress: its runs, one after another</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="150"/>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <location filename="../gui/runs/lab_panel.py" line="257"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="160"/>
        <source>Lab run failed</source>
        <translation>Lab run failed</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="177"/>
        <source>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</source>
        <translation>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="180"/>
        <source>{0}: {1}: loss {2}</source>
        <translation>{0}: {1}: loss {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="202"/>
        <source>test accuracy %</source>
        <translation>test accuracy %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="204"/>
        <source>training loss per batch (log)</source>
        <translation>training loss per batch (log)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="208"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="228"/>
        <source>test % against weight KB</source>
        <translation>test % against weight KB</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="230"/>
        <source>weights, KB (log)</source>
        <translation>weights, KB (log)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="297"/>
        <source>the picture could not be encoded</source>
        <translation>the picture could not be encoded</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="303"/>
        <source>Export {0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="311"/>
        <source>could not write {0}: {1}</source>
        <translation>could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="314"/>
        <source>wrote {0}</source>
        <translation>wrote {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="330"/>
        <source>Measured: {0}.</source>
        <translation>Measured: {0}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="97"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="109"/>
        <source>bnn-gui will speak {0} from its next start.</source>
        <translation>bnn-gui will speak {0} from its next start.</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <location filename="../gui/lessons/player.py" line="42"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="43"/>
        <source>The step before (Alt+Left)</source>
        <translation>The step before (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="44"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="45"/>
        <source>The next step (Alt+Right)</source>
        <translation>The next step (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>LessonMenus</name>
    <message>
        <location filename="../gui/lessons/menus.py" line="12"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Lessons (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>Save as &amp;lesson…</source>
        <translation>Save as &amp;lesson…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="25"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="32"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="37"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>A lesson someone wrote</source>
        <translation>A lesson someone wrote</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>The lesson&apos;s next step</source>
        <translation>The lesson&apos;s next step</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="42"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>The lesson&apos;s step before</source>
        <translation>The lesson&apos;s step before</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="45"/>
        <source>Close the lesson</source>
        <translation>Close the lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="49"/>
        <source>Open a lesson</source>
        <translation>Open a lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="54"/>
        <source>Save as lesson</source>
        <translation>Save as lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="65"/>
        <source>Could not save the lesson: {0}</source>
        <translation>Could not save the lesson: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="68"/>
        <source>Saved the window as a one-step lesson: {0}</source>
        <translation>Saved the window as a one-step lesson: {0}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="95"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="117"/>
        <source>Could not open the lesson: {0}</source>
        <translation>Could not open the lesson: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>step {0} of {1}</source>
        <translation>step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="159"/>
        <source>Try: {0}</source>
        <translation>Try: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="188"/>
        <source>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</source>
        <translation>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="219"/>
        <source>(This model has no unit {0} in a layer {1}; click one in the maps.)</source>
        <translation>(This model has no unit {0} in a layer {1}; click one in the maps.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="250"/>
        <source>(What this step shows, in a sentence or two.)</source>
        <translation>(What this step shows, in a sentence or two.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="251"/>
        <source>(What the learner should try.)</source>
        <translation>(What the learner should try.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="280"/>
        <source>Saved from bnn-gui on {0}</source>
        <translation>Saved from bnn-gui on {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="47"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — a binarized neural network reads your digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="78"/>
        <source>loading the model…</source>
        <translation>loading the model…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="87"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>Brush size: also how thick your strokes are for the network</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>Erase whole strokes (E); the right button erases too</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>MNIST digit</source>
        <translation>MNIST digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>Load a random MNIST test digit onto the canvas (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="99"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>Clear the canvas (Delete; Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="103"/>
        <source>Brush</source>
        <translation>Brush</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Show or hide the training panel</source>
        <translation>Show or hide the training panel</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="148"/>
        <source> Model: </source>
        <translation> Model: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Open &amp;image…</source>
        <translation>Open &amp;image…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Read a picture of a digit</source>
        <translation>Read a picture of a digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;model…</source>
        <translation>Open &amp;model…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Load a model file</source>
        <translation>Load a model file</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>&amp;Save what the network sees…</source>
        <translation>&amp;Save what the network sees…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>Undo the last stroke</source>
        <translation>Undo the last stroke</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>Clear the canvas (undo brings it back); Esc never clears</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Toggle the stroke eraser</source>
        <translation>Toggle the stroke eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>&amp;Digits</source>
        <translation>&amp;Digits</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>MNIST &amp;test digit</source>
        <translation>MNIST &amp;test digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>Load a random MNIST test digit with its true label</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>&amp;Start training</source>
        <translation>&amp;Start training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>Train a new network in the background with the panel&apos;s settings</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>S&amp;top training</source>
        <translation>S&amp;top training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>Stop the run; nothing is saved and the live model stays</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="194"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="200"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>&amp;Close: presenter mode, the enlarged layer, a picture being read</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="225"/>
        <source>stopped reading the picture; the drawing stays</source>
        <translation>stopped reading the picture; the drawing stays</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Open model</source>
        <translation>Open model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Models (*.safetensors)</source>
        <translation>Models (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="247"/>
        <source>test accuracy {0}%</source>
        <translation>test accuracy {0}%</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="248"/>
        <source>accuracy unknown</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="249"/>
        <source>the packed 1-bit engine</source>
        <translation>the packed 1-bit engine</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Model {0} ({1}): {2}; read by {3}</source>
        <translation>Model {0} ({1}): {2}; read by {3}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="257"/>
        <source>; keeping {0}</source>
        <translation>; keeping {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="259"/>
        <source>could not load the model</source>
        <translation>could not load the model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264"/>
        <source>Could not load the model</source>
        <translation>Could not load the model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="282"/>
        <source>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</source>
        <translation>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="21"/>
        <source>Open image</source>
        <translation>Open image</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="30"/>
        <source>reading {0}…</source>
        <translation>Draw a digit. Right button or the eraser removes strokes.</source>
        <translation>Draw a digit. Right button or the eraser removes strokes.</translation>
    </message>
    <message>
        <location filename="../gui/live/canvas.py" line="216"/>
        <source>draw a digit here</source>
        <translation>draw a digit here</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="28"/>
        <source>Evaluate the live model</source>
        <translation>Evaluate the live model</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="29"/>
        <source>Read all 10,000 MNIST test digits with the live model</source>
        <translation>Read all 10,000 MNIST test digits with the live model</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="30"/>
        <source>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</source>
        <translation>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="33"/>
        <source>Rows: the true digit; columns: the answer. Click a cell to see its digits</source>
        <translation>Rows: the true digit; columns: the answer. Click a cell to see its digits</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="48"/>
        <source>Double-click a digit to put it on the canvas</source>
        <translation>Double-click a digit to put it on the canvas</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="69"/>
        <source>reading 10,000 test digits with {0}…</source>
        <translation>reading 10,000 test digits with {0}…</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="77"/>
        <source>evaluation failed: {0}</source>
        <translation>evaluation failed: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="85"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="101"/>
        <source>all misread digits</source>
        <translation>all misread digits</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="106"/>
        <source>true {0}, read as {1}</source>
        <translation>true {0}, read as {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="112"/>
        <source> (first {0})</source>
        <translation> (first {0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="113"/>
        <source>{0}: {1}{2}; double-click one to draw it</source>
        <translation>{0}: {1}{2}; double-click one to draw it</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="118"/>
        <source>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</source>
        <translation>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</translation>
    </message>
</context>
<context>
    <name>FinetuneForm</name>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="17"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="18"/>
        <source>Passes over the mix of your digits and MNIST</source>
        <translation>Passes over the mix of your digits and MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="19"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="20"/>
        <source>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</source>
        <translation>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="22"/>
        <source>Your digits (%)</source>
        <translation>Your digits (%)</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="24"/>
        <source>The share of the mix that is varied copies of your digits</source>
        <translation>The share of the mix that is varied copies of your digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="26"/>
        <source>MNIST digits</source>
        <translation>MNIST digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="27"/>
        <source>MNIST training digits mixed in so that it does not forget them</source>
        <translation>MNIST training digits mixed in so that it does not forget them</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="60"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} is not a number</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/help_menu.py" line="18"/>
        <source>BNNs in &amp;five minutes</source>
        <translation>BNNs in &amp;five minutes</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="19"/>
        <source>What a binarized network is, each idea linked to the panel that shows it</source>
        <translation>What a binarized network is, each idea linked to the panel that shows it</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="22"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="24"/>
        <source>Every key of the window</source>
        <translation>Every key of the window</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="25"/>
        <source>&amp;About bnn-gui</source>
        <translation>&amp;About bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="28"/>
        <source>Keyboard shortcuts — bnn-gui</source>
        <translation>Keyboard shortcuts — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="34"/>
        <source>BNNs in five minutes — bnn-gui</source>
        <translation>BNNs in five minutes — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="53"/>
        <source>About bnn-gui</source>
        <translation>About bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="54"/>
        <source>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</source>
        <translation>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</translation>
    </message>
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>Click a unit in a map to see its bits, XNOR, popcount and threshold</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="80"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>The same drawing read by a float, a BinaryConnect and a fully binary network</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>Which input pixels would change the answer if inked or erased; make it read as another digit</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>The live model on MNIST&apos;s test set: per digit, confusions, misreads</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="90"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>First-layer ±1 templates and latent-weight histograms</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="93"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>Classic BNN mistakes as short runs, compared on one plot</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>experiment</source>
        <translation>experiment</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>run</source>
        <translation>run</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>batch</source>
        <translation>batch</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>train %</source>
        <translation>train %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>best test %</source>
        <translation>best test %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="54"/>
        <source>A classic BNN mistake or comparison, as a few short runs</source>
        <translation>A classic BNN mistake or comparison, as a few short runs</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="61"/>
        <source>Run experiment</source>
        <translation>Run experiment</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="62"/>
        <source>Train its runs one after another on MNIST, in the background</source>
        <translation>Train its runs one after another on MNIST, in the background</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="65"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="67"/>
        <source>Remove run</source>
        <translation>Remove run</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="68"/>
        <source>Remove the selected run from the plots and the table</source>
        <translation>Remove the selected run from the plots and the table</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="71"/>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="73"/>
        <source>Export PNG…</source>
        <translation>Export PNG…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="77"/>
        <source>no experiment running</source>
        <translation>no experiment running</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="78"/>
        <source>The experiment&apos;s progress: its runs, one after another</source>
        <translation>The experiment&apos;s progress: its runs, one after another</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="150"/>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <source>done</source>
        <translation>done</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <location filename="../gui/runs/lab_panel.py" line="257"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="160"/>
        <source>Lab run failed</source>
        <translation>Lab run failed</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="177"/>
        <source>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</source>
        <translation>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="180"/>
        <source>{0}: {1}: loss {2}</source>
        <translation>{0}: {1}: loss {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="202"/>
        <source>test accuracy %</source>
        <translation>test accuracy %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="204"/>
        <source>training loss per batch (log)</source>
        <translation>training loss per batch (log)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="208"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="228"/>
        <source>test % against weight KB</source>
        <translation>test % against weight KB</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="230"/>
        <source>weights, KB (log)</source>
        <translation>weights, KB (log)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="297"/>
        <source>the picture could not be encoded</source>
        <translation>the picture could not be encoded</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="303"/>
        <source>Export {0}</source>
        <translation>Export {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="311"/>
        <source>could not write {0}: {1}</source>
        <translation>could not write {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="314"/>
        <source>wrote {0}</source>
        <translation>wrote {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="330"/>
        <source>Measured: {0}.</source>
        <translation>Measured: {0}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="97"/>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="109"/>
        <source>bnn-gui will speak {0} from its next start.</source>
        <translation>bnn-gui will speak {0} from its next start.</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <location filename="../gui/lessons/player.py" line="42"/>
        <source>◀ Back</source>
        <translation>◀ Back</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="43"/>
        <source>The step before (Alt+Left)</source>
        <translation>The step before (Alt+Left)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="44"/>
        <source>Next ▶</source>
        <translation>Next ▶</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="45"/>
        <source>The next step (Alt+Right)</source>
        <translation>The next step (Alt+Right)</translation>
    </message>
</context>
<context>
    <name>LessonMenus</name>
    <message>
        <location filename="../gui/lessons/menus.py" line="12"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Lessons (*.toml);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>Save as &amp;lesson…</source>
        <translation>Save as &amp;lesson…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="25"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="32"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Lessons</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="37"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Open lesson file…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>A lesson someone wrote</source>
        <translation>A lesson someone wrote</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>Next step</source>
        <translation>Next step</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>The lesson&apos;s next step</source>
        <translation>The lesson&apos;s next step</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="42"/>
        <source>Step back</source>
        <translation>Step back</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>The lesson&apos;s step before</source>
        <translation>The lesson&apos;s step before</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="45"/>
        <source>Close the lesson</source>
        <translation>Close the lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="49"/>
        <source>Open a lesson</source>
        <translation>Open a lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="54"/>
        <source>Save as lesson</source>
        <translation>Save as lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="65"/>
        <source>Could not save the lesson: {0}</source>
        <translation>Could not save the lesson: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="68"/>
        <source>Saved the window as a one-step lesson: {0}</source>
        <translation>Saved the window as a one-step lesson: {0}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="95"/>
        <source>Lesson</source>
        <translation>Lesson</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="117"/>
        <source>Could not open the lesson: {0}</source>
        <translation>Could not open the lesson: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>step {0} of {1}</source>
        <translation>step {0} of {1}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="159"/>
        <source>Try: {0}</source>
        <translation>Try: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="188"/>
        <source>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</source>
        <translation>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="219"/>
        <source>(This model has no unit {0} in a layer {1}; click one in the maps.)</source>
        <translation>(This model has no unit {0} in a layer {1}; click one in the maps.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="250"/>
        <source>(What this step shows, in a sentence or two.)</source>
        <translation>(What this step shows, in a sentence or two.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="251"/>
        <source>(What the learner should try.)</source>
        <translation>(What the learner should try.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="280"/>
        <source>Saved from bnn-gui on {0}</source>
        <translation>Saved from bnn-gui on {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="47"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — a binarized neural network reads your digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="78"/>
        <source>loading the model…</source>
        <translation>loading the model…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="87"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>Brush size: also how thick your strokes are for the network</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>Eraser</source>
        <translation>Eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>Erase whole strokes (E); the right button erases too</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>MNIST digit</source>
        <translation>MNIST digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>Load a random MNIST test digit onto the canvas (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="99"/>
        <source>Clear</source>
        <translation>Clear</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>Clear the canvas (Delete; Ctrl+Z brings it back)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="103"/>
        <source>Brush</source>
        <translation>Brush</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Show or hide the training panel</source>
        <translation>Show or hide the training panel</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="148"/>
        <source> Model: </source>
        <translation> Model: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Open &amp;image…</source>
        <translation>Open &amp;image…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Read a picture of a digit</source>
        <translation>Read a picture of a digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;model…</source>
        <translation>Open &amp;model…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Load a model file</source>
        <translation>Load a model file</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>&amp;Save what the network sees…</source>
        <translation>&amp;Save what the network sees…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Undo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>Undo the last stroke</source>
        <translation>Undo the last stroke</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Redo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>Redo</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>&amp;Clear</source>
        <translation>&amp;Clear</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>Clear the canvas (undo brings it back); Esc never clears</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Toggle the stroke eraser</source>
        <translation>Toggle the stroke eraser</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>&amp;Digits</source>
        <translation>&amp;Digits</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>MNIST &amp;test digit</source>
        <translation>MNIST &amp;test digit</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>Load a random MNIST test digit with its true label</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation>&amp;Training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>&amp;Start training</source>
        <translation>&amp;Start training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>Train a new network in the background with the panel&apos;s settings</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>S&amp;top training</source>
        <translation>S&amp;top training</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>Stop the run; nothing is saved and the live model stays</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="194"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Presenter mode</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="200"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>&amp;Close: presenter mode, the enlarged layer, a picture being read</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="225"/>
        <source>stopped reading the picture; the drawing stays</source>
        <translation>stopped reading the picture; the drawing stays</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Open model</source>
        <translation>Open model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Models (*.safetensors)</source>
        <translation>Models (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="247"/>
        <source>test accuracy {0}%</source>
        <translation>test accuracy {0}%</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="248"/>
        <source>accuracy unknown</source>
        <translation>accuracy unknown</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="249"/>
        <source>the packed 1-bit engine</source>
        <translation>the packed 1-bit engine</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Model {0} ({1}): {2}; read by {3}</source>
        <translation>Model {0} ({1}): {2}; read by {3}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="257"/>
        <source>; keeping {0}</source>
        <translation>; keeping {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="259"/>
        <source>could not load the model</source>
        <translation>could not load the model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264"/>
        <source>Could not load the model</source>
        <translation>Could not load the model</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="282"/>
        <source>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</source>
        <translation>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="21"/>
        <source>Open image</source>
        <translation>Open image</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="30"/>
        <source>reading {0}…</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="38"/>
        <source>opened {0}: a small picture, enlarged {1}x to fit, so its strokes ({2} px wide) were thinned to {3} px, as MNIST&apos;s are</source>
        <translation>opened {0}: a small picture, enlarged {1}x to fit, so its strokes ({2} px wide) were thinned to {3} px, as MNIST&apos;s are</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="44"/>
        <source>opened {0}</source>
        <translation>opened {0}</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="63"/>
        <source>MNIST test digit #{0}, true label {1}</source>
        <translation>MNIST test digit #{0}, true label {1}</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="22"/>
        <source>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</source>
        <translation>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="54"/>
        <source>MNIST cannot be read</source>
        <translation>MNIST cannot be read</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="56"/>
        <source>MNIST not found</source>
        <translation>MNIST not found</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="64"/>
        <source>Downloading MNIST</source>
        <translation>Downloading MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="108"/>
        <source>MNIST could not be downloaded</source>
        <translation>MNIST could not be downloaded</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../gui/model_picker.py" line="18"/>
        <source>The network reading your drawing: shipped, yours, or a file</source>
        <translation>The network reading your drawing: shipped, yours, or a file</translation>
    </message>
    <message>
        <location filename="../gui/model_picker.py" line="34"/>
        <source>Open model file…</source>
        <translation>Open model file…</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <location filename="../gui/live/network_picture.py" line="267"/>
        <source>output scores</source>
        <translation>output scores</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/live/network_view.py" line="35"/>
        <source>this stroke made it +1</source>
        <translation>this stroke made it +1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="37"/>
        <source>this stroke made it −1</source>
        <translation>this stroke made it −1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="43"/>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="46"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="47"/>
        <source>(real values, each layer scaled to its largest)</source>
        <translation>(real values, each layer scaled to its largest)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="54"/>
        <source>({0} levels: each activation is one of them)</source>
        <translation>({0} levels: each activation is one of them)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="62"/>
        <source>hover a unit for its value, click it to look inside; click a title to enlarge</source>
        <translation>hover a unit for its value, click it to look inside; click a title to enlarge</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="136"/>
        <source>integer: agreeing − disagreeing bits</source>
        <translation>integer: agreeing − disagreeing bits</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="137"/>
        <source>logits (real)</source>
        <translation>logits (real)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>28x28 pixels, and as ±1</source>
        <translation>28x28 pixels, and as ±1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>input</source>
        <translation>MNIST test digit #{0}, true label {1}</source>
        <translation>MNIST test digit #{0}, true label {1}</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="22"/>
        <source>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</source>
        <translation>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="54"/>
        <source>MNIST cannot be read</source>
        <translation>MNIST cannot be read</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="56"/>
        <source>MNIST not found</source>
        <translation>MNIST not found</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="64"/>
        <source>Downloading MNIST</source>
        <translation>Downloading MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="108"/>
        <source>MNIST could not be downloaded</source>
        <translation>MNIST could not be downloaded</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../gui/model_picker.py" line="18"/>
        <source>The network reading your drawing: shipped, yours, or a file</source>
        <translation>The network reading your drawing: shipped, yours, or a file</translation>
    </message>
    <message>
        <location filename="../gui/model_picker.py" line="34"/>
        <source>Open model file…</source>
        <translation>Open model file…</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <location filename="../gui/live/network_picture.py" line="267"/>
        <source>output scores</source>
        <translation>output scores</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/live/network_view.py" line="35"/>
        <source>this stroke made it +1</source>
        <translation>this stroke made it +1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="37"/>
        <source>this stroke made it −1</source>
        <translation>this stroke made it −1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="43"/>
        <source>negative</source>
        <translation>negative</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="46"/>
        <source>positive</source>
        <translation>positive</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="47"/>
        <source>(real values, each layer scaled to its largest)</source>
        <translation>(real values, each layer scaled to its largest)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="54"/>
        <source>({0} levels: each activation is one of them)</source>
        <translation>({0} levels: each activation is one of them)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="62"/>
        <source>hover a unit for its value, click it to look inside; click a title to enlarge</source>
        <translation>hover a unit for its value, click it to look inside; click a title to enlarge</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="136"/>
        <source>integer: agreeing − disagreeing bits</source>
        <translation>integer: agreeing − disagreeing bits</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="137"/>
        <source>logits (real)</source>
        <translation>logits (real)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>28x28 pixels, and as ±1</source>
        <translation>28x28 pixels, and as ±1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>input</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="152"/>
        <source>28x28 pixels</source>
        <translation>28x28 pixels</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="158"/>
        <source>{0} ±1 maps {1}x{2}</source>
        <translation>{0} ±1 maps {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="159"/>
        <source>{0} maps of {3} levels {1}x{2}</source>
        <translation>{0} maps of {3} levels {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="160"/>
        <source>{0} real maps {1}x{2}</source>
        <translation>{0} real maps {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="162"/>
        <source>{0} ±1 units</source>
        <translation>{0} ±1 units</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="163"/>
        <source>{0} units of {1} levels</source>
        <translation>{0} units of {1} levels</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="164"/>
        <source>{0} real units</source>
        <translation>{0} real units</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="170"/>
        <location filename="../gui/live/network_view.py" line="225"/>
        <source>draw a digit: the network reads it here, layer by layer</source>
        <translation>draw a digit: the network reads it here, layer by layer</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="252"/>
        <source>{0} flipped by this stroke</source>
        <translation>{0} flipped by this stroke</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="254"/>
        <source>{0} flipped by the stroke, {1} by re-centring</source>
        <translation>{0} flipped by the stroke, {1} by re-centring</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px down</source>
        <translation>{0} px down</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px up</source>
        <translation>{0} px up</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="117"/>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px right</source>
        <translation>{0} px right</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px left</source>
        <translation>{0} px left</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="270"/>
        <source>moved it {0} and {1}</source>
        <translation>moved it {0} and {1}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="118"/>
        <location filename="../gui/live/network_view.py" line="272"/>
        <source>scaled it ×{0}</source>
        <translation>scaled it ×{0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="280"/>
        <source>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</source>
        <translation>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="282"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="337"/>
        <source>Click to go back</source>
        <translation>Click to go back</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="338"/>
        <source>Click to enlarge</source>
        <translation>Click to enlarge</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="346"/>
        <source>input pixel at row {0}, column {1}: {2}</source>
        <translation>input pixel at row {0}, column {1}: {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="354"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>channel {0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="355"/>
        <source>unit {0}</source>
        <translation>unit {0}</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>XNOR: agree (light) or not</source>
        <translation>XNOR: agree (light) or not</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>pixel levels</source>
        <translation>pixel levels</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="34"/>
        <source>level × weight</source>
        <translation>level × weight</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="38"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="39"/>
        <source>Its inputs, its ±1 weights and their XNOR, as the window it reads</source>
        <translation>Its inputs, its ±1 weights and their XNOR, as the window it reads</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="40"/>
        <source>Arithmetic</source>
        <translation>Arithmetic</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="41"/>
        <source>Popcount, 2 × popcount − n, the folded threshold, the sign</source>
        <translation>Popcount, 2 × popcount − n, the folded threshold, the sign</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="42"/>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="43"/>
        <source>The packed 64-bit words, XOR and popcount, and the C that computes them</source>
        <translation>The packed 64-bit words, XOR and popcount, and the C that computes them</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="53"/>
        <source>Click a unit in an activation map to look inside it.</source>
        <translation>Click a unit in an activation map to look inside it.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="59"/>
        <source>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</source>
        <translation>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="64"/>
        <source>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</source>
        <translation>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="77"/>
        <source>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</source>
        <translation>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="86"/>
        <source>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</source>
        <translation>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="89"/>
        <source>Output scores</source>
        <translation>Output scores</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="90"/>
        <source>The output layer: ten integer scores, the answer is the largest</source>
        <translation>The output layer: ten integer scores, the answer is the largest</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="94"/>
        <source>The unit one position back in its map ([)</source>
        <translation>The unit one position back in its map ([)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="97"/>
        <source>Step ▶</source>
        <translation>Step ▶</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="98"/>
        <source>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</source>
        <translation>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="103"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="104"/>
        <source>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</source>
        <translation>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="197"/>
        <source>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</source>
        <translation>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="202"/>
        <source>Draw a digit to look inside the network.</source>
        <translation>Draw a digit to look inside the network.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="210"/>
        <source>This model has no layer {0}; click a unit in its maps.</source>
        <translation>This model has no layer {0}; click a unit in its maps.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="215"/>
        <source>{0} of this model has no unit {1}; click a unit in its maps.</source>
        <translation>{0} of this model has no unit {1}; click a unit in its maps.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="245"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>channel {0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="246"/>
        <source>unit {0}</source>
        <translation>unit {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="247"/>
        <source>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</source>
        <translation>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="248"/>
        <source>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</source>
        <translation>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="267"/>
        <source>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</source>
        <translation>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="275"/>
        <source>popcount(XNOR) = {0} of n = {1}</source>
        <translation>popcount(XNOR) = {0} of n = {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="278"/>
        <source>{0} disagree</source>
        <translation>{0} disagree</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="280"/>
        <source>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</source>
        <translation>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="281"/>
        <source>fires if dot ≥ {0}</source>
        <translation>fires if dot ≥ {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="283"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} put the sign&apos;s change at dot = {4}, beyond any dot this unit can see (±{5}): its bit is the same for every input, which the engine stores as t = {6}: {7}</source>
        <translation>28x28 pixels</source>
        <translation>28x28 pixels</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="158"/>
        <source>{0} ±1 maps {1}x{2}</source>
        <translation>{0} ±1 maps {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="159"/>
        <source>{0} maps of {3} levels {1}x{2}</source>
        <translation>{0} maps of {3} levels {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="160"/>
        <source>{0} real maps {1}x{2}</source>
        <translation>{0} real maps {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="162"/>
        <source>{0} ±1 units</source>
        <translation>{0} ±1 units</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="163"/>
        <source>{0} units of {1} levels</source>
        <translation>{0} units of {1} levels</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="164"/>
        <source>{0} real units</source>
        <translation>{0} real units</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="170"/>
        <location filename="../gui/live/network_view.py" line="225"/>
        <source>draw a digit: the network reads it here, layer by layer</source>
        <translation>draw a digit: the network reads it here, layer by layer</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="252"/>
        <source>{0} flipped by this stroke</source>
        <translation>{0} flipped by this stroke</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="254"/>
        <source>{0} flipped by the stroke, {1} by re-centring</source>
        <translation>{0} flipped by the stroke, {1} by re-centring</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px down</source>
        <translation>{0} px down</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px up</source>
        <translation>{0} px up</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="117"/>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px right</source>
        <translation>{0} px right</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px left</source>
        <translation>{0} px left</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="270"/>
        <source>moved it {0} and {1}</source>
        <translation>moved it {0} and {1}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="118"/>
        <location filename="../gui/live/network_view.py" line="272"/>
        <source>scaled it ×{0}</source>
        <translation>scaled it ×{0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="280"/>
        <source>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</source>
        <translation>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="282"/>
        <source> and </source>
        <translation> and </translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="337"/>
        <source>Click to go back</source>
        <translation>Click to go back</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="338"/>
        <source>Click to enlarge</source>
        <translation>Click to enlarge</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="346"/>
        <source>input pixel at row {0}, column {1}: {2}</source>
        <translation>input pixel at row {0}, column {1}: {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="354"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>channel {0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="355"/>
        <source>unit {0}</source>
        <translation>unit {0}</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>inputs</source>
        <translation>inputs</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>XNOR: agree (light) or not</source>
        <translation>XNOR: agree (light) or not</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>pixel levels</source>
        <translation>pixel levels</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="34"/>
        <source>level × weight</source>
        <translation>level × weight</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="38"/>
        <source>Unit</source>
        <translation>Unit</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="39"/>
        <source>Its inputs, its ±1 weights and their XNOR, as the window it reads</source>
        <translation>Its inputs, its ±1 weights and their XNOR, as the window it reads</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="40"/>
        <source>Arithmetic</source>
        <translation>Arithmetic</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="41"/>
        <source>Popcount, 2 × popcount − n, the folded threshold, the sign</source>
        <translation>Popcount, 2 × popcount − n, the folded threshold, the sign</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="42"/>
        <source>Bits</source>
        <translation>Bits</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="43"/>
        <source>The packed 64-bit words, XOR and popcount, and the C that computes them</source>
        <translation>The packed 64-bit words, XOR and popcount, and the C that computes them</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="53"/>
        <source>Click a unit in an activation map to look inside it.</source>
        <translation>Click a unit in an activation map to look inside it.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="59"/>
        <source>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</source>
        <translation>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="64"/>
        <source>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</source>
        <translation>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="77"/>
        <source>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</source>
        <translation>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="86"/>
        <source>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</source>
        <translation>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="89"/>
        <source>Output scores</source>
        <translation>Output scores</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="90"/>
        <source>The output layer: ten integer scores, the answer is the largest</source>
        <translation>The output layer: ten integer scores, the answer is the largest</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="94"/>
        <source>The unit one position back in its map ([)</source>
        <translation>The unit one position back in its map ([)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="97"/>
        <source>Step ▶</source>
        <translation>Step ▶</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="98"/>
        <source>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</source>
        <translation>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="103"/>
        <source>Play</source>
        <translation>Play</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="104"/>
        <source>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</source>
        <translation>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="197"/>
        <source>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</source>
        <translation>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="202"/>
        <source>Draw a digit to look inside the network.</source>
        <translation>Draw a digit to look inside the network.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="210"/>
        <source>This model has no layer {0}; click a unit in its maps.</source>
        <translation>This model has no layer {0}; click a unit in its maps.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="215"/>
        <source>{0} of this model has no unit {1}; click a unit in its maps.</source>
        <translation>{0} of this model has no unit {1}; click a unit in its maps.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="245"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>channel {0}, row {1}, column {2}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="246"/>
        <source>unit {0}</source>
        <translation>unit {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="247"/>
        <source>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</source>
        <translation>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="248"/>
        <source>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</source>
        <translation>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="267"/>
        <source>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</source>
        <translation>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="275"/>
        <source>popcount(XNOR) = {0} of n = {1}</source>
        <translation>popcount(XNOR) = {0} of n = {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="278"/>
        <source>{0} disagree</source>
        <translation>{0} disagree</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="280"/>
        <source>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</source>
        <translation>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="281"/>
        <source>fires if dot ≥ {0}</source>
        <translation>fires if dot ≥ {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="283"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} put the sign&apos;s change at dot = {4}, beyond any dot this unit can see (±{5}): its bit is the same for every input, which the engine stores as t = {6}: {7}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="293"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} fold into&lt;br&gt;t = {4} = {5}: {6}</source>
        <translation>BatchNorm γ {0}, β {1}, μ {2}, σ {3} fold into&lt;br&gt;t = {4} = {5}: {6}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="299"/>
        <source>max-pool of the dots {0}: the largest (row {1}, column {2}) decides</source>
        <translation>max-pool of the dots {0}: the largest (row {1}, column {2}) decides</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="302"/>
        <source>BatchNorm + sign as one threshold: </source>
        <translation>BatchNorm + sign as one threshold: </translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="304"/>
        <source>output bit: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>output bit: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="316"/>
        <source>&lt;b&gt;out&lt;/b&gt;: the ten scores on your drawing</source>
        <translation>&lt;b&gt;out&lt;/b&gt;: the ten scores on your drawing</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="323"/>
        <source>score = agreeing − disagreeing bits of the last layer with each class&apos;s weights: {0}&lt;br&gt;answer: &lt;b&gt;{1}&lt;/b&gt;, the class with the most agreeing bits</source>
        <translation>score = agreeing − disagreeing bits of the last layer with each class&apos;s weights: {0}&lt;br&gt;answer: &lt;b&gt;{1}&lt;/b&gt;, the class with the most agreeing bits</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="334"/>
        <source>A {0}-bit model: click a unit of a dense layer to see its multiply-and-add.</source>
        <translation>A {0}-bit model: click a unit of a dense layer to see its multiply-and-add.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="341"/>
        <source>This model has no unit {0} in {1}; click a unit in its maps.</source>
        <translation>This model has no unit {0} in {1}; click a unit in its maps.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="344"/>
        <source>{0}, unit {1}: {2}-bit weights × {3}-bit inputs</source>
        <translation>{0}, unit {1}: {2}-bit weights × {3}-bit inputs</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="347"/>
        <source>{0} products, {1} of them not 0, taking {2} different values on this digit (a 1-bit unit&apos;s take two, ±1: XNOR)&lt;br&gt;their sum: {3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;the {5}-bit activation → {6}&lt;br&gt;&lt;br&gt;Only 1 bit runs as XNOR and popcount: a unit of k bits needs k × k-bit multiplies.</source>
        <translation>{0} products, {1} of them not 0, taking {2} different values on this digit (a 1-bit unit&apos;s take two, ±1: XNOR)&lt;br&gt;their sum: {3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;the {5}-bit activation → {6}&lt;br&gt;&lt;br&gt;Only 1 bit runs as XNOR and popcount: a unit of k bits needs k × k-bit multiplies.</translation>
    </message>
</context>
<context>
    <name>PersonalPanel</name>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="21"/>
        <source>Personal sets (*.json);;All files (*)</source>
        <translation>Personal sets (*.json);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="46"/>
        <source>Your digits, by label. Double-click or Enter: put on the canvas; Delete: remove</source>
        <translation>Your digits, by label. Double-click or Enter: put on the canvas; Delete: remove</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="43"/>
        <source>Load</source>
        <translation>Load</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="44"/>
        <source>Put the selected digit on the canvas (Enter)</source>
        <translation>Put the selected digit on the canvas (Enter)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="47"/>
        <source>Relabel ▾</source>
        <translation>Relabel ▾</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="48"/>
        <source>Give the selected digits another label</source>
        <translation>Give the selected digits another label</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="54"/>
        <source>Delete</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="55"/>
        <source>Remove the selected digits from your set (Delete)</source>
        <translation>Remove the selected digits from your set (Delete)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="57"/>
        <location filename="../gui/docks/personal_panel.py" line="187"/>
        <source>Undo delete</source>
        <translation>Undo delete</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="61"/>
        <source>Put back the digits deleted last (every delete can be undone, one after another)</source>
        <translation>Put back the digits deleted last (every delete can be undone, one after another)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="65"/>
        <source>Import…</source>
        <translation>Import…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="66"/>
        <source>Add the digits of a personal-set file (a .json export)</source>
        <translation>Add the digits of a personal-set file (a .json export)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="68"/>
        <source>Export…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="69"/>
        <source>Save your whole set as one file, to share or keep</source>
        <translation>Save your whole set as one file, to share or keep</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="71"/>
        <source>Teach the live model my handwriting</source>
        <translation>Teach the live model my handwriting</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="73"/>
        <source>Fine-tune the live model on your digits mixed with MNIST, in the background; the result is saved as a new model and the old one stays (Ctrl+Shift+T)</source>
        <translation>Fine-tune the live model on your digits mixed with MNIST, in the background; the result is saved as a new model and the old one stays (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="98"/>
        <source>&lt;b&gt;Fine-tune settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Fine-tune settings&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="108"/>
        <source>reading your personal set…</source>
        <translation>reading your personal set…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="128"/>
        <source>Relabelled as a {0}</source>
        <translation>Relabelled as a {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="132"/>
        <source>Added as a {0}</source>
        <translation>Added as a {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="134"/>
        <source>Could not save your digit</source>
        <translation>Could not save your digit</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="135"/>
        <source>your digit was not saved</source>
        <translation>your digit was not saved</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="139"/>
        <source> (the network read {0})</source>
        <translation> (the network read {0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="141"/>
        <source>your set has %n digit(s)</source>
        <translation>
            <numerusform>your set has %n digit</numerusform>
            <numerusform>your set has %n digits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="142"/>
        <source>%n of them a {0}</source>
        <translation>
            <numerusform>%n of them a {0}</numerusform>
            <numerusform>%n of them {0}s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="120"/>
        <source>a {0}, added {1}</source>
        <translation>a {0}, added {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="122"/>
        <source>a {0}, added at an unknown time</source>
        <translation>a {0}, added at an unknown time</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="171"/>
        <source>Your personal set is empty. When the network misreads your digit, click the right digit under the answer (or type it): your drawing is kept here with its label. A few of each digit are enough to teach the network your handwriting.</source>
        <translation>Your personal set is empty. When the network misreads your digit, click the right digit under the answer (or type it): your drawing is kept here with its label. A few of each digit are enough to teach the network your handwriting.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="177"/>
        <source>&lt;b&gt;%n digit(s)&lt;/b&gt; in your set ({0}).&lt;br&gt;Saved in {1}</source>
        <translation>
            <numerusform>&lt;b&gt;%n digit&lt;/b&gt; in your set ({0}).&lt;br&gt;Saved in {1}</numerusform>
            <numerusform>&lt;b&gt;%n digits&lt;/b&gt; in your set ({0}).&lt;br&gt;Saved in {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="186"/>
        <source>Undo delete ({0})</source>
        <translation>Undo delete ({0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="206"/>
        <source>Could not delete</source>
        <translation>Could not delete</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="221"/>
        <source>Could not take the digit back</source>
        <translation>Could not take the digit back</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="232"/>
        <source>Could not put the digits back</source>
        <translation>Could not put the digits back</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="237"/>
        <source>Could not relabel</source>
        <translation>Could not relabel</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="247"/>
        <source>Import a personal set</source>
        <translation>Import a personal set</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Could not import</source>
        <translation>Could not import</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Your set is unchanged.</source>
        <translation>Your set is unchanged.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="259"/>
        <source>Imported %n new digit(s) from {0}.</source>
        <translation>
            <numerusform>Imported %n new digit from {0}.</numerusform>
            <numerusform>Imported %n new digits from {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="263"/>
        <source>Export your personal set</source>
        <translation>Export your personal set</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="272"/>
        <source>Could not export</source>
        <translation>Could not export</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="274"/>
        <source>Exported %n digit(s) to {0}.</source>
        <translation>
            <numerusform>Exported %n digit to {0}.</numerusform>
            <numerusform>Exported %n digits to {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="288"/>
        <source>&lt;b&gt;Fine-tuned&lt;/b&gt; — {0}.&lt;br&gt;Saved as {1}; it is now the live model, and the model you started from is unchanged.</source>
        <translation>&lt;b&gt;Fine-tuned&lt;/b&gt; — {0}.&lt;br&gt;Saved as {1}; it is now the live model, and the model you started from is unchanged.</translation>
    </message>
</context>
<context>
    <name>PictureOpener</name>
    <message>
        <location filename="../gui/live/picture_opener.py" line="60"/>
        <source>needs more memory than there is to decode.</source>
        <translation>needs more memory than there is to decode.</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="62"/>
        <source>could not be read as an image ({0}).</source>
        <translation>could not be read as an image ({0}).</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="64"/>
        <source>Not an image</source>
        <translation>Not an image</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="65"/>
        <source>Your drawing is unchanged.</source>
        <translation>Your drawing is unchanged.</translation>
    </message>
</context>
<context>
    <name>PixelsPanel</name>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="105"/>
        <source>Make it read as</source>
        <translation>Make it read as</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="106"/>
        <source>The fewest pixel changes, found one at a time, that make the network read the chosen digit</source>
        <translation>The fewest pixel changes, found one at a time, that make the network read the chosen digit</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="109"/>
        <source>Put it on the canvas</source>
        <translation>Put it on the canvas</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="115"/>
        <source>what the network sees, 28x28</source>
        <translation>what the network sees, 28x28</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="157"/>
        <source>waiting for the stroke to end…</source>
        <translation>waiting for the stroke to end…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="167"/>
        <source>running the network on 784 changed inputs…</source>
        <translation>running the network on 784 changed inputs…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="172"/>
        <source>Draw a digit first.</source>
        <translation>Draw a digit first.</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="180"/>
        <source>looking for the fewest changes that read as {0}…</source>
        <translation>looking for the fewest changes that read as {0}…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="198"/>
        <source>The drawing changed before the search ended: press “Make it read as” again for this one.</source>
        <translation>The drawing changed before the search ended: press “Make it read as” again for this one.</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="213"/>
        <source>could not compute: {0}</source>
        <translation>could not compute: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="217"/>
        <source>could not search: {0}</source>
        <translation>could not search: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="225"/>
        <source>It reads {0}, ahead of the next digit by {1} bits (agreeing − disagreeing, the figure under the network&apos;s output scores).</source>
        <translation>It reads {0}, ahead of the next digit by {1} bits (agreeing − disagreeing, the figure under the network&apos;s output scores).</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="228"/>
        <source>It reads {0}, ahead of the next digit by {1} in logits.</source>
        <translation>It reads {0}, ahead of the next digit by {1} in logits.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="231"/>
        <source>%n pixel(s) would change the answer on their own (outlined)</source>
        <translation>
            <numerusform>%n pixel would change the answer on its own (outlined)</numerusform>
            <numerusform>%n pixels would change the answer on their own (outlined)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="232"/>
        <source>; red: flipping it weakens {0}, blue: strengthens it (the strongest: {1}). Hover a pixel for its figures.</source>
        <translation>; red: flipping it weakens {0}, blue: strengthens it (the strongest: {1}). Hover a pixel for its figures.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="240"/>
        <source>%n pixel change(s) (outlined) and it reads {0}.</source>
        <translation>
            <numerusform>%n pixel change (outlined) and it reads {0}.</numerusform>
            <numerusform>%n pixel changes (outlined) and it reads {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="243"/>
        <source>After %n change(s) it still reads {0}, not {1}.</source>
        <translation>
            <numerusform>After %n change it still reads {0}, not {1}.</numerusform>
            <numerusform>After %n changes it still reads {0}, not {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="251"/>
        <source>pixel at row {0}, column {1}: erasing it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>pixel at row {0}, column {1}: erasing it moves {2}&apos;s lead by {3}; it would read {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="253"/>
        <source>pixel at row {0}, column {1}: inking it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>pixel at row {0}, column {1}: inking it moves {2}&apos;s lead by {3}; it would read {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="255"/>
        <source>bits</source>
        <translation>bits</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="260"/>
        <source>Draw a digit: once a stroke ends, each pixel shows what inking or erasing it would do to the answer.</source>
        <translation>Draw a digit: once a stroke ends, each pixel shows what inking or erasing it would do to the answer.</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="120"/>
        <source>Draw a digit:
it is read as you draw.</source>
        <translation>Draw a digit:
it is read as you draw.</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="126"/>
        <source>{0}% sure</source>
        <translation>{0}% sure</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="129"/>
        <source>MNIST&apos;s label: {0} {1}</source>
        <translation>MNIST&apos;s label: {0} {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../gui/presenter.py" line="62"/>
        <source>Presenter mode: F11 or Esc leaves it</source>
        <translation>Presenter mode: F11 or Esc leaves it</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="26"/>
        <source>The network&apos;s probability for each digit (softmax of its scores)</source>
        <translation>The network&apos;s probability for each digit (softmax of its scores)</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <location filename="../core/runs/data.py" line="237"/>
        <source>reading {0}</source>
        <translation>reading {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="319"/>
        <source>downloading {0}</source>
        <translation>downloading {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="306"/>
        <source>connecting to {0} for {1}</source>
        <translation>connecting to {0} for {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="90"/>
        <source>reading the training data…</source>
        <translation>reading the training data…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="96"/>
        <source>measuring accuracy before, varying your digits…</source>
        <translation>measuring accuracy before, varying your digits…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="125"/>
        <source>saving the model…</source>
        <translation>saving the model…</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../gui/live/painted.py" line="104"/>
        <source>answer {0}, ahead by {1}</source>
        <translation>answer {0}, ahead by {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../gui/live/session.py" line="67"/>
        <source>could not load ({0})</source>
        <translation>could not load ({0})</translation>
    </message>
</context>
<context>
    <name>TeachBar</name>
    <message>
        <location filename="../gui/live/teach_bar.py" line="25"/>
        <source>Wrong? It&apos;s a…</source>
        <translation>Wrong? It&apos;s a…</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="26"/>
        <source>Click the right digit (or type it) to keep your drawing with its label in your personal set</source>
        <translation>Click the right digit (or type it) to keep your drawing with its label in your personal set</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="32"/>
        <source>Add your drawing to your personal set as a {0} (or press {0})</source>
        <translation>Add your drawing to your personal set as a {0} (or press {0})</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="42"/>
        <source>Undo</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="43"/>
        <source>Take this digit back out of My digits</source>
        <translation>Take this digit back out of My digits</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <location filename="../gui/docks/teaching.py" line="26"/>
        <source>Your personal set: your digits with the right labels</source>
        <translation>Your personal set: your digits with the right labels</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="37"/>
        <source>That&apos;s &amp;wrong: it&apos;s a…</source>
        <translation>That&apos;s &amp;wrong: it&apos;s a…</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="40"/>
        <source>Add the drawing to your personal set as a {0}</source>
        <translation>Add the drawing to your personal set as a {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="41"/>
        <source>Teach the live model my &amp;handwriting</source>
        <translation>Teach the live model my &amp;handwriting</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="43"/>
        <source>Fine-tune the live model on your personal set mixed with MNIST</source>
        <translation>Fine-tune the live model on your personal set mixed with MNIST</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="51"/>
        <source>Your digits will not be saved in this session.</source>
        <translation>Your digits will not be saved in this session.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="54"/>
        <source>Your personal set</source>
        <translation>Your personal set</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="62"/>
        <source>Draw a digit first, then say which digit it is.</source>
        <translation>Draw a digit first, then say which digit it is.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="69"/>
        <source>✓ kept as a {0} in My digits</source>
        <translation>✓ kept as a {0} in My digits</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="71"/>
        <source>✓ relabelled as a {0}</source>
        <translation>✓ relabelled as a {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="73"/>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="77"/>
        <source>taken back out of My digits (Undo delete there puts it back)</source>
        <translation>taken back out of My digits (Undo delete there puts it back)</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="87"/>
        <source>Add some of your digits first (click the right digit under the answer), then fine-tune.</source>
        <translation>Add some of your digits first (click the right digit under the answer), then fine-tune.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="96"/>
        <source>Fine-tune settings: {0}</source>
        <translation>Fine-tune settings: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="101"/>
        <source>A training run is going: stop it or wait, then fine-tune.</source>
        <translation>A training run is going: stop it or wait, then fine-tune.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/runs/training_form.py" line="18"/>
        <source>sign (deterministic)</source>
        <translation>sign (deterministic)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="19"/>
        <source>stochastic: p(+1) = hard_sigmoid(w)</source>
        <translation>stochastic: p(+1) = hard_sigmoid(w)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="21"/>
        <source>auto (a GPU if there is one)</source>
        <translation>auto (a GPU if there is one)</translation>
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
        <translation>Apple GPU (MPS)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="26"/>
        <source>Epochs</source>
        <translation>Epochs</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="27"/>
        <source>Passes over the 60,000 training digits</source>
        <translation>Passes over the 60,000 training digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="28"/>
        <source>Batch size</source>
        <translation>Batch size</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="29"/>
        <source>Digits per optimiser step</source>
        <translation>Digits per optimiser step</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="30"/>
        <source>Learning rate</source>
        <translation>Learning rate</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="31"/>
        <source>Adam&apos;s starting learning rate; it decays each epoch to the preset&apos;s final rate</source>
        <translation>Adam&apos;s starting learning rate; it decays each epoch to the preset&apos;s final rate</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="33"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="34"/>
        <source>Same seed and thread count: the same network</source>
        <translation>Same seed and thread count: the same network</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="40"/>
        <source>The binarized network of Hubara et al. 2016: three layers of 1024 units whose weights and activations are all ±1, BatchNorm before every sign.</source>
        <translation>The binarized network of Hubara et al. 2016: three layers of 1024 units whose weights and activations are all ±1, BatchNorm before every sign.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="44"/>
        <source>The window&apos;s quick run: bnn-mlp&apos;s binarized network at half width (3 x 512 ±1 units) with a one-cycle learning rate: past 97% on MNIST in about 10 s here, while you watch.</source>
        <translation>The window&apos;s quick run: bnn-mlp&apos;s binarized network at half width (3 x 512 ±1 units) with a one-cycle learning rate: past 97% on MNIST in about 10 s here, while you watch.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="49"/>
        <source>A binarized conv net: 32, 64 and 128 binary 3x3 filters with ±1 maps and max-pooling, then 512 ±1 units. The shipped default: slow to train here.</source>
        <translation>A binarized conv net: 32, 64 and 128 binary 3x3 filters with ±1 maps and max-pooling, then 512 ±1 units. The shipped default: slow to train here.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="53"/>
        <source>The small 784-256-128-64-10 network a newcomer writes from the paper, done right (BatchNorm, no sign on the output): trains in seconds.</source>
        <translation>The small 784-256-128-64-10 network a newcomer writes from the paper, done right (BatchNorm, no sign on the output): trains in seconds.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="57"/>
        <source>BinaryConnect (Courbariaux et al. 2015): ±1 weights (their sign) but real ReLU activations.</source>
        <translation>BinaryConnect (Courbariaux et al. 2015): ±1 weights (their sign) but real ReLU activations.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="61"/>
        <source>BinaryConnect with stochastic weights: +1 with probability hard_sigmoid(w / H) while training, the sign at test time.</source>
        <translation>BinaryConnect with stochastic weights: +1 with probability hard_sigmoid(w / H) while training, the sign at test time.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="65"/>
        <source>bnn-mlp&apos;s shape with real weights and ReLU: what the binary network is compared with.</source>
        <translation>bnn-mlp&apos;s shape with real weights and ReLU: what the binary network is compared with.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="69"/>
        <source>bnn-cnn&apos;s shape with real weights and ReLU: the conv net&apos;s float twin.</source>
        <translation>bnn-cnn&apos;s shape with real weights and ReLU: the conv net&apos;s float twin.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="72"/>
        <source>A small float network with the Antirectifier activation (centred, normalised, [relu(x), relu(-x)]), for the lab&apos;s comparison.</source>
        <translation>A small float network with the Antirectifier activation (centred, normalised, [relu(x), relu(-x)]), for the lab&apos;s comparison.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="76"/>
        <source>A float conv net whose features are scaled to a fixed length before the softmax (L2-constrained softmax).</source>
        <translation>A float conv net whose features are scaled to a fixed length before the softmax (L2-constrained softmax).</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="80"/>
        <source>bnn-mlp with XNOR-Net&apos;s scaling: each unit&apos;s ±1 weights times their mean absolute value.</source>
        <translation>bnn-mlp with XNOR-Net&apos;s scaling: each unit&apos;s ±1 weights times their mean absolute value.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="101"/>
        <source>The network to train; what it is is said under it</source>
        <translation>The network to train; what it is is said under it</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="103"/>
        <source>Preset</source>
        <translation>Preset</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="110"/>
        <source>How latent weights become ±1 in training (test time: sign)</source>
        <translation>How latent weights become ±1 in training (test time: sign)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="112"/>
        <source>Binarisation</source>
        <translation>Binarisation</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="124"/>
        <source>Where PyTorch trains: auto takes a GPU when PyTorch sees one (CUDA, or Apple&apos;s MPS), else the CPU; a model trained on a GPU is saved and read exactly as a CPU one</source>
        <translation>Where PyTorch trains: auto takes a GPU when PyTorch sees one (CUDA, or Apple&apos;s MPS), else the CPU; a model trained on a GPU is saved and read exactly as a CPU one</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="128"/>
        <source>Device</source>
        <translation>Device</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="159"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} is not a number</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../gui/runs/training_panel.py" line="67"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="68"/>
        <source>Train a new network in the background (F5)</source>
        <translation>Train a new network in the background (F5)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="70"/>
        <source>Stop</source>
        <translation>Stop</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="71"/>
        <source>Stop after the current batch; nothing is saved (Shift+F5)</source>
        <translation>Stop after the current batch; nothing is saved (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="79"/>
        <source>Progress of the run, with the time left</source>
        <translation>Progress of the run, with the time left</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="80"/>
        <source>not started</source>
        <translation>not started</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="81"/>
        <source>Press Start to train; drawing keeps working meanwhile. The new model becomes the live one if it scores at least as well on MNIST&apos;s test digits; if not, it is kept one click away.</source>
        <translation>Press Start to train; drawing keeps working meanwhile. The new model becomes the live one if it scores at least as well on MNIST&apos;s test digits; if not, it is kept one click away.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="86"/>
        <source>Epoch, loss, accuracy on the last batch and on the test set, speed</source>
        <translation>Epoch, loss, accuracy on the last batch and on the test set, speed</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="89"/>
        <source>Watch it learn: after each epoch, the network in training reads the digit on the canvas</source>
        <translation>Watch it learn: after each epoch, the network in training reads the digit on the canvas</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="92"/>
        <source>Use the new model</source>
        <translation>Use the new model</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="93"/>
        <source>Make the model this run saved the live model (the one in use stays in the Model box)</source>
        <translation>Make the model this run saved the live model (the one in use stays in the Model box)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="161"/>
        <source>training {0}: %n epoch(s), batch {1}, lr {2} → {3}</source>
        <translation>
            <numerusform>training {0}: %n epoch, batch {1}, lr {2} → {3}</numerusform>
            <numerusform>training {0}: %n epochs, batch {1}, lr {2} → {3}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="179"/>
        <source>&lt;b&gt;fine-tuning&lt;/b&gt; {0} on your {1} digits, {2}% of a mix with {3} MNIST digits: %n epoch(s), lr {4} → {5} (set in My digits)</source>
        <translation>
            <numerusform>&lt;b&gt;fine-tuning&lt;/b&gt; {0} on your {1} digits, {2}% of a mix with {3} MNIST digits: %n epoch, lr {4} → {5} (set in My digits)</numerusform>
            <numerusform>&lt;b&gt;fine-tuning&lt;/b&gt; {0} on your {1} digits, {2}% of a mix with {3} MNIST digits: %n epochs, lr {4} → {5} (set in My digits)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="199"/>
        <source>starting…</source>
        <translation>starting…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="211"/>
        <source>stopping…</source>
        <translation>stopping…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="235"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt;: the network in training reads your new drawing after the next epoch.</source>
        <translation>&lt;b&gt;Watch it learn&lt;/b&gt;: the network in training reads your new drawing after the next epoch.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="250"/>
        <source>epoch {0}/{1}  ·  %p%  ·  {2} left</source>
        <translation>epoch {0}/{1}  ·  %p%  ·  {2} left</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="252"/>
        <source>test accuracy after epoch {0}: {1}%</source>
        <translation>test accuracy after epoch {0}: {1}%</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="254"/>
        <source>epoch {0}/{1}, batch {2}/{3}&lt;br&gt;loss {4} · batch accuracy {5}% · {6} samples/s</source>
        <translation>epoch {0}/{1}, batch {2}/{3}&lt;br&gt;loss {4} · batch accuracy {5}% · {6} samples/s</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="267"/>
        <source>epoch {0}/{1}: loss {2} · train {3}% · test {4}% · {5} s</source>
        <translation>epoch {0}/{1}: loss {2} · train {3}% · test {4}% · {5} s</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="279"/>
        <source>After epoch {0}: draw a digit to watch the network in training read it.</source>
        <translation>After epoch {0}: draw a digit to watch the network in training read it.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="286"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt; — after epoch {0} the network in training reads {1} ({2}%); the live model reads {3}</source>
        <translation>&lt;b&gt;Watch it learn&lt;/b&gt; — after epoch {0} the network in training reads {1} ({2}%); the live model reads {3}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="296"/>
        <source>done in {0}</source>
        <translation>done in {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="300"/>
        <source>Fine-tuned: {0}</source>
        <translation>Fine-tuned: {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="303"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;test accuracy {1}%; it is now the live model.</source>
        <translation>Saved &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;test accuracy {1}%; it is now the live model.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="307"/>
        <source>Saved as {0}</source>
        <translation>Saved as {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="319"/>
        <source>unknown</source>
        <translation>unknown</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="321"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt; (test accuracy {1}). The live model, {2}, scores {3}%, so it stays live; the new one is in the Model box.</source>
        <translation>Saved &lt;b&gt;{0}&lt;/b&gt; (test accuracy {1}). The live model, {2}, scores {3}%, so it stays live; the new one is in the Model box.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="337"/>
        <source>not saved</source>
        <translation>not saved</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="338"/>
        <source>The live model and your other files are unchanged.</source>
        <translation>The live model and your other files are unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="342"/>
        <source>Could not save the model</source>
        <translation>Could not save the model</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="343"/>
        <source>Save it somewhere else?</source>
        <translation>Save it somewhere else?</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="347"/>
        <source>Save the trained model</source>
        <translation>Save the trained model</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="349"/>
        <source>Models (*.safetensors)</source>
        <translation>Models (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="358"/>
        <source>The model could not be saved as {0}: {1}.</source>
        <translation>The model could not be saved as {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="362"/>
        <source>stopped</source>
        <translation>stopped</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="363"/>
        <source>Stopped. Nothing was saved: the live model and your model files are unchanged.</source>
        <translation>Stopped. Nothing was saved: the live model and your model files are unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="367"/>
        <source>failed</source>
        <translation>failed</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="368"/>
        <source>The run failed; the live model and your files are unchanged.</source>
        <translation>The run failed; the live model and your files are unchanged.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="372"/>
        <source>MNIST not found</source>
        <translation>MNIST not found</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="377"/>
        <source>Training failed</source>
        <translation>Training failed</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../gui/runs/training_plots.py" line="30"/>
        <source>signs flipped %</source>
        <translation>signs flipped %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="43"/>
        <location filename="../gui/runs/training_plots.py" line="120"/>
        <source>Live curves of the run: x is in epochs in every plot</source>
        <translation>Live curves of the run: x is in epochs in every plot</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="44"/>
        <source>loss per batch (log scale)</source>
        <translation>loss per batch (log scale)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="45"/>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>accuracy %</source>
        <translation>accuracy %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="46"/>
        <location filename="../gui/runs/training_plots.py" line="61"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>loss (log)</source>
        <translation>loss (log)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>raw</source>
        <translation>raw</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="57"/>
        <source>smoothed</source>
        <translation>smoothed</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>train ●</source>
        <translation>train ●</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="59"/>
        <source>test ■</source>
        <translation>test ■</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="64"/>
        <source>accuracy on the training batches (●), on MNIST&apos;s 10,000 test digits after each epoch (■), and on a fixed 2,000 of them during epochs (▲, dashed)</source>
        <translation>accuracy on the training batches (●), on MNIST&apos;s 10,000 test digits after each epoch (■), and on a fixed 2,000 of them during epochs (▲, dashed)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="82"/>
        <source>test, 2,000 digits</source>
        <translation>test, 2,000 digits</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="126"/>
        <source>epoch</source>
        <translation>epoch</translation>
    </message>
</context>
<context>
    <name>TwinPanel</name>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="19"/>
        <source>float: real weights and activations (float-mlp)</source>
        <translation>float: real weights and activations (float-mlp)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="20"/>
        <source>binary weights only: BinaryConnect (binaryconnect-det)</source>
        <translation>binary weights only: BinaryConnect (binaryconnect-det)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="22"/>
        <source>fully binary: weights and activations ±1 (bnn-mlp)</source>
        <translation>fully binary: weights and activations ±1 (bnn-mlp)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="23"/>
        <source>float: real weights and activations (float-cnn)</source>
        <translation>float: real weights and activations (float-cnn)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="24"/>
        <source>fully binary: weights and activations ±1 (bnn-cnn)</source>
        <translation>fully binary: weights and activations ±1 (bnn-cnn)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="56"/>
        <source>The network to compare with the live model on your drawing</source>
        <translation>The network to compare with the live model on your drawing</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="58"/>
        <source>live model</source>
        <translation>live model</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="59"/>
        <source>twin</source>
        <translation>twin</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="64"/>
        <source>The two answers, each network&apos;s order of the ten digits, and Spearman&apos;s rank correlation of the two orders (1: the same order). Hidden units are not compared: two networks trained apart learn their units in their own order, so unit 5 of one has nothing to do with unit 5 of the other (about half their signs agree whatever you draw).</source>
        <translation>The two answers, each network&apos;s order of the ten digits, and Spearman&apos;s rank correlation of the two orders (1: the same order). Hidden units are not compared: two networks trained apart learn their units in their own order, so unit 5 of one has nothing to do with unit 5 of the other (about half their signs agree whatever you draw).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="78"/>
        <source>Compare with</source>
        <translation>Compare with</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="120"/>
        <source>twin: {0} ({1} engine, test accuracy {2}%)</source>
        <translation>twin: {0} ({1} engine, test accuracy {2}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="121"/>
        <source>twin: {0} ({1} engine)</source>
        <translation>twin: {0} ({1} engine)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0} (test accuracy {1}%)</source>
        <translation>live: {0} (test accuracy {1}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0}</source>
        <translation>live: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="152"/>
        <source>The twin is the live model itself: the same answer and every bit the same.</source>
        <translation>The twin is the live model itself: the same answer and every bit the same.</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="156"/>
        <source>Both read &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Both read &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="158"/>
        <source>They differ: the live model reads &lt;b&gt;{0}&lt;/b&gt;, the twin &lt;b&gt;{1}&lt;/b&gt; (the live model&apos;s choice number {2}).</source>
        <translation>They differ: the live model reads &lt;b&gt;{0}&lt;/b&gt;, the twin &lt;b&gt;{1}&lt;/b&gt; (the live model&apos;s choice number {2}).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="162"/>
        <source>Most to least likely: live {0} …, twin {1} …; the two orders agree with rank correlation {2} (1: the same order).</source>
        <translation>Most to least likely: live {0} …, twin {1} …; the two orders agree with rank correlation {2} (1: the same order).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="167"/>
        <source>Hidden units are not compared: networks trained apart order their units each its own way.</source>
        <translation>Hidden units are not compared: networks trained apart order their units each its own way.</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="53"/>
        <source>{0} latent weights: {1}% at the clip, {2}% near 0 (|w| &lt; {3})</source>
        <translation>{0} latent weights: {1}% at the clip, {2}% near 0 (|w| &lt; {3})</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="61"/>
        <source>The live model&apos;s weights</source>
        <translation>The live model&apos;s weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="69"/>
        <source>Previous units (Page Up)</source>
        <translation>Previous units (Page Up)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="70"/>
        <source>Next units (Page Down)</source>
        <translation>Next units (Page Down)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="79"/>
        <source>The layer whose latent weights the histogram shows</source>
        <translation>The layer whose latent weights the histogram shows</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="92"/>
        <source>Histogram of</source>
        <translation>Histogram of</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="121"/>
        <source>weights</source>
        <translation>weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="122"/>
        <source>latent value</source>
        <translation>latent value</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="134"/>
        <source>{0}: real-valued weights; the weight views are for networks with binary weights</source>
        <translation>{0}: real-valued weights; the weight views are for networks with binary weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="149"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: signs of {1}&apos;s weights (light +1, dark −1)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: signs of {1}&apos;s weights (light +1, dark −1)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="153"/>
        <source>The latent real weights of the layer chosen, kept within the clip ±{0} (orange). Training changes them; the network uses only their signs. A weight at the clip has been pushed one way for many steps, so its sign is settled; one near 0 flips as soon as the gradient says so.</source>
        <translation>The latent real weights of the layer chosen, kept within the clip ±{0} (orange). Training changes them; the network uses only their signs. A weight at the clip has been pushed one way for many steps, so its sign is settled; one near 0 flips as soon as the gradient says so.</translation>
    </message>
</context>
<context>
    <name>bits</name>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="43"/>
        <source>weights, 64 a word (the levels are summed, not packed):</source>
        <translation>weights, 64 a word (the levels are summed, not packed):</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="47"/>
        <source>word x (input)         w (weights)     pop(x^w)</source>
        <translation>word x (input)         w (weights)     pop(x^w)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="51"/>
        <location filename="../gui/docks/neuron_levels.py" line="56"/>
        <source>(+{0} more words)</source>
        <translation>(+{0} more words)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="53"/>
        <source>disagree = {0}{1}; dot = n − 2 × {0} = {2}</source>
        <translation>disagree = {0}{1}; dot = n − 2 × {0} = {2}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="57"/>
        <source>bnn.c (bnn-gui export --c):</source>
        <translation>bnn.c (bnn-gui export --c):</translation>
    </message>
</context>
<context>
    <name>config</name>
    <message>
        <location filename="../gui/messages.py" line="113"/>
        <source>{0} = {1} is out of range: expected {2}</source>
        <translation>{0} = {1} is out of range: expected {2}</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="47"/>
        <source>MNIST samples</source>
        <translation>MNIST samples</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="49"/>
        <source>personal share</source>
        <translation>personal share</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="50"/>
        <source>in (0, 1)</source>
        <translation>in (0, 1)</translation>
    </message>
    <message>
        <location filename="../config.py" line="169"/>
        <source>epochs</source>
        <translation>epochs</translation>
    </message>
    <message>
        <location filename="../config.py" line="170"/>
        <source>an integer in 1..1000</source>
        <translation>an integer in 1..1000</translation>
    </message>
    <message>
        <location filename="../config.py" line="171"/>
        <source>batch size</source>
        <translation>batch size</translation>
    </message>
    <message>
        <location filename="../config.py" line="172"/>
        <source>an integer in 1..60000</source>
        <translation>an integer in 1..60000</translation>
    </message>
    <message>
        <location filename="../config.py" line="173"/>
        <source>learning rate</source>
        <translation>learning rate</translation>
    </message>
    <message>
        <location filename="../config.py" line="174"/>
        <source>final learning rate</source>
        <translation>final learning rate</translation>
    </message>
    <message>
        <location filename="../config.py" line="175"/>
        <source>a number in (0, 10]</source>
        <translation>a number in (0, 10]</translation>
    </message>
    <message>
        <location filename="../config.py" line="176"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../config.py" line="177"/>
        <source>an integer in 0..2**63-1</source>
        <translation>an integer in 0..2**63-1</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="48"/>
        <source>Bring {0} to the front</source>
        <translation>Bring {0} to the front</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="76"/>
        <source>Inside one neuron</source>
        <translation>Inside one neuron</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="79"/>
        <source>Float twin</source>
        <translation>Float twin</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="82"/>
        <source>Which pixels matter</source>
        <translation>Which pixels matter</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="86"/>
        <source>Evaluation</source>
        <translation>Evaluation</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="89"/>
        <source>Weights</source>
        <translation>Weights</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="92"/>
        <source>Pitfalls lab</source>
        <translation>Pitfalls lab</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="25"/>
        <source>My digits</source>
        <translation>My digits</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Training</source>
        <translation>Training</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/live/images.py" line="62"/>
        <source>a picture</source>
        <translation>a picture</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="68"/>
        <source>packed layers are malformed ({value}: {reason})</source>
        <translation>packed layers are malformed ({value}: {reason})</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="100"/>
        <source>not a packed bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>not a packed bnn-gui model (format {value}, expected {FORMAT})</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="108"/>
        <location filename="../core/nets/checkpoint.py" line="65"/>
        <location filename="../core/nets/checkpoint.py" line="87"/>
        <source>{path}: {reason}</source>
        <translation>{path}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="118"/>
        <source>layer {name}: bits of shape {shape}, expected {value}</source>
        <translation>layer {name}: bits of shape {shape}, expected {value}</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="127"/>
        <source>output scale is not finite</source>
        <translation>output scale is not finite</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="134"/>
        <source>layer {name}: thresholds do not match its {units} units</source>
        <translation>layer {name}: thresholds do not match its {units} units</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="52"/>
        <source>its packed layers are not readable</source>
        <translation>its packed layers are not readable</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="56"/>
        <source>it has {count} packed layers; a {name} network has {count2}</source>
        <translation>it has {count} packed layers; a {name} network has {count2}</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="61"/>
        <source>its packed input handling does not match its config</source>
        <translation>its packed input handling does not match its config</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="65"/>
        <source>a packed layer is not a JSON object</source>
        <translation>a packed layer is not a JSON object</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="69"/>
        <source>packed layer {value}: {key} is {value2}, its config says {value3}</source>
        <translation>packed layer {value}: {key} is {value2}, its config says {value3}</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="78"/>
        <source>layer {value}: weights or packed bits missing</source>
        <translation>layer {value}: weights or packed bits missing</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="84"/>
        <source>layer {value}: its packed bits disagree with the signs of its weights</source>
        <translation>layer {value}: its packed bits disagree with the signs of its weights</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="104"/>
        <source>layer {value}: BatchNorm or thresholds missing</source>
        <translation>layer {value}: BatchNorm or thresholds missing</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="115"/>
        <source>layer {value}: its packed flips disagree with BatchNorm&apos;s signs</source>
        <translation>layer {value}: its packed flips disagree with BatchNorm&apos;s signs</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="121"/>
        <source>layer {value}: {value2} packed thresholds disagree with its BatchNorm</source>
        <translation>layer {value}: {value2} packed thresholds disagree with its BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="36"/>
        <location filename="../core/files.py" line="193"/>
        <location filename="../core/runs/data.py" line="159"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: no such folder</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="45"/>
        <source>{path}: cannot be written there ({reason})</source>
        <translation>{path}: cannot be written there ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="62"/>
        <location filename="../core/files.py" line="77"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: cannot be written ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="81"/>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="85"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); it is left as it is</source>
        <translation>{path}: is not a regular file (a device, a pipe or a socket); it is left as it is</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="90"/>
        <source>{path}: is read-only; it is left as it is</source>
        <translation>{path}: is read-only; it is left as it is</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="122"/>
        <location filename="../core/files.py" line="132"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: is a folder, not {what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="126"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: cannot read ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="136"/>
        <source>{path}: is not a regular file (a pipe or a device?), not {what}</source>
        <translation>{path}: is not a regular file (a pipe or a device?), not {what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="141"/>
        <source>{path}: {st_size} bytes is too large for {what} (at most {max_bytes})</source>
        <translation>{path}: {st_size} bytes is too large for {what} (at most {max_bytes})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="167"/>
        <source>{folder}: no free name for {stem}{suffix}</source>
        <translation>{folder}: no free name for {stem}{suffix}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="185"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="189"/>
        <source>{name}…: a file name is at most 255 bytes</source>
        <translation>{name}…: a file name is at most 255 bytes</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="197"/>
        <source>{folder}: cannot write there (permission denied)</source>
        <translation>{folder}: cannot write there (permission denied)</translation>
    </message>
    <message>
        <location filename="../core/inference.py" line="177"/>
        <source>{path}: has no packed 1-bit form (only all-binary networks have one)</source>
        <translation>{path}: has no packed 1-bit form (only all-binary networks have one)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="135"/>
        <source>{name_or_path}: no such lesson file, and not a built-in lesson ({names})</source>
        <translation>{name_or_path}: no such lesson file, and not a built-in lesson ({names})</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="150"/>
        <source>a lesson</source>
        <translation>a lesson</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="158"/>
        <source>{path}: not a lesson (not UTF-8 text)</source>
        <translation>{path}: not a lesson (not UTF-8 text)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="162"/>
        <source>{path}: not a lesson file ({reason})</source>
        <translation>{path}: not a lesson file ({reason})</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="171"/>
        <source>{where}: format {value}, expected {FORMAT}</source>
        <translation>{where}: format {value}, expected {FORMAT}</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="176"/>
        <source>{where}: unknown key {value} (known: format, title, step)</source>
        <translation>{where}: unknown key {value} (known: format, title, step)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="182"/>
        <source>{where}: title is not a line of text</source>
        <translation>{where}: title is not a line of text</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="187"/>
        <source>{where}: no [[step]]</source>
        <translation>{where}: no [[step]]</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="191"/>
        <source>{where}: {count} steps; a lesson has at most {MAX_STEPS}</source>
        <translation>{where}: {count} steps; a lesson has at most {MAX_STEPS}</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="199"/>
        <source>{where}: step {n}: {reason}</source>
        <translation>{where}: step {n}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="94"/>
        <source>{path}: its packed layers do not fit a {name} network (units, kernel per layer: {got}, expected {want})</source>
        <translation>{path}: its packed layers do not fit a {name} network (units, kernel per layer: {got}, expected {want})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="149"/>
        <source>{path}: no such file</source>
        <translation>{path}: no such file</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="153"/>
        <source>a model file</source>
        <translation>a model file</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="158"/>
        <source>{path}: {count} bytes; too short to be a model file</source>
        <translation>{path}: {count} bytes; too short to be a model file</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="164"/>
        <source>{path}: not a bnn-gui model (no valid safetensors header; the file may be truncated or of another kind)</source>
        <translation>{path}: not a bnn-gui model (no valid safetensors header; the file may be truncated or of another kind)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="179"/>
        <source>{path}: damaged or truncated weights ({reason})</source>
        <translation>{path}: damaged or truncated weights ({reason})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="184"/>
        <source>{path}: tensor {name} holds NaN or infinite values</source>
        <translation>{path}: tensor {name} holds NaN or infinite values</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="194"/>
        <source>{path}: not a bnn-gui model (its header is not valid JSON)</source>
        <translation>{path}: not a bnn-gui model (its header is not valid JSON)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="201"/>
        <source>{path}: not a bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>{path}: not a bnn-gui model (format {value}, expected {FORMAT})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="227"/>
        <source>{path}: its stored configuration is invalid ({value})</source>
        <translation>{path}: its stored configuration is invalid ({value})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="249"/>
        <source>{path}: damaged header (tensor {value})</source>
        <translation>{path}: damaged header (tensor {value})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="253"/>
        <source>{path}: tensor {value} does not fit in the file (truncated or damaged)</source>
        <translation>{path}: tensor {value} does not fit in the file (truncated or damaged)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="260"/>
        <source>{path}: its weights do not fit a {name} network (its config describes {need} weights; the file holds {elements} numbers)</source>
        <translation>{path}: its weights do not fit a {name} network (its config describes {need} weights; the file holds {elements} numbers)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="276"/>
        <source>{path}: is a {name} model, expected {expect}</source>
        <translation>{path}: is a {name} model, expected {expect}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="284"/>
        <source>{path}: its weights do not fit a {name} network (mismatched: {diff})</source>
        <translation>{path}: its weights do not fit a {name} network (mismatched: {diff})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="310"/>
        <source>{path_or_name}: no such model file or name (available: {names})</source>
        <translation>{path_or_name}: no such model file or name (available: {names})</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="32"/>
        <source>{name}: the packed engine runs networks with binary weights, ±1 activations and BatchNorm ({presets})</source>
        <translation>{name}: the packed engine runs networks with binary weights, ±1 activations and BatchNorm ({presets})</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="37"/>
        <source>{name}: the packed engine and the C export run 1-bit networks; this one has {weights}-bit weights and {activations}-bit activations</source>
        <translation>{name}: the packed engine and the C export run 1-bit networks; this one has {weights}-bit weights and {activations}-bit activations</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="43"/>
        <source>{name}: the output layer must be binary with a scale or BatchNorm</source>
        <translation>{name}: the output layer must be binary with a scale or BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="70"/>
        <source>an MNIST file</source>
        <translation>an MNIST file</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="82"/>
        <source>{path}: inflates to more than {MAX_IDX_BYTES} bytes, the size of MNIST&apos;s largest file; not MNIST</source>
        <translation>{path}: inflates to more than {MAX_IDX_BYTES} bytes, the size of MNIST&apos;s largest file; not MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="88"/>
        <source>{path}: cannot read ({reason}); the file is damaged, delete it</source>
        <translation>{path}: cannot read ({reason}); the file is damaged, delete it</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="93"/>
        <source>{path}: only {count} bytes; not an IDX file</source>
        <translation>{path}: only {count} bytes; not an IDX file</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="98"/>
        <source>{path}: magic number {got_magic}, expected {magic}; wrong or damaged file</source>
        <translation>{path}: magic number {got_magic}, expected {magic}; wrong or damaged file</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="105"/>
        <source>{path}: header cut short</source>
        <translation>{path}: header cut short</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="111"/>
        <source>{path}: header says {dims} ({expected} bytes) but the file has {count} bytes; the file is truncated or damaged</source>
        <translation>{path}: header says {dims} ({expected} bytes) but the file has {count} bytes; the file is truncated or damaged</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="117"/>
        <source>{path}: checksum {digest} does not match MNIST&apos;s {verify_md5}; the file is damaged or is not MNIST</source>
        <translation>{path}: checksum {digest} does not match MNIST&apos;s {verify_md5}; the file is damaged or is not MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="150"/>
        <source>{data_dir}: is a file, not a folder; give the folder that holds MNIST&apos;s four files</source>
        <translation>{data_dir}: is a file, not a folder; give the folder that holds MNIST&apos;s four files</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="163"/>
        <source>{folder}: MNIST files missing: {value} (.gz or not)</source>
        <translation>{folder}: MNIST files missing: {value} (.gz or not)</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="176"/>
        <source>no such folder</source>
        <translation>no such folder</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="180"/>
        <source>missing: {files}</source>
        <translation>missing: {files}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="196"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}).
Put its four files (gzipped or not; 11 MB in all):
{names}
into that folder, or set BNN_GUI_DATA to the folder that holds them.</source>
        <translation>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}).
Put its four files (gzipped or not; 11 MB in all):
{names}
into that folder, or set BNN_GUI_DATA to the folder that holds them.</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="205"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}), and it could not be downloaded into {folder}.
Put its four files (gzipped or not; 11 MB in all):
{names}
into one of those folders.

Download errors:
{errors}</source>
        <translation>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}), and it could not be downloaded into {folder}.
Put its four files (gzipped or not; 11 MB in all):
{names}
into one of those folders.

Download errors:
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="200"/>
        <source>MNIST was not found on this computer.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.</source>
        <translation>MNIST was not found on this computer.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.</translation>
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
        <translation>MNIST was not found, and could not be downloaded.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.

Download errors:
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="243"/>
        <source>{folder}: {prefix} images {shape} and labels {shape2} disagree</source>
        <translation>{folder}: {prefix} images {shape} and labels {shape2} disagree</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="266"/>
        <source>{dest}: is a file, where MNIST&apos;s folder would go; move it away, or point to MNIST with --data-dir DIR or BNN_GUI_DATA=DIR</source>
        <translation>{dest}: is a file, where MNIST&apos;s folder would go; move it away, or point to MNIST with --data-dir DIR or BNN_GUI_DATA=DIR</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="274"/>
        <source>{dest}: the folder for MNIST cannot be made ({reason})</source>
        <translation>{dest}: the folder for MNIST cannot be made ({reason})</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="315"/>
        <source>the download of MNIST was cancelled</source>
        <translation>the download of MNIST was cancelled</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="130"/>
        <source>{reason}; and it could not be set aside ({reason2})</source>
        <translation>{reason}; and it could not be set aside ({reason2})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="134"/>
        <source>{reason}

The damaged file was kept as {kept}; a new, empty set starts.</source>
        <translation>{reason}

The damaged file was kept as {kept}; a new, empty set starts.</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="202"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: cannot write ({reason})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="244"/>
        <source>{path}: the personal set holds at most {MAX_SAMPLES} digits; export it and start a new one (nothing was changed)</source>
        <translation>{path}: the personal set holds at most {MAX_SAMPLES} digits; export it and start a new one (nothing was changed)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="262"/>
        <source>{path}: cannot save your personal set ({reason}); nothing was changed</source>
        <translation>{path}: cannot save your personal set ({reason}); nothing was changed</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="189"/>
        <source>a personal-set file</source>
        <translation>a personal-set file</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="198"/>
        <source>{path}: {reason}; which one is meant cannot be known</source>
        <translation>{path}: {reason}; which one is meant cannot be known</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="201"/>
        <source>{path}: not a personal-set file (not valid JSON; it may be truncated or of another kind)</source>
        <translation>{path}: not a personal-set file (not valid JSON; it may be truncated or of another kind)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="206"/>
        <source>{path}: not a personal-set file (nested too deeply)</source>
        <translation>{path}: not a personal-set file (nested too deeply)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="211"/>
        <source>{path}: not a personal-set file (format {got}, expected {FORMAT})</source>
        <translation>{path}: not a personal-set file (format {got}, expected {FORMAT})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="217"/>
        <source>{path}: &apos;samples&apos; is not a list</source>
        <translation>{path}: &apos;samples&apos; is not a list</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="221"/>
        <location filename="../core/runs/personal_file.py" line="262"/>
        <source>{path}: {count} digits, more than a personal set holds ({MAX_SAMPLES})</source>
        <translation>{path}: {count} digits, more than a personal set holds ({MAX_SAMPLES})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="230"/>
        <source>{path}: sample {value} of {count}: {value2}</source>
        <translation>{path}: sample {value} of {count}: {value2}</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="234"/>
        <source>{path}: sample {value}: id {id} appears twice</source>
        <translation>{path}: sample {value}: id {id} appears twice</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="247"/>
        <source>a personal-set journal</source>
        <translation>a personal-set journal</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="231"/>
        <source>{folder}: is not a folder</source>
        <translation>{folder}: is not a folder</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="233"/>
        <source>{folder}: no such folder as {parent}</source>
        <translation>{folder}: no such folder as {parent}</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>Canvas</source>
        <translation>Canvas</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>right button</source>
        <translation>right button</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>erase the strokes under the pointer</source>
        <translation>erase the strokes under the pointer</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <location filename="../gui/help.py" line="18"/>
        <location filename="../gui/help.py" line="20"/>
        <location filename="../gui/help.py" line="21"/>
        <location filename="../gui/help.py" line="22"/>
        <location filename="../gui/help.py" line="23"/>
        <source>Network view</source>
        <translation>Network view</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <source>click a layer&apos;s title</source>
        <translation>click a layer&apos;s title</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="17"/>
        <source>enlarge it (again: back to all layers)</source>
        <translation>enlarge it (again: back to all layers)</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="18"/>
        <source>Up / Down</source>
        <translation>Up / Down</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="19"/>
        <source>the enlarged conv layer&apos;s previous / next channel</source>
        <translation>the enlarged conv layer&apos;s previous / next channel</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="20"/>
        <source>all channels of the enlarged layer, or one again</source>
        <translation>all channels of the enlarged layer, or one again</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>Left / Right</source>
        <translation>Left / Right</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>the previous / next layer</source>
        <translation>the previous / next layer</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>wheel, drag</source>
        <translation>wheel, drag</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>zoom and pan the enlarged layer</source>
        <translation>zoom and pan the enlarged layer</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="23"/>
        <source>back to all layers</source>
        <translation>back to all layers</translation>
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
</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="73"/>
        <source>the digit pressed</source>
        <translation>the digit pressed</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="90"/>
        <source>Panels</source>
        <translation>Panels</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="95"/>
        <source>where</source>
        <translation>where</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="96"/>
        <source>keys</source>
        <translation>keys</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="97"/>
        <source>what</source>
        <translation>what</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../gui/live/images.py" line="17"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;All files (*)</source>
        <translation>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="69"/>
        <source>is compressed (a .svgz?), which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>is compressed (a .svgz?), which is not read (it can inflate without bound); save it as plain SVG or PNG.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="77"/>
        <source>could not be read as an image (PNG, JPEG, BMP, …).</source>
        <translation>could not be read as an image (PNG, JPEG, BMP, …).</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="79"/>
        <source>is a compressed SVG, which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>is a compressed SVG, which is not read (it can inflate without bound); save it as plain SVG or PNG.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="82"/>
        <source>is an SVG of {0} bytes; SVGs up to {1} bytes are read (save it as PNG).</source>
        <translation>is an SVG of {0} bytes; SVGs up to {1} bytes are read (save it as PNG).</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="88"/>
        <source>is {0} x {1} pixels; pictures up to {2} megapixels can be read.</source>
        <translation>is {0} x {1} pixels; pictures up to {2} megapixels can be read.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="97"/>
        <source>could not be read as an image ({0}).</source>
        <translation>could not be read as an image ({0}).</translation>
    </message>
</context>
<context>
    <name>layer_words</name>
    <message>
        <location filename="../gui/live/layer_words.py" line="13"/>
        <source>sign</source>
        <translation>sign</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="17"/>
        <source>{0}-bit activation</source>
        <translation>{0}-bit activation</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="19"/>
        <source>±1 weights</source>
        <translation>±1 weights</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="20"/>
        <source>±1 weights (stochastic)</source>
        <translation>±1 weights (stochastic)</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="21"/>
        <source>real weights</source>
        <translation>real weights</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="24"/>
        <source>{0}-bit weights</source>
        <translation>{0}-bit weights</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="31"/>
        <source>{0}x{0} kernels over pixels</source>
        <translation>{0}x{0} kernels over pixels</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="33"/>
        <source>{0}x{0} kernels over {1} channels</source>
        <translation>{0}x{0} kernels over {1} channels</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="36"/>
        <source>max-pool {0}</source>
        <translation>max-pool {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="43"/>
        <source>each over {0} inputs</source>
        <translation>each over {0} inputs</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/messages.py" line="21"/>
        <source>({0} more lines)</source>
        <translation>({0} more lines)</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="45"/>
        <source>Replace a read-only file?</source>
        <translation>Replace a read-only file?</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="46"/>
        <source>{0} is read-only. Replace it anyway?</source>
        <translation>{0} is read-only. Replace it anyway?</translation>
    </message>
</context>
<context>
    <name>pitfalls</name>
    <message>
        <location filename="../core/runs/pitfalls.py" line="47"/>
        <source>Why it said 9.87%: the newcomer&apos;s notebook, fixed one step at a time</source>
        <translation>Why it said 9.87%: the newcomer&apos;s notebook, fixed one step at a time</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="48"/>
        <source>A Keras BNN &apos;stuck at 9.87%&apos; whatever the learning rate: four Dense layers with binary_tanh, the output included, BatchNorm written but never added, SGD, Keras&apos;s categorical cross-entropy, batches of 100. Replayed with Keras&apos;s semantics; then each run changes one thing on top of the last; what each run found is said as it ends (hover its row to read it again).</source>
        <translation>A Keras BNN &apos;stuck at 9.87%&apos; whatever the learning rate: four Dense layers with binary_tanh, the output included, BatchNorm written but never added, SGD, Keras&apos;s categorical cross-entropy, batches of 100. Replayed with Keras&apos;s semantics; then each run changes one thing on top of the last; what each run found is said as it ends (hover its row to read it again).</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="68"/>
        <source>Sign on the output layer too</source>
        <translation>Sign on the output layer too</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="69"/>
        <source>With a sign on the output the ten scores are ±1: digits tie (the first +1 class wins) and the softmax can never be sure (at most 45%), so the loss stays high. With the straight-through gradient it still learns, a point or more behind on MNIST and far behind on harder data; with a plain sign (no straight-through gradient) nothing learns at all: the newcomer&apos;s 10%.</source>
        <translation>With a sign on the output the ten scores are ±1: digits tie (the first +1 class wins) and the softmax can never be sure (at most 45%), so the loss stays high. With the straight-through gradient it still learns, a point or more behind on MNIST and far behind on harder data; with a plain sign (no straight-through gradient) nothing learns at all: the newcomer&apos;s 10%.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="74"/>
        <source>correct: real-valued scores</source>
        <translation>correct: real-valued scores</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="75"/>
        <source>sign on the output</source>
        <translation>sign on the output</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="76"/>
        <source>BatchNorm left out</source>
        <translation>BatchNorm left out</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="77"/>
        <source>Without BatchNorm the sums of ±1 products are large and centred nowhere: most signs are stuck at one value and the gradient through the sign (zero where |x| &gt; 1) vanishes.</source>
        <translation>Without BatchNorm the sums of ±1 products are large and centred nowhere: most signs are stuck at one value and the gradient through the sign (zero where |x| &gt; 1) vanishes.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="80"/>
        <source>with BatchNorm</source>
        <translation>with BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="81"/>
        <source>without BatchNorm</source>
        <translation>without BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="82"/>
        <source>Learning rate 1e-6</source>
        <translation>Learning rate 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="83"/>
        <source>Binary weights only change when a latent weight crosses zero; at 1e-6 almost none does, and nothing moves.</source>
        <translation>Binary weights only change when a latent weight crosses zero; at 1e-6 almost none does, and nothing moves.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="85"/>
        <source>lr 1e-2</source>
        <translation>lr 1e-2</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="86"/>
        <source>lr 1e-6</source>
        <translation>lr 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="87"/>
        <source>No clipping of latent weights</source>
        <translation>No clipping of latent weights</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="88"/>
        <source>Unclipped latent weights drift far from zero and stop flipping: the network freezes early (compare the sign-flip curves). Where to clip (BinaryConnect): in the training loop, right after the optimiser&apos;s step, not inside the optimiser: {0}. After the step, because the step is what moves the latent weights out of [-H, H]; the optimiser&apos;s own state (Adam&apos;s averages) is left as it is.</source>
        <translation>Unclipped latent weights drift far from zero and stop flipping: the network freezes early (compare the sign-flip curves). Where to clip (BinaryConnect): in the training loop, right after the optimiser&apos;s step, not inside the optimiser: {0}. After the step, because the step is what moves the latent weights out of [-H, H]; the optimiser&apos;s own state (Adam&apos;s averages) is left as it is.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="94"/>
        <source>clipped to [-1, 1]</source>
        <translation>clipped to [-1, 1]</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="95"/>
        <source>not clipped (H = 100)</source>
        <translation>not clipped (H = 100)</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="98"/>
        <source>Deterministic vs stochastic BinaryConnect</source>
        <translation>Deterministic vs stochastic BinaryConnect</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="99"/>
        <source>Stochastic binarisation is a regulariser: noisier and slower at first, it can generalise as well or better over long runs.</source>
        <translation>Stochastic binarisation is a regulariser: noisier and slower at first, it can generalise as well or better over long runs.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="101"/>
        <source>deterministic</source>
        <translation>deterministic</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="102"/>
        <source>stochastic</source>
        <translation>stochastic</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="103"/>
        <source>Antirectifier vs ReLU at equal parameter count</source>
        <translation>Antirectifier vs ReLU at equal parameter count</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="104"/>
        <source>The Antirectifier keeps both the positive and the negative part of each feature; at the same number of parameters it is compared with plain ReLU.</source>
        <translation>The Antirectifier keeps both the positive and the negative part of each feature; at the same number of parameters it is compared with plain ReLU.</translation>
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
        <translation>L2-constrained softmax with several alphas</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="109"/>
        <source>Normalising the features and scaling them by alpha bounds the logits: too small an alpha cannot make confident answers, a moderate one trains well.</source>
        <translation>Normalising the features and scaling them by alpha bounds the logits: too small an alpha cannot make confident answers, a moderate one trains well.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="113"/>
        <source>plain softmax</source>
        <translation>plain softmax</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="114"/>
        <source>alpha 16, one norm for the batch, as in the blog&apos;s code</source>
        <translation>alpha 16, one norm for the batch, as in the blog&apos;s code</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="116"/>
        <source>tf.norm(fc1) without an axis is one norm over the whole batch: every sample is divided by the same number, so a sample&apos;s features have norm about alpha / sqrt(batch size) (about 1.1 in batches of 200), not alpha, and that number changes with the batch: 200 digits in training, 2,000 when the test set is measured, 1 when the window reads your drawing. Compare it with alpha 16 normalised per sample (axis=1), as the paper does.</source>
        <translation>tf.norm(fc1) without an axis is one norm over the whole batch: every sample is divided by the same number, so a sample&apos;s features have norm about alpha / sqrt(batch size) (about 1.1 in batches of 200), not alpha, and that number changes with the batch: 200 digits in training, 2,000 when the test set is measured, 1 when the window reads your drawing. Compare it with alpha 16 normalised per sample (axis=1), as the paper does.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="79"/>
        <source>as written: SGD at lr 1e-6</source>
        <translation>as written: SGD at lr 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="80"/>
        <source>The ten ±1 outputs sum to 0 for about a quarter of the digits; Keras&apos;s loss divides by that sum, and the first such batch turns every weight into NaN. From then on the network answers 0 for every digit: the share of 0s.</source>
        <translation>The ten ±1 outputs sum to 0 for about a quarter of the digits; Keras&apos;s loss divides by that sum, and the first such batch turns every weight into NaN. From then on the network answers 0 for every digit: the share of 0s.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="84"/>
        <source>the asker&apos;s lr 1e-3</source>
        <translation>the asker&apos;s lr 1e-3</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="85"/>
        <source>The same NaN at the same step: the learning rate multiplies a NaN gradient, and NaN times any rate is NaN. No learning rate could have helped.</source>
        <translation>The same NaN at the same step: the learning rate multiplies a NaN gradient, and NaN times any rate is NaN. No learning rate could have helped.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="87"/>
        <source>no activation on the output (the accepted answer)</source>
        <translation>no activation on the output (the accepted answer)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="88"/>
        <source>Real-valued outputs almost never sum to exactly 0, so the weights stay finite, but Keras&apos;s loss still divides raw outputs by their sum: negative or oversized &apos;probabilities&apos; are clipped, and a clipped value passes no gradient back.</source>
        <translation>Real-valued outputs almost never sum to exactly 0, so the weights stay finite, but Keras&apos;s loss still divides raw outputs by their sum: negative or oversized &apos;probabilities&apos; are clipped, and a clipped value passes no gradient back.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="91"/>
        <source>softmax on the output (what the loss expects)</source>
        <translation>softmax on the output (what the loss expects)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="92"/>
        <source>Probabilities that sum to 1 make the loss a true cross-entropy: now it learns steadily, though SGD is slow through three sign layers.</source>
        <translation>Probabilities that sum to 1 make the loss a true cross-entropy: now it learns steadily, though SGD is slow through three sign layers.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="94"/>
        <source>BatchNorm actually added</source>
        <translation>BatchNorm actually added</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="95"/>
        <source>BatchNorm centres each layer&apos;s sums so the signs split the digits and the straight-through gradient (zero where |x| &gt; 1) flows.</source>
        <translation>BatchNorm centres each layer&apos;s sums so the signs split the digits and the straight-through gradient (zero where |x| &gt; 1) flows.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="97"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="98"/>
        <source>Adam scales each step to the gradient&apos;s size: far faster than plain SGD here.</source>
        <translation>Adam scales each step to the gradient&apos;s size: far faster than plain SGD here.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="99"/>
        <source>binary weights as well (the paper&apos;s BNN)</source>
        <translation>binary weights as well (the paper&apos;s BNN)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="100"/>
        <source>±1 weights (sign forward, latent weights clipped to [-1, 1]): a network of bits, as in the paper. Compare it with the rung before: the price of 1-bit weights after these few epochs (the paper trains for hundreds, and this project&apos;s bnn presets with a larger learning rate).</source>
        <translation>±1 weights (sign forward, latent weights clipped to [-1, 1]): a network of bits, as in the paper. Compare it with the rung before: the price of 1-bit weights after these few epochs (the paper trains for hundreds, and this project&apos;s bnn presets with a larger learning rate).</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="22"/>
        <source>Bit budget: 1, 1.58, 2, 4 and 8 bits side by side</source>
        <translation>Bit budget: 1, 1.58, 2, 4 and 8 bits side by side</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="23"/>
        <source>The same network trained with weights and activations of 1 bit (±1), 1.58 (−1/0/+1), 2, 4 and 8 bits, and in float32. Each extra bit buys a little accuracy and costs memory and speed: 1 bit is the only width that runs as XNOR and popcount (the packed engine and the exported C); the plot puts each run&apos;s test accuracy against the bytes of its weights.</source>
        <translation>The same network trained with weights and activations of 1 bit (±1), 1.58 (−1/0/+1), 2, 4 and 8 bits, and in float32. Each extra bit buys a little accuracy and costs memory and speed: 1 bit is the only width that runs as XNOR and popcount (the packed engine and the exported C); the plot puts each run&apos;s test accuracy against the bytes of its weights.</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1 bit</source>
        <translation>1 bit</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1.58 bits</source>
        <translation>1.58 bits</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>2 bits</source>
        <translation>2 bits</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>4 bits</source>
        <translation>4 bits</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>8 bits</source>
        <translation>8 bits</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="33"/>
        <source>correct: threshold and flip from BatchNorm</source>
        <translation>correct: threshold and flip from BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="34"/>
        <source>Each unit fires when its dot reaches its own threshold ⌈s(μ − βσ/γ)⌉, the other way round where γ &lt; 0: the bits the network was trained with.</source>
        <translation>Each unit fires when its dot reaches its own threshold ⌈s(μ − βσ/γ)⌉, the other way round where γ &lt; 0: the bits the network was trained with.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="37"/>
        <source>sign of the weights, BatchNorm left out</source>
        <translation>sign of the weights, BatchNorm left out</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="38"/>
        <source>Without BatchNorm each unit fires when its dot is &gt;= 0, but training centred every unit on its own mean μ: many units now fire for every digit or for none.</source>
        <translation>Without BatchNorm each unit fires when its dot is &gt;= 0, but training centred every unit on its own mean μ: many units now fire for every digit or for none.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="42"/>
        <source>sign first, then BatchNorm</source>
        <translation>sign first, then BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="43"/>
        <source>BatchNorm must come before the sign: applied after it, to a ±1 instead of the dot, its shift μ swamps the ±1 and most units give the same bit whatever the digit.</source>
        <translation>BatchNorm must come before the sign: applied after it, to a ±1 instead of the dot, its shift μ swamps the ±1 and most units give the same bit whatever the digit.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="47"/>
        <source>first layer&apos;s thresholds in 0..1 pixels</source>
        <translation>first layer&apos;s thresholds in 0..1 pixels</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="48"/>
        <source>The first layer reads pixel levels 0..255; its thresholds were folded for pixels in 0..1, 255 times too small, so its units fire for almost any ink.</source>
        <translation>The first layer reads pixel levels 0..255; its thresholds were folded for pixels in 0..1, 255 times too small, so its units fire for almost any ink.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="52"/>
        <source>first layer fed 0/1 pixels</source>
        <translation>first layer fed 0/1 pixels</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="53"/>
        <source>The first layer was trained on real levels 0..255; fed pixels cut to 0 or 1 its dots are 255 times smaller than its thresholds expect.</source>
        <translation>The first layer was trained on real levels 0..255; fed pixels cut to 0 or 1 its dots are 255 times smaller than its thresholds expect.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="169"/>
        <source>An export done wrong</source>
        <translation>An export done wrong</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="170"/>
        <source>The shipped bnn-cnn exported to the 1-bit engine five ways: right, and with four classic deployment bugs. Nothing is trained; each run reads MNIST&apos;s 10,000 test digits and compares its bits with the correct export&apos;s. Inside one neuron shows the correct fold of any unit you click: its threshold, and the flip where BatchNorm&apos;s scale is negative.</source>
        <translation>The shipped bnn-cnn exported to the 1-bit engine five ways: right, and with four classic deployment bugs. Nothing is trained; each run reads MNIST&apos;s 10,000 test digits and compares its bits with the correct export&apos;s. Inside one neuron shows the correct fold of any unit you click: its threshold, and the flip where BatchNorm&apos;s scale is negative.</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../core/runs/newcomer.py" line="55"/>
        <source>training accuracy {0}%, test {1}%</source>
        <translation>training accuracy {0}%, test {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="58"/>
        <source>it answers {0} for {1}% of the test digits</source>
        <translation>it answers {0} for {1}% of the test digits</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="61"/>
        <source>its answers spread over the ten digits (most often {0}, {1}%)</source>
        <translation>its answers spread over the ten digits (most often {0}, {1}%)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="64"/>
        <source>every weight was NaN after step {0} (that batch held {1} digits whose ten ±1 outputs summed to 0: a division by 0 in the loss)</source>
        <translation>every weight was NaN after step {0} (that batch held {1} digits whose ten ±1 outputs summed to 0: a division by 0 in the loss)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="69"/>
        <source>{0}% of the outputs are NaN, and argmax of a row of NaNs is its first index, 0</source>
        <translation>{0}% of the outputs are NaN, and argmax of a row of NaNs is its first index, 0</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="72"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="90"/>
        <source>none of your digits held out, so what it learned of your handwriting was not measured; MNIST test: {0}% → {1}%</source>
        <translation>none of your digits held out, so what it learned of your handwriting was not measured; MNIST test: {0}% → {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="94"/>
        <source>your held-out digits ({0}): {1} → {2}; MNIST test: {3}% → {4}%</source>
        <translation>your held-out digits ({0}): {1} → {2}; MNIST test: {3}% → {4}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="102"/>
        <source>None of your digits was held out to measure on (too few of each): draw each digit a few more times to see what the fine-tune changed.</source>
        <translation>None of your digits was held out to measure on (too few of each): draw each digit a few more times to see what the fine-tune changed.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="107"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn and MNIST paid {0} points for it. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>Your held-out digits were all read right before the fine-tune: there was nothing to learn and MNIST paid {0} points for it. Draw the digits it gets wrong and label them; those teach it your handwriting.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="112"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>Your held-out digits were all read right before the fine-tune: there was nothing to learn. Draw the digits it gets wrong and label them; those teach it your handwriting.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="116"/>
        <source>Your held-out digits were read no better afterwards: add more of the digits it misreads, or try more epochs or a larger share of your digits.</source>
        <translation>Your held-out digits were read no better afterwards: add more of the digits it misreads, or try more epochs or a larger share of your digits.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="144"/>
        <source>No digits are held out (the held-out share is 0): the fine-tune cannot measure what it learns of your handwriting, only what MNIST pays.</source>
        <translation>No digits are held out (the held-out share is 0): the fine-tune cannot measure what it learns of your handwriting, only what MNIST pays.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="147"/>
        <source>None of your digits can be held out to measure the fine-tune on: draw at least {0} of a digit. It will train, but it can only measure what MNIST pays.</source>
        <translation>None of your digits can be held out to measure the fine-tune on: draw at least {0} of a digit. It will train, but it can only measure what MNIST pays.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="135"/>
        <source>{0}% of the test digits read right, as the model file says</source>
        <translation>{0}% of the test digits read right, as the model file says</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="137"/>
        <source>{0}% read right instead of {1}%; bits that differ from the correct export: {2}</source>
        <translation>{0}% read right instead of {1}%; bits that differ from the correct export: {2}</translation>
    </message>
</context>
<context>
    <name>save_levels</name>
    <message>
        <location filename="../gui/docks/save_levels.py" line="15"/>
        <source>IDX image, as MNIST&apos;s (*.idx);;PGM picture (*.pgm)</source>
        <translation>IDX image, as MNIST&apos;s (*.idx);;PGM picture (*.pgm)</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="22"/>
        <source>Nothing to save: draw a digit first</source>
        <translation>Nothing to save: draw a digit first</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="24"/>
        <source>Save what the network sees</source>
        <translation>Save what the network sees</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="35"/>
        <source>Could not save</source>
        <translation>Could not save</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="37"/>
        <source>saved the 28x28 levels the network reads to {0}</source>
        <translation>saved the 28x28 levels the network reads to {0}</translation>
    </message>
</context>
</TS>
