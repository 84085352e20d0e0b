<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>DrawingCanvas</name>
    <message>
        <location filename="../gui/live/canvas.py" line="35"/>
        <source>Draw a digit. Right button or the eraser removes strokes.</source>
        <translation>Нарисуйте цифру. Правая кнопка мыши или ластик стирают штрихи.</translation>
    </message>
    <message>
        <location filename="../gui/live/canvas.py" line="216"/>
        <source>draw a digit here</source>
        <translation>рисуйте цифру здесь</translation>
    </message>
</context>
<context>
    <name>EvaluationPanel</name>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="28"/>
        <source>Evaluate the live model</source>
        <translation>Оценить текущую модель</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="29"/>
        <source>Read all 10,000 MNIST test digits with the live model</source>
        <translation>Прочитать текущей моделью все 10 000 тестовых цифр MNIST</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="30"/>
        <source>Accuracy per digit, the confusion matrix and the misread digits of the live model on MNIST&apos;s test set.</source>
        <translation>Точность по цифрам, матрица ошибок и неверно прочитанные цифры текущей модели на тестовой выборке MNIST.</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="33"/>
        <source>Rows: the true digit; columns: the answer. Click a cell to see its digits</source>
        <translation>Строки — истинная цифра, столбцы — ответ. Щёлкните клетку, чтобы увидеть её цифры</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="48"/>
        <source>Double-click a digit to put it on the canvas</source>
        <translation>Дважды щёлкните цифру, чтобы перенести её на холст</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="69"/>
        <source>reading 10,000 test digits with {0}…</source>
        <translation>читаем 10 000 тестовых цифр моделью {0}…</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="77"/>
        <source>evaluation failed: {0}</source>
        <translation>оценка не удалась: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="85"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: {1}% of {2} test digits; hardest digit {3} ({4}%)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: {1}% из {2} тестовых цифр; труднее всего цифра {3} ({4}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="101"/>
        <source>all misread digits</source>
        <translation>все неверно прочитанные цифры</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="106"/>
        <source>true {0}, read as {1}</source>
        <translation>истинная {0}, прочитана как {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="112"/>
        <source> (first {0})</source>
        <translation> (первые {0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="113"/>
        <source>{0}: {1}{2}; double-click one to draw it</source>
        <translation>{0}: {1}{2}; дважды щёлкните цифру, чтобы перенести её на холст</translation>
    </message>
    <message>
        <location filename="../gui/docks/evaluation_panel.py" line="118"/>
        <source>test digit #{0}: true {1}, read as {2} ({3}%), second choice {4}</source>
        <translation>тестовая цифра №{0}: истинная {1}, прочитана как {2} ({3}%), второй вариант {4}</translation>
    </message>
</context>
<context>
    <name>FinetuneForm</name>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="17"/>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="18"/>
        <source>Passes over the mix of your digits and MNIST</source>
        <translation>Проходы по смеси ваших цифр и MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="19"/>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="20"/>
        <source>Adam&apos;s starting rate, decayed to a tenth; small, to move the weights, not start over</source>
        <translation>Начальная скорость Adam, убывает до десятой части; небольшая, чтобы сдвинуть веса, а не учить заново</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="22"/>
        <source>Your digits (%)</source>
        <translation>Ваши цифры (%)</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="24"/>
        <source>The share of the mix that is varied copies of your digits</source>
        <translation>Доля смеси, которую составляют видоизменённые копии ваших цифр</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="26"/>
        <source>MNIST digits</source>
        <translation>Цифры MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="27"/>
        <source>MNIST training digits mixed in so that it does not forget them</source>
        <translation>Обучающие цифры MNIST, подмешанные, чтобы сеть их не забыла</translation>
    </message>
    <message>
        <location filename="../gui/runs/finetune_form.py" line="60"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} — не число</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <location filename="../gui/help_menu.py" line="18"/>
        <source>BNNs in &amp;five minutes</source>
        <translation>BNN за &amp;пять минут</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="19"/>
        <source>What a binarized network is, each idea linked to the panel that shows it</source>
        <translation>Что такое бинаризованная сеть; каждая идея ведёт к панели, которая её показывает</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="22"/>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="24"/>
        <source>Every key of the window</source>
        <translation>Все клавиши окна</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="25"/>
        <source>&amp;About bnn-gui</source>
        <translation>&amp;О программе bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="28"/>
        <source>Keyboard shortcuts — bnn-gui</source>
        <translation>Сочетания клавиш — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="34"/>
        <source>BNNs in five minutes — bnn-gui</source>
        <translation>BNN за пять минут — bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="53"/>
        <source>About bnn-gui</source>
        <translation>О программе bnn-gui</translation>
    </message>
    <message>
        <location filename="../gui/help_menu.py" line="54"/>
        <source>&lt;b&gt;bnn-gui&lt;/b&gt;: draw a digit and watch a binarized neural network (weights and activations ±1; Courbariaux, Hubara et al. 2016) read it, layer by layer.</source>
        <translation>&lt;b&gt;bnn-gui&lt;/b&gt;: нарисуйте цифру и посмотрите, как бинаризованная нейросеть (веса и активации ±1; Courbariaux, Hubara et al. 2016) читает её слой за слоем.</translation>
    </message>
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>Щёлкните нейрон на карте, чтобы увидеть его биты, XNOR, popcount и порог</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="80"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>Тот же рисунок глазами вещественной сети, сети BinaryConnect и полностью бинарной сети</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>Какие входные пиксели изменили бы ответ, если их закрасить или стереть; как заставить сеть прочитать другую цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>Текущая модель на тестовой выборке MNIST: по цифрам, матрица ошибок, неверно прочитанные</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="90"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>Шаблоны ±1 первого слоя и гистограммы скрытых весов</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="93"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>Типичные ошибки в BNN: короткие запуски на одном графике</translation>
    </message>
</context>
<context>
    <name>LabPanel</name>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>experiment</source>
        <translation>эксперимент</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="29"/>
        <source>run</source>
        <translation>запуск</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="30"/>
        <source>batch</source>
        <translation>батч</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>lr</source>
        <translation>lr</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="31"/>
        <source>train %</source>
        <translation>обуч. %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>best test %</source>
        <translation>лучший тест %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="32"/>
        <source>seconds</source>
        <translation>секунды</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="54"/>
        <source>A classic BNN mistake or comparison, as a few short runs</source>
        <translation>Типичная ошибка в BNN или сравнение: несколько коротких запусков</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="61"/>
        <source>Run experiment</source>
        <translation>Запустить эксперимент</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="62"/>
        <source>Train its runs one after another on MNIST, in the background</source>
        <translation>Обучить его запуски один за другим на MNIST в фоне</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="65"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="67"/>
        <source>Remove run</source>
        <translation>Удалить запуск</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="68"/>
        <source>Remove the selected run from the plots and the table</source>
        <translation>Убрать выбранный запуск с графиков и из таблицы</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="71"/>
        <source>Export CSV…</source>
        <translation>Экспорт CSV…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="73"/>
        <source>Export PNG…</source>
        <translation>Экспорт PNG…</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="77"/>
        <source>no experiment running</source>
        <translation>эксперимент не запущен</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="78"/>
        <source>The experiment&apos;s progress: its runs, one after another</source>
        <translation>Ход эксперимента: его запуски, один за другим</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="150"/>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <source>done</source>
        <translation>готово</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="151"/>
        <location filename="../gui/runs/lab_panel.py" line="257"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="160"/>
        <source>Lab run failed</source>
        <translation>Запуск в лаборатории не удался</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="177"/>
        <source>run {0} of {1} · epoch {2}/{3} · {4}% · all: %p%</source>
        <translation>запуск {0} из {1} · эпоха {2}/{3} · {4}% · всего: %p%</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="180"/>
        <source>{0}: {1}: loss {2}</source>
        <translation>{0}: {1}: потери {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="202"/>
        <source>test accuracy %</source>
        <translation>точность на тесте, %</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="204"/>
        <source>training loss per batch (log)</source>
        <translation>потери на каждом батче (лог.)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="208"/>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="228"/>
        <source>test % against weight KB</source>
        <translation>тест, % против КБ весов</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="230"/>
        <source>weights, KB (log)</source>
        <translation>веса, КБ (лог.)</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="297"/>
        <source>the picture could not be encoded</source>
        <translation>не удалось закодировать изображение</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="303"/>
        <source>Export {0}</source>
        <translation>Экспорт {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="311"/>
        <source>could not write {0}: {1}</source>
        <translation>не удалось записать {0}: {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="314"/>
        <source>wrote {0}</source>
        <translation>записан {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/lab_panel.py" line="330"/>
        <source>Measured: {0}.</source>
        <translation>Измерено: {0}.</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="97"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="109"/>
        <source>bnn-gui will speak {0} from its next start.</source>
        <translation>bnn-gui перейдёт на язык «{0}» при следующем запуске.</translation>
    </message>
</context>
<context>
    <name>LessonBar</name>
    <message>
        <location filename="../gui/lessons/player.py" line="42"/>
        <source>◀ Back</source>
        <translation>◀ Назад</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="43"/>
        <source>The step before (Alt+Left)</source>
        <translation>Предыдущий шаг (Alt+Влево)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="44"/>
        <source>Next ▶</source>
        <translation>Далее ▶</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="45"/>
        <source>The next step (Alt+Right)</source>
        <translation>Следующий шаг (Alt+Вправо)</translation>
    </message>
</context>
<context>
    <name>LessonMenus</name>
    <message>
        <location filename="../gui/lessons/menus.py" line="12"/>
        <source>Lessons (*.toml);;All files (*)</source>
        <translation>Уроки (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>Save as &amp;lesson…</source>
        <translation>Сохранить как &amp;урок…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="25"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>Текущее состояние окна (модель, рисунок, панели, выбранный нейрон) как урок из одного шага для правки</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="32"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="37"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Открыть файл урока…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>A lesson someone wrote</source>
        <translation>Урок, написанный кем-то другим</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>The lesson&apos;s next step</source>
        <translation>Следующий шаг урока</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="42"/>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>The lesson&apos;s step before</source>
        <translation>Предыдущий шаг урока</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="45"/>
        <source>Close the lesson</source>
        <translation>Закрыть урок</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="49"/>
        <source>Open a lesson</source>
        <translation>Открыть урок</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="54"/>
        <source>Save as lesson</source>
        <translation>Сохранить как урок</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="65"/>
        <source>Could not save the lesson: {0}</source>
        <translation>Не удалось сохранить урок: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="68"/>
        <source>Saved the window as a one-step lesson: {0}</source>
        <translation>Окно сохранено как урок из одного шага: {0}</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="95"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="117"/>
        <source>Could not open the lesson: {0}</source>
        <translation>Не удалось открыть урок: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>step {0} of {1}</source>
        <translation>шаг {0} из {1}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="159"/>
        <source>Try: {0}</source>
        <translation>Попробуйте: {0}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="188"/>
        <source>(The lesson&apos;s model could not be loaded: {0}; the live model stays.)</source>
        <translation>(Не удалось загрузить модель урока: {0}; остаётся текущая модель.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="219"/>
        <source>(This model has no unit {0} in a layer {1}; click one in the maps.)</source>
        <translation>(В этой модели нет нейрона {0} в слое {1}; щёлкните нейрон на картах.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="250"/>
        <source>(What this step shows, in a sentence or two.)</source>
        <translation>(Что показывает этот шаг — одним-двумя предложениями.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="251"/>
        <source>(What the learner should try.)</source>
        <translation>(Что стоит попробовать ученику.)</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="280"/>
        <source>Saved from bnn-gui on {0}</source>
        <translation>Сохранено из bnn-gui {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="47"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — бинаризованная нейросеть читает вашу цифру</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="78"/>
        <source>loading the model…</source>
        <translation>загрузка модели…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="87"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>Размер кисти: такой же толщины штрихи видит и сеть</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="90"/>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>Стирать штрихи целиком (E); правая кнопка мыши тоже стирает</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="95"/>
        <source>MNIST digit</source>
        <translation>Цифра MNIST</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>Загрузить на холст случайную тестовую цифру MNIST (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="99"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>Очистить холст (Delete; Ctrl+Z вернёт рисунок)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="103"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Show or hide the training panel</source>
        <translation>Показать или скрыть панель обучения</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="148"/>
        <source> Model: </source>
        <translation> Модель: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="161"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Open &amp;image…</source>
        <translation>Открыть &amp;изображение…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>Read a picture of a digit</source>
        <translation>Прочитать изображение цифры</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;model…</source>
        <translation>Открыть &amp;модель…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Load a model file</source>
        <translation>Загрузить файл модели</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>&amp;Save what the network sees…</source>
        <translation>&amp;Сохранить то, что видит сеть…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="167"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>Сохранить вход 28x28 как 8-битные уровни (IDX или PGM), например для библиотеки на C</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="169"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="172"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>Undo the last stroke</source>
        <translation>Отменить последний штрих</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>Очистить холст (отмена вернёт рисунок); Esc никогда не очищает</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Ластик</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>Toggle the stroke eraser</source>
        <translation>Включить или выключить ластик штрихов</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>&amp;Digits</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>MNIST &amp;test digit</source>
        <translation>&amp;Тестовая цифра MNIST</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>Загрузить случайную тестовую цифру MNIST с её истинной меткой</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="185"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="187"/>
        <source>&amp;Start training</source>
        <translation>&amp;Начать обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>Обучить новую сеть в фоне с настройками панели</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>S&amp;top training</source>
        <translation>О&amp;становить обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>Остановить запуск; ничего не сохраняется, текущая модель остаётся</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="194"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Режим докладчика</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>Во весь экран, крупный шрифт, сеть и выбранный нейрон крупно (F11 или Esc — выход)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="200"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>&amp;Закрыть: режим докладчика, увеличенный слой, читаемое изображение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="212"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="225"/>
        <source>stopped reading the picture; the drawing stays</source>
        <translation>чтение изображения остановлено; рисунок остаётся</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Open model</source>
        <translation>Открыть модель</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="239"/>
        <source>Models (*.safetensors)</source>
        <translation>Модели (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="247"/>
        <source>test accuracy {0}%</source>
        <translation>точность на тесте {0}%</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="248"/>
        <source>accuracy unknown</source>
        <translation>точность неизвестна</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="249"/>
        <source>the packed 1-bit engine</source>
        <translation>упакованный 1-битный движок</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="251"/>
        <source>Model {0} ({1}): {2}; read by {3}</source>
        <translation>Модель {0} ({1}): {2}; читает {3}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="257"/>
        <source>; keeping {0}</source>
        <translation>; остаётся {0}</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="259"/>
        <source>could not load the model</source>
        <translation>не удалось загрузить модель</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="264"/>
        <source>Could not load the model</source>
        <translation>Не удалось загрузить модель</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="282"/>
        <source>the new model scores {0}%, below the live {1}&apos;s {2}%: {1} stays live (Use the new model, in the training panel, switches)</source>
        <translation>новая модель набирает {0}%, меньше, чем {2}% у текущей {1}: {1} остаётся текущей (кнопка «Взять новую модель» на панели обучения переключает)</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="21"/>
        <source>Open image</source>
        <translation>Открыть изображение</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="30"/>
        <source>reading {0}…</source>
        <translation>чтение {0}…</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="38"/>
        <source>opened {0}: a small picture, enlarged {1}x to fit, so its strokes ({2} px wide) were thinned to {3} px, as MNIST&apos;s are</source>
        <translation>открыто: {0}. Маленькая картинка, увеличена в {1} раза, поэтому её штрихи (шириной {2} пикс.) утончены до {3} пикс., как в MNIST</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="44"/>
        <source>opened {0}</source>
        <translation>открыто: {0}</translation>
    </message>
    <message>
        <location filename="../gui/canvas_inputs.py" line="63"/>
        <source>MNIST test digit #{0}, true label {1}</source>
        <translation>Тестовая цифра MNIST №{0}, истинная метка {1}</translation>
    </message>
</context>
<context>
    <name>MnistSource</name>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="22"/>
        <source>Download MNIST now? About 11 MB, checked against its published checksums, into {0}.</source>
        <translation>Скачать MNIST сейчас? Около 11 МБ, с проверкой опубликованных контрольных сумм, в {0}.</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="54"/>
        <source>MNIST cannot be read</source>
        <translation>MNIST не читается</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="56"/>
        <source>MNIST not found</source>
        <translation>MNIST не найден</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="64"/>
        <source>Downloading MNIST</source>
        <translation>Загрузка MNIST</translation>
    </message>
    <message>
        <location filename="../gui/runs/mnist_source.py" line="108"/>
        <source>MNIST could not be downloaded</source>
        <translation>Не удалось скачать MNIST</translation>
    </message>
</context>
<context>
    <name>ModelPicker</name>
    <message>
        <location filename="../gui/model_picker.py" line="18"/>
        <source>The network reading your drawing: shipped, yours, or a file</source>
        <translation>Сеть, которая читает ваш рисунок: поставляемая, ваша или из файла</translation>
    </message>
    <message>
        <location filename="../gui/model_picker.py" line="34"/>
        <source>Open model file…</source>
        <translation>Открыть файл модели…</translation>
    </message>
</context>
<context>
    <name>NetworkPicture</name>
    <message>
        <location filename="../gui/live/network_picture.py" line="267"/>
        <source>output scores</source>
        <translation>выходные оценки</translation>
    </message>
</context>
<context>
    <name>NetworkView</name>
    <message>
        <location filename="../gui/live/network_view.py" line="35"/>
        <source>this stroke made it +1</source>
        <translation>этот штрих сделал +1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="37"/>
        <source>this stroke made it −1</source>
        <translation>этот штрих сделал −1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="43"/>
        <source>negative</source>
        <translation>отрицательные</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="46"/>
        <source>positive</source>
        <translation>положительные</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="47"/>
        <source>(real values, each layer scaled to its largest)</source>
        <translation>(вещественные значения, каждый слой нормирован на свой максимум)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="54"/>
        <source>({0} levels: each activation is one of them)</source>
        <translation>({0} уровня(ей): каждая активация — один из них)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="62"/>
        <source>hover a unit for its value, click it to look inside; click a title to enlarge</source>
        <translation>наведите на нейрон, чтобы увидеть значение, щёлкните, чтобы заглянуть внутрь; щёлкните заголовок, чтобы увеличить</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="136"/>
        <source>integer: agreeing − disagreeing bits</source>
        <translation>целые: совпадающие − несовпадающие биты</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="137"/>
        <source>logits (real)</source>
        <translation>логиты (вещественные)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>28x28 pixels, and as ±1</source>
        <translation>28x28 пикселей и в виде ±1</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="151"/>
        <source>input</source>
        <translation>вход</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="152"/>
        <source>28x28 pixels</source>
        <translation>28x28 пикселей</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="158"/>
        <source>{0} ±1 maps {1}x{2}</source>
        <translation>карт ±1: {0}, {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="159"/>
        <source>{0} maps of {3} levels {1}x{2}</source>
        <translation>{0} карт по {3} уровня(ей) {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="160"/>
        <source>{0} real maps {1}x{2}</source>
        <translation>вещественных карт: {0}, {1}x{2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="162"/>
        <source>{0} ±1 units</source>
        <translation>нейронов ±1: {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="163"/>
        <source>{0} units of {1} levels</source>
        <translation>{0} нейронов по {1} уровня(ей)</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="164"/>
        <source>{0} real units</source>
        <translation>вещественных нейронов: {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="170"/>
        <location filename="../gui/live/network_view.py" line="225"/>
        <source>draw a digit: the network reads it here, layer by layer</source>
        <translation>нарисуйте цифру: сеть прочитает её здесь, слой за слоем</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="252"/>
        <source>{0} flipped by this stroke</source>
        <translation>изменено этим штрихом: {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="254"/>
        <source>{0} flipped by the stroke, {1} by re-centring</source>
        <translation>изменено штрихом: {0}, перецентровкой: {1}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px down</source>
        <translation>на {0} пикс. вниз</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="266"/>
        <source>{0} px up</source>
        <translation>на {0} пикс. вверх</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="117"/>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px right</source>
        <translation>на {0} пикс. вправо</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="268"/>
        <source>{0} px left</source>
        <translation>на {0} пикс. влево</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="116"/>
        <location filename="../gui/live/network_view.py" line="270"/>
        <source>moved it {0} and {1}</source>
        <translation>сдвинул его {0} и {1}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="118"/>
        <location filename="../gui/live/network_view.py" line="272"/>
        <source>scaled it ×{0}</source>
        <translation>масштабировал ×{0}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="280"/>
        <source>This stroke re-framed the drawing ({0}): in {1}, {2} bits flipped because of that alone and are not marked; the {3} marked are the stroke&apos;s own.</source>
        <translation>Этот штрих изменил кадр рисунка ({0}): в {1} только из-за этого сменилось битов: {2}, они не отмечены; отмеченные {3} — собственные изменения штриха.</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="282"/>
        <source> and </source>
        <translation> и </translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="337"/>
        <source>Click to go back</source>
        <translation>Щёлкните, чтобы вернуться</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="338"/>
        <source>Click to enlarge</source>
        <translation>Щёлкните, чтобы увеличить</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="346"/>
        <source>input pixel at row {0}, column {1}: {2}</source>
        <translation>входной пиксель, строка {0}, столбец {1}: {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="354"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>канал {0}, строка {1}, столбец {2}</translation>
    </message>
    <message>
        <location filename="../gui/live/network_view.py" line="355"/>
        <source>unit {0}</source>
        <translation>нейрон {0}</translation>
    </message>
</context>
<context>
    <name>NeuronPanel</name>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>inputs</source>
        <translation>входы</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>weights</source>
        <translation>веса</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="32"/>
        <source>XNOR: agree (light) or not</source>
        <translation>XNOR: совпадение</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="33"/>
        <source>pixel levels</source>
        <translation>уровни пикселей</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="34"/>
        <source>level × weight</source>
        <translation>уровень × вес</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="38"/>
        <source>Unit</source>
        <translation>Нейрон</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="39"/>
        <source>Its inputs, its ±1 weights and their XNOR, as the window it reads</source>
        <translation>Его входы, веса ±1 и их XNOR — в виде окна, которое он читает</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="40"/>
        <source>Arithmetic</source>
        <translation>Арифметика</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="41"/>
        <source>Popcount, 2 × popcount − n, the folded threshold, the sign</source>
        <translation>Popcount, 2 × popcount − n, свёрнутый порог, знак</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="42"/>
        <source>Bits</source>
        <translation>Биты</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="43"/>
        <source>The packed 64-bit words, XOR and popcount, and the C that computes them</source>
        <translation>Упакованные 64-битные слова, XOR и popcount, и код на C, который их вычисляет</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="53"/>
        <source>Click a unit in an activation map to look inside it.</source>
        <translation>Щёлкните нейрон на карте активаций, чтобы заглянуть внутрь.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="59"/>
        <source>Its inputs, its weights, and where they agree (XNOR); grey taps lie in the zero padding and do not count</source>
        <translation>Его входы, его веса и где они совпадают (XNOR); серые клетки лежат в нулевом дополнении и не учитываются</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="64"/>
        <source>How the packed 1-bit engine computes this unit&apos;s output bit; hover an underlined number to outline the cells it counts</source>
        <translation>Как упакованный 1-битный движок вычисляет выходной бит этого нейрона; наведите на подчёркнутое число, чтобы обвести клетки, которые оно считает</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="77"/>
        <source>The same unit as the engine and the exported C library hold it: 64 bits a word, least significant bit first</source>
        <translation>Тот же нейрон, каким его хранят движок и экспортированная библиотека на C: 64 бита в слове, младший бит первым</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="86"/>
        <source>The output layer&apos;s ten integer scores: agreeing minus disagreeing bits with each class&apos;s weights</source>
        <translation>Десять целочисленных оценок выходного слоя: совпадающие минус несовпадающие биты с весами каждого класса</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="89"/>
        <source>Output scores</source>
        <translation>Выходные оценки</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="90"/>
        <source>The output layer: ten integer scores, the answer is the largest</source>
        <translation>Выходной слой: десять целочисленных оценок, ответ — наибольшая</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="94"/>
        <source>The unit one position back in its map ([)</source>
        <translation>Нейрон на одну позицию назад на его карте ([)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="97"/>
        <source>Step ▶</source>
        <translation>Шаг ▶</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="98"/>
        <source>Slide the window one position on: the next unit of this channel, its output bit appearing in the map (])</source>
        <translation>Сдвинуть окно на одну позицию: следующий нейрон этого канала, его выходной бит появляется на карте (])</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="103"/>
        <source>Play</source>
        <translation>Пуск</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="104"/>
        <source>Slide the window across the whole map, a position every {0} s, the map filling in cell by cell</source>
        <translation>Провести окно по всей карте, по позиции каждые {0} с; карта заполняется клетка за клеткой</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="197"/>
        <source>Inside one neuron needs a binary model read by the packed 1-bit engine (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</source>
        <translation>Для «Внутри одного нейрона» нужна бинарная модель, которую читает упакованный 1-битный движок (bnn-cnn, bnn-mlp, seed-mlp, xnor-mlp).</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="202"/>
        <source>Draw a digit to look inside the network.</source>
        <translation>Нарисуйте цифру, чтобы заглянуть внутрь сети.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="210"/>
        <source>This model has no layer {0}; click a unit in its maps.</source>
        <translation>В этой модели нет слоя {0}; щёлкните нейрон на её картах.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="215"/>
        <source>{0} of this model has no unit {1}; click a unit in its maps.</source>
        <translation>В слое {0} этой модели нет нейрона {1}; щёлкните нейрон на её картах.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="245"/>
        <source>channel {0}, row {1}, column {2}</source>
        <translation>канал {0}, строка {1}, столбец {2}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="246"/>
        <source>unit {0}</source>
        <translation>нейрон {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="247"/>
        <source>&lt;b&gt;{0}, {1}&lt;/b&gt; on your drawing</source>
        <translation>&lt;b&gt;{0}, {1}&lt;/b&gt; на вашем рисунке</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="248"/>
        <source>{0}, {1}: boxed in its map; the window it reads is outlined in the layer below, the 28x28 and the canvas</source>
        <translation>{0}, {1}: выделен рамкой на своей карте; окно, которое он читает, обведено в слое ниже, на входе 28x28 и на холсте</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="267"/>
        <source>pixel levels 0..255, no XNOR here:&lt;br&gt;{0} = Σ level × (±1) = &lt;b&gt;{1}&lt;/b&gt; over {2} inputs</source>
        <translation>уровни пикселей 0..255, здесь нет XNOR:&lt;br&gt;{0} = Σ уровень × (±1) = &lt;b&gt;{1}&lt;/b&gt; по {2} входам</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="275"/>
        <source>popcount(XNOR) = {0} of n = {1}</source>
        <translation>popcount(XNOR) = {0} из n = {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="278"/>
        <source>{0} disagree</source>
        <translation>не совпадают: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="280"/>
        <source>fires if dot &amp;lt; {0} (BatchNorm&apos;s scale &amp;lt; 0)</source>
        <translation>срабатывает, если dot &amp;lt; {0} (масштаб BatchNorm &amp;lt; 0)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="281"/>
        <source>fires if dot ≥ {0}</source>
        <translation>срабатывает, если dot ≥ {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="283"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} put the sign&apos;s change at dot = {4}, beyond any dot this unit can see (±{5}): its bit is the same for every input, which the engine stores as t = {6}: {7}</source>
        <translation>BatchNorm γ {0}, β {1}, μ {2}, σ {3} ставят смену знака на dot = {4}, дальше любого dot, который видит этот нейрон (±{5}): его бит одинаков для любого входа, и движок хранит это как t = {6}: {7}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="293"/>
        <source>BatchNorm γ {0}, β {1}, μ {2}, σ {3} fold into&lt;br&gt;t = {4} = {5}: {6}</source>
        <translation>BatchNorm γ {0}, β {1}, μ {2}, σ {3} сворачиваются в&lt;br&gt;t = {4} = {5}: {6}</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="299"/>
        <source>max-pool of the dots {0}: the largest (row {1}, column {2}) decides</source>
        <translation>max-pool значений dot {0}: решает наибольшее (строка {1}, столбец {2})</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="302"/>
        <source>BatchNorm + sign as one threshold: </source>
        <translation>BatchNorm + знак как один порог: </translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="304"/>
        <source>output bit: &lt;b&gt;{0}&lt;/b&gt;</source>
        <translation>выходной бит: &lt;b&gt;{0}&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="316"/>
        <source>&lt;b&gt;out&lt;/b&gt;: the ten scores on your drawing</source>
        <translation>&lt;b&gt;out&lt;/b&gt;: десять оценок вашего рисунка</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="323"/>
        <source>score = agreeing − disagreeing bits of the last layer with each class&apos;s weights: {0}&lt;br&gt;answer: &lt;b&gt;{1}&lt;/b&gt;, the class with the most agreeing bits</source>
        <translation>оценка = совпадающие − несовпадающие биты последнего слоя с весами каждого класса: {0}&lt;br&gt;ответ: &lt;b&gt;{1}&lt;/b&gt; — класс с наибольшим числом совпадающих битов</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="334"/>
        <source>A {0}-bit model: click a unit of a dense layer to see its multiply-and-add.</source>
        <translation>Модель на {0} бит: щёлкните нейрон полносвязного слоя, чтобы увидеть его умножения и сложение.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="341"/>
        <source>This model has no unit {0} in {1}; click a unit in its maps.</source>
        <translation>В слое {1} этой модели нет нейрона {0}; щёлкните нейрон на её картах.</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="344"/>
        <source>{0}, unit {1}: {2}-bit weights × {3}-bit inputs</source>
        <translation>{0}, нейрон {1}: {2}-битные веса × {3}-битные входы</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_panel.py" line="347"/>
        <source>{0} products, {1} of them not 0, taking {2} different values on this digit (a 1-bit unit&apos;s take two, ±1: XNOR)&lt;br&gt;their sum: {3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;the {5}-bit activation → {6}&lt;br&gt;&lt;br&gt;Only 1 bit runs as XNOR and popcount: a unit of k bits needs k × k-bit multiplies.</source>
        <translation>произведений: {0}, ненулевых из них: {1}; на этой цифре они принимают {2} разных значений (у 1-битного нейрона их два, ±1: XNOR)&lt;br&gt;их сумма: {3}&lt;br&gt;BatchNorm → {4}&lt;br&gt;{5}-битная активация → {6}&lt;br&gt;&lt;br&gt;Только 1 бит работает как XNOR и popcount: нейрону в k бит нужны умножения k × k бит.</translation>
    </message>
</context>
<context>
    <name>PersonalPanel</name>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="21"/>
        <source>Personal sets (*.json);;All files (*)</source>
        <translation>Личные наборы (*.json);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="46"/>
        <source>Your digits, by label. Double-click or Enter: put on the canvas; Delete: remove</source>
        <translation>Ваши цифры по меткам. Двойной щелчок или Enter — на холст; Delete — удалить</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="43"/>
        <source>Load</source>
        <translation>На холст</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="44"/>
        <source>Put the selected digit on the canvas (Enter)</source>
        <translation>Перенести выбранную цифру на холст (Enter)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="47"/>
        <source>Relabel ▾</source>
        <translation>Сменить метку ▾</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="48"/>
        <source>Give the selected digits another label</source>
        <translation>Дать выбранным цифрам другую метку</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="54"/>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="55"/>
        <source>Remove the selected digits from your set (Delete)</source>
        <translation>Удалить выбранные цифры из набора (Delete)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="57"/>
        <location filename="../gui/docks/personal_panel.py" line="187"/>
        <source>Undo delete</source>
        <translation>Вернуть удалённые</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="61"/>
        <source>Put back the digits deleted last (every delete can be undone, one after another)</source>
        <translation>Вернуть последние удалённые цифры (любое удаление можно отменить, одно за другим)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="65"/>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="66"/>
        <source>Add the digits of a personal-set file (a .json export)</source>
        <translation>Добавить цифры из файла личного набора (экспорт .json)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="68"/>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="69"/>
        <source>Save your whole set as one file, to share or keep</source>
        <translation>Сохранить весь набор одним файлом, чтобы поделиться или сохранить</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="71"/>
        <source>Teach the live model my handwriting</source>
        <translation>Научить модель моему почерку</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="73"/>
        <source>Fine-tune the live model on your digits mixed with MNIST, in the background; the result is saved as a new model and the old one stays (Ctrl+Shift+T)</source>
        <translation>Дообучить текущую модель на ваших цифрах вперемешку с MNIST в фоне; результат сохраняется как новая модель, старая остаётся (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="98"/>
        <source>&lt;b&gt;Fine-tune settings&lt;/b&gt;</source>
        <translation>&lt;b&gt;Настройки дообучения&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="108"/>
        <source>reading your personal set…</source>
        <translation>чтение личного набора…</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="128"/>
        <source>Relabelled as a {0}</source>
        <translation>Метка изменена на {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="132"/>
        <source>Added as a {0}</source>
        <translation>Добавлено как {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="134"/>
        <source>Could not save your digit</source>
        <translation>Не удалось сохранить вашу цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="135"/>
        <source>your digit was not saved</source>
        <translation>ваша цифра не сохранена</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="139"/>
        <source> (the network read {0})</source>
        <translation> (сеть прочитала {0})</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="141"/>
        <source>your set has %n digit(s)</source>
        <translation>
            <numerusform>в вашем наборе %n цифра</numerusform>
            <numerusform>в вашем наборе %n цифры</numerusform>
            <numerusform>в вашем наборе %n цифр</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="142"/>
        <source>%n of them a {0}</source>
        <translation>
            <numerusform>из них %n — {0}</numerusform>
            <numerusform>из них %n — {0}</numerusform>
            <numerusform>из них %n — {0}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="120"/>
        <source>a {0}, added {1}</source>
        <translation>{0}, добавлена {1}</translation>
    </message>
    <message>
        <location filename="../gui/docks/set_list.py" line="122"/>
        <source>a {0}, added at an unknown time</source>
        <translation>{0}, время добавления неизвестно</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="171"/>
        <source>Your personal set is empty. When the network misreads your digit, click the right digit under the answer (or type it): your drawing is kept here with its label. A few of each digit are enough to teach the network your handwriting.</source>
        <translation>Ваш личный набор пуст. Когда сеть неверно прочитает вашу цифру, щёлкните правильную цифру под ответом (или наберите её): рисунок сохранится здесь с меткой. Нескольких экземпляров каждой цифры достаточно, чтобы научить сеть вашему почерку.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="177"/>
        <source>&lt;b&gt;%n digit(s)&lt;/b&gt; in your set ({0}).&lt;br&gt;Saved in {1}</source>
        <translation>
            <numerusform>&lt;b&gt;%n цифра&lt;/b&gt; в вашем наборе ({0}).&lt;br&gt;Хранится в {1}</numerusform>
            <numerusform>&lt;b&gt;%n цифры&lt;/b&gt; в вашем наборе ({0}).&lt;br&gt;Хранится в {1}</numerusform>
            <numerusform>&lt;b&gt;%n цифр&lt;/b&gt; в вашем наборе ({0}).&lt;br&gt;Хранится в {1}</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="186"/>
        <source>Undo delete ({0})</source>
        <translation>Вернуть удалённые ({0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="206"/>
        <source>Could not delete</source>
        <translation>Не удалось удалить</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="221"/>
        <source>Could not take the digit back</source>
        <translation>Не удалось убрать цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="232"/>
        <source>Could not put the digits back</source>
        <translation>Не удалось вернуть цифры</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="237"/>
        <source>Could not relabel</source>
        <translation>Не удалось сменить метку</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="247"/>
        <source>Import a personal set</source>
        <translation>Импорт личного набора</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Could not import</source>
        <translation>Не удалось импортировать</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="256"/>
        <source>Your set is unchanged.</source>
        <translation>Ваш набор не изменился.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="259"/>
        <source>Imported %n new digit(s) from {0}.</source>
        <translation>
            <numerusform>Импортирована %n новая цифра из {0}.</numerusform>
            <numerusform>Импортировано %n новые цифры из {0}.</numerusform>
            <numerusform>Импортировано %n новых цифр из {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="263"/>
        <source>Export your personal set</source>
        <translation>Экспорт личного набора</translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="272"/>
        <source>Could not export</source>
        <translation>Не удалось экспортировать</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/personal_panel.py" line="274"/>
        <source>Exported %n digit(s) to {0}.</source>
        <translation>
            <numerusform>Экспортирована %n цифра в {0}.</numerusform>
            <numerusform>Экспортировано %n цифры в {0}.</numerusform>
            <numerusform>Экспортировано %n цифр в {0}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/personal_panel.py" line="288"/>
        <source>&lt;b&gt;Fine-tuned&lt;/b&gt; — {0}.&lt;br&gt;Saved as {1}; it is now the live model, and the model you started from is unchanged.</source>
        <translation>&lt;b&gt;Дообучено&lt;/b&gt; — {0}.&lt;br&gt;Сохранено как {1}; теперь это текущая модель, а исходная модель не изменилась.</translation>
    </message>
</context>
<context>
    <name>PictureOpener</name>
    <message>
        <location filename="../gui/live/picture_opener.py" line="60"/>
        <source>needs more memory than there is to decode.</source>
        <translation>для декодирования не хватает памяти.</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="62"/>
        <source>could not be read as an image ({0}).</source>
        <translation>не удалось прочитать как изображение ({0}).</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="64"/>
        <source>Not an image</source>
        <translation>Не изображение</translation>
    </message>
    <message>
        <location filename="../gui/live/picture_opener.py" line="65"/>
        <source>Your drawing is unchanged.</source>
        <translation>Ваш рисунок не изменился.</translation>
    </message>
</context>
<context>
    <name>PixelsPanel</name>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="105"/>
        <source>Make it read as</source>
        <translation>Пусть прочитает как</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="106"/>
        <source>The fewest pixel changes, found one at a time, that make the network read the chosen digit</source>
        <translation>Наименьшее число изменений пикселей, найденных по одному, после которых сеть читает выбранную цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="109"/>
        <source>Put it on the canvas</source>
        <translation>Перенести на холст</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="115"/>
        <source>what the network sees, 28x28</source>
        <translation>то, что видит сеть, 28x28</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="157"/>
        <source>waiting for the stroke to end…</source>
        <translation>ждём конца штриха…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="167"/>
        <source>running the network on 784 changed inputs…</source>
        <translation>прогоняем сеть на 784 изменённых входах…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="172"/>
        <source>Draw a digit first.</source>
        <translation>Сначала нарисуйте цифру.</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="180"/>
        <source>looking for the fewest changes that read as {0}…</source>
        <translation>ищем наименьшее число изменений, чтобы прочитать как {0}…</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="198"/>
        <source>The drawing changed before the search ended: press “Make it read as” again for this one.</source>
        <translation>Рисунок изменился до конца поиска: нажмите «Пусть прочитает как» ещё раз для нового рисунка.</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="213"/>
        <source>could not compute: {0}</source>
        <translation>не удалось вычислить: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="217"/>
        <source>could not search: {0}</source>
        <translation>не удалось выполнить поиск: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="225"/>
        <source>It reads {0}, ahead of the next digit by {1} bits (agreeing − disagreeing, the figure under the network&apos;s output scores).</source>
        <translation>Сеть читает {0} с отрывом от следующей цифры в {1} бит (совпадающие − несовпадающие, как в выходных оценках сети).</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="228"/>
        <source>It reads {0}, ahead of the next digit by {1} in logits.</source>
        <translation>Сеть читает {0} с отрывом от следующей цифры в {1} (в логитах).</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="231"/>
        <source>%n pixel(s) would change the answer on their own (outlined)</source>
        <translation>
            <numerusform>%n пиксель сам по себе изменил бы ответ (обведён)</numerusform>
            <numerusform>%n пикселя сами по себе изменили бы ответ (обведены)</numerusform>
            <numerusform>%n пикселей сами по себе изменили бы ответ (обведены)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="232"/>
        <source>; red: flipping it weakens {0}, blue: strengthens it (the strongest: {1}). Hover a pixel for its figures.</source>
        <translation>; красный: изменение пикселя ослабляет {0}, синий: усиливает (сильнейшее: {1}). Наведите на пиксель, чтобы увидеть его числа.</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="240"/>
        <source>%n pixel change(s) (outlined) and it reads {0}.</source>
        <translation>
            <numerusform>%n изменение пикселя (обведено), и сеть читает {0}.</numerusform>
            <numerusform>%n изменения пикселей (обведены), и сеть читает {0}.</numerusform>
            <numerusform>%n изменений пикселей (обведены), и сеть читает {0}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/docks/pixels_panel.py" line="243"/>
        <source>After %n change(s) it still reads {0}, not {1}.</source>
        <translation>
            <numerusform>После %n изменения сеть всё ещё читает {0}, а не {1}.</numerusform>
            <numerusform>После %n изменений сеть всё ещё читает {0}, а не {1}.</numerusform>
            <numerusform>После %n изменений сеть всё ещё читает {0}, а не {1}.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="251"/>
        <source>pixel at row {0}, column {1}: erasing it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>пиксель в строке {0}, столбце {1}: если его стереть, отрыв {2} изменится на {3}; сеть прочитает {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="253"/>
        <source>pixel at row {0}, column {1}: inking it moves {2}&apos;s lead by {3}; it would read {4}</source>
        <translation>пиксель в строке {0}, столбце {1}: если его закрасить, отрыв {2} изменится на {3}; сеть прочитает {4}</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="255"/>
        <source>bits</source>
        <translation>бит</translation>
    </message>
    <message>
        <location filename="../gui/docks/pixels_panel.py" line="260"/>
        <source>Draw a digit: once a stroke ends, each pixel shows what inking or erasing it would do to the answer.</source>
        <translation>Нарисуйте цифру: когда штрих закончен, каждый пиксель показывает, что сделает с ответом его закрашивание или стирание.</translation>
    </message>
</context>
<context>
    <name>PredictionView</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="120"/>
        <source>Draw a digit:
it is read as you draw.</source>
        <translation>Нарисуйте цифру:
она читается по ходу рисования.</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="126"/>
        <source>{0}% sure</source>
        <translation>уверенность {0}%</translation>
    </message>
    <message>
        <location filename="../gui/live/prediction_view.py" line="129"/>
        <source>MNIST&apos;s label: {0} {1}</source>
        <translation>метка MNIST: {0} {1}</translation>
    </message>
</context>
<context>
    <name>Presenter</name>
    <message>
        <location filename="../gui/presenter.py" line="62"/>
        <source>Presenter mode: F11 or Esc leaves it</source>
        <translation>Режим докладчика: выход — F11 или Esc</translation>
    </message>
</context>
<context>
    <name>ProbabilityBars</name>
    <message>
        <location filename="../gui/live/prediction_view.py" line="26"/>
        <source>The network&apos;s probability for each digit (softmax of its scores)</source>
        <translation>Вероятность каждой цифры по мнению сети (softmax её оценок)</translation>
    </message>
</context>
<context>
    <name>RunWorker</name>
    <message>
        <location filename="../core/runs/data.py" line="237"/>
        <source>reading {0}</source>
        <translation>читаю {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="319"/>
        <source>downloading {0}</source>
        <translation>скачиваю {0}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="306"/>
        <source>connecting to {0} for {1}</source>
        <translation>подключаюсь к {0} за {1}</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="90"/>
        <source>reading the training data…</source>
        <translation>читаю обучающие данные…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="96"/>
        <source>measuring accuracy before, varying your digits…</source>
        <translation>измеряю точность до обучения, варьирую ваши цифры…</translation>
    </message>
    <message>
        <location filename="../gui/runs/run_controller.py" line="125"/>
        <source>saving the model…</source>
        <translation>сохраняю модель…</translation>
    </message>
</context>
<context>
    <name>ScoreBars</name>
    <message>
        <location filename="../gui/live/painted.py" line="104"/>
        <source>answer {0}, ahead by {1}</source>
        <translation>ответ {0}, отрыв {1}</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <location filename="../gui/live/session.py" line="67"/>
        <source>could not load ({0})</source>
        <translation>не удалось загрузить ({0})</translation>
    </message>
</context>
<context>
    <name>TeachBar</name>
    <message>
        <location filename="../gui/live/teach_bar.py" line="25"/>
        <source>Wrong? It&apos;s a…</source>
        <translation>Ошибка? Это…</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="26"/>
        <source>Click the right digit (or type it) to keep your drawing with its label in your personal set</source>
        <translation>Щёлкните правильную цифру (или наберите её), чтобы сохранить рисунок с меткой в личном наборе</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="32"/>
        <source>Add your drawing to your personal set as a {0} (or press {0})</source>
        <translation>Добавить рисунок в личный набор как {0} (или нажмите {0})</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="42"/>
        <source>Undo</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <location filename="../gui/live/teach_bar.py" line="43"/>
        <source>Take this digit back out of My digits</source>
        <translation>Убрать эту цифру из «Моих цифр»</translation>
    </message>
</context>
<context>
    <name>Teaching</name>
    <message>
        <location filename="../gui/docks/teaching.py" line="26"/>
        <source>Your personal set: your digits with the right labels</source>
        <translation>Ваш личный набор: ваши цифры с правильными метками</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="37"/>
        <source>That&apos;s &amp;wrong: it&apos;s a…</source>
        <translation>&amp;Ошибка: это…</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="40"/>
        <source>Add the drawing to your personal set as a {0}</source>
        <translation>Добавить рисунок в личный набор как {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="41"/>
        <source>Teach the live model my &amp;handwriting</source>
        <translation>Научить модель моему &amp;почерку</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="43"/>
        <source>Fine-tune the live model on your personal set mixed with MNIST</source>
        <translation>Дообучить текущую модель на личном наборе вперемешку с MNIST</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="51"/>
        <source>Your digits will not be saved in this session.</source>
        <translation>В этом сеансе ваши цифры не будут сохраняться.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="54"/>
        <source>Your personal set</source>
        <translation>Ваш личный набор</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="62"/>
        <source>Draw a digit first, then say which digit it is.</source>
        <translation>Сначала нарисуйте цифру, затем скажите, какая это цифра.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="69"/>
        <source>✓ kept as a {0} in My digits</source>
        <translation>✓ сохранено в «Моих цифрах» как {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="71"/>
        <source>✓ relabelled as a {0}</source>
        <translation>✓ метка изменена на {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="73"/>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="77"/>
        <source>taken back out of My digits (Undo delete there puts it back)</source>
        <translation>убрано из «Моих цифр» («Вернуть удалённые» там вернёт её)</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="87"/>
        <source>Add some of your digits first (click the right digit under the answer), then fine-tune.</source>
        <translation>Сначала добавьте несколько своих цифр (щёлкните правильную цифру под ответом), затем дообучайте.</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="96"/>
        <source>Fine-tune settings: {0}</source>
        <translation>Настройки дообучения: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="101"/>
        <source>A training run is going: stop it or wait, then fine-tune.</source>
        <translation>Идёт обучение: остановите его или дождитесь конца, затем дообучайте.</translation>
    </message>
</context>
<context>
    <name>TrainingForm</name>
    <message>
        <location filename="../gui/runs/training_form.py" line="18"/>
        <source>sign (deterministic)</source>
        <translation>знак (детерминированно)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="19"/>
        <source>stochastic: p(+1) = hard_sigmoid(w)</source>
        <translation>стохастически: p(+1) = hard_sigmoid(w)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="21"/>
        <source>auto (a GPU if there is one)</source>
        <translation>авто (GPU, если есть)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="22"/>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="23"/>
        <source>CUDA GPU</source>
        <translation>GPU CUDA</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="24"/>
        <source>Apple GPU (MPS)</source>
        <translation>GPU Apple (MPS)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="26"/>
        <source>Epochs</source>
        <translation>Эпохи</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="27"/>
        <source>Passes over the 60,000 training digits</source>
        <translation>Проходы по 60 000 обучающих цифр</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="28"/>
        <source>Batch size</source>
        <translation>Размер батча</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="29"/>
        <source>Digits per optimiser step</source>
        <translation>Цифр на шаг оптимизатора</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="30"/>
        <source>Learning rate</source>
        <translation>Скорость обучения</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="31"/>
        <source>Adam&apos;s starting learning rate; it decays each epoch to the preset&apos;s final rate</source>
        <translation>Начальная скорость обучения Adam; она убывает с каждой эпохой до конечной скорости пресета</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="33"/>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="34"/>
        <source>Same seed and thread count: the same network</source>
        <translation>Тот же seed и число потоков — та же сеть</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="40"/>
        <source>The binarized network of Hubara et al. 2016: three layers of 1024 units whose weights and activations are all ±1, BatchNorm before every sign.</source>
        <translation>Бинаризованная сеть Hubara et al. 2016: три слоя по 1024 нейрона, все веса и активации ±1, BatchNorm перед каждым знаком.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="44"/>
        <source>The window&apos;s quick run: bnn-mlp&apos;s binarized network at half width (3 x 512 ±1 units) with a one-cycle learning rate: past 97% on MNIST in about 10 s here, while you watch.</source>
        <translation>Быстрый запуск для окна: бинаризованная сеть bnn-mlp вдвое уже (3 x 512 нейронов ±1) со скоростью обучения one-cycle: больше 97% на MNIST примерно за 10 с прямо у вас на глазах.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="49"/>
        <source>A binarized conv net: 32, 64 and 128 binary 3x3 filters with ±1 maps and max-pooling, then 512 ±1 units. The shipped default: slow to train here.</source>
        <translation>Бинаризованная свёрточная сеть: 32, 64 и 128 бинарных фильтров 3x3 с картами ±1 и max-pooling, затем 512 нейронов ±1. Модель по умолчанию; обучается здесь медленно.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="53"/>
        <source>The small 784-256-128-64-10 network a newcomer writes from the paper, done right (BatchNorm, no sign on the output): trains in seconds.</source>
        <translation>Небольшая сеть 784-256-128-64-10, которую новичок пишет по статье, — сделанная правильно (BatchNorm, без знака на выходе): обучается за секунды.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="57"/>
        <source>BinaryConnect (Courbariaux et al. 2015): ±1 weights (their sign) but real ReLU activations.</source>
        <translation>BinaryConnect (Courbariaux et al. 2015): веса ±1 (их знак), но вещественные активации ReLU.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="61"/>
        <source>BinaryConnect with stochastic weights: +1 with probability hard_sigmoid(w / H) while training, the sign at test time.</source>
        <translation>BinaryConnect со стохастическими весами: +1 с вероятностью hard_sigmoid(w / H) при обучении, знак при тестировании.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="65"/>
        <source>bnn-mlp&apos;s shape with real weights and ReLU: what the binary network is compared with.</source>
        <translation>Форма bnn-mlp с вещественными весами и ReLU: с ней сравнивают бинарную сеть.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="69"/>
        <source>bnn-cnn&apos;s shape with real weights and ReLU: the conv net&apos;s float twin.</source>
        <translation>Форма bnn-cnn с вещественными весами и ReLU: вещественный двойник свёрточной сети.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="72"/>
        <source>A small float network with the Antirectifier activation (centred, normalised, [relu(x), relu(-x)]), for the lab&apos;s comparison.</source>
        <translation>Небольшая вещественная сеть с активацией Antirectifier (центрированной, нормированной, [relu(x), relu(-x)]) для сравнения в лаборатории.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="76"/>
        <source>A float conv net whose features are scaled to a fixed length before the softmax (L2-constrained softmax).</source>
        <translation>Вещественная свёрточная сеть, признаки которой перед softmax приводятся к фиксированной длине (L2-constrained softmax).</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="80"/>
        <source>bnn-mlp with XNOR-Net&apos;s scaling: each unit&apos;s ±1 weights times their mean absolute value.</source>
        <translation>bnn-mlp с масштабированием XNOR-Net: веса ±1 каждого нейрона умножаются на их средний модуль.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="101"/>
        <source>The network to train; what it is is said under it</source>
        <translation>Какую сеть обучать; её описание — ниже</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="103"/>
        <source>Preset</source>
        <translation>Пресет</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="110"/>
        <source>How latent weights become ±1 in training (test time: sign)</source>
        <translation>Как скрытые веса становятся ±1 при обучении (при тестировании — знак)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="112"/>
        <source>Binarisation</source>
        <translation>Бинаризация</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="124"/>
        <source>Where PyTorch trains: auto takes a GPU when PyTorch sees one (CUDA, or Apple&apos;s MPS), else the CPU; a model trained on a GPU is saved and read exactly as a CPU one</source>
        <translation>Где обучает PyTorch: «авто» берёт GPU, если PyTorch его видит (CUDA или MPS от Apple), иначе CPU; модель, обученная на GPU, сохраняется и читается так же, как обученная на CPU</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="128"/>
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_form.py" line="159"/>
        <source>{0} = {1} is not a number</source>
        <translation>{0} = {1} — не число</translation>
    </message>
</context>
<context>
    <name>TrainingPanel</name>
    <message>
        <location filename="../gui/runs/training_panel.py" line="67"/>
        <source>Start</source>
        <translation>Старт</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="68"/>
        <source>Train a new network in the background (F5)</source>
        <translation>Обучить новую сеть в фоне (F5)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="70"/>
        <source>Stop</source>
        <translation>Стоп</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="71"/>
        <source>Stop after the current batch; nothing is saved (Shift+F5)</source>
        <translation>Остановить после текущего батча; ничего не сохраняется (Shift+F5)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="79"/>
        <source>Progress of the run, with the time left</source>
        <translation>Ход запуска и оставшееся время</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="80"/>
        <source>not started</source>
        <translation>не начато</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="81"/>
        <source>Press Start to train; drawing keeps working meanwhile. The new model becomes the live one if it scores at least as well on MNIST&apos;s test digits; if not, it is kept one click away.</source>
        <translation>Нажмите «Старт», чтобы обучить; рисовать можно и во время обучения. Новая модель станет текущей, если на тестовых цифрах MNIST она не хуже; если нет, она будет доступна в один щелчок.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="86"/>
        <source>Epoch, loss, accuracy on the last batch and on the test set, speed</source>
        <translation>Эпоха, потери, точность на последнем батче и на тестовой выборке, скорость</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="89"/>
        <source>Watch it learn: after each epoch, the network in training reads the digit on the canvas</source>
        <translation>Смотрите, как она учится: после каждой эпохи обучаемая сеть читает цифру на холсте</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="92"/>
        <source>Use the new model</source>
        <translation>Взять новую модель</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="93"/>
        <source>Make the model this run saved the live model (the one in use stays in the Model box)</source>
        <translation>Сделать модель, сохранённую этим запуском, текущей (прежняя остаётся в списке «Модель»)</translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="161"/>
        <source>training {0}: %n epoch(s), batch {1}, lr {2} → {3}</source>
        <translation>
            <numerusform>обучение {0}: %n эпоха, батч {1}, lr {2} → {3}</numerusform>
            <numerusform>обучение {0}: %n эпохи, батч {1}, lr {2} → {3}</numerusform>
            <numerusform>обучение {0}: %n эпох, батч {1}, lr {2} → {3}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../gui/runs/training_panel.py" line="179"/>
        <source>&lt;b&gt;fine-tuning&lt;/b&gt; {0} on your {1} digits, {2}% of a mix with {3} MNIST digits: %n epoch(s), lr {4} → {5} (set in My digits)</source>
        <translation>
            <numerusform>&lt;b&gt;дообучение&lt;/b&gt; {0} на ваших цифрах ({1}), {2}% смеси с {3} цифрами MNIST: %n эпоха, lr {4} → {5} (настраивается в «Моих цифрах»)</numerusform>
            <numerusform>&lt;b&gt;дообучение&lt;/b&gt; {0} на ваших цифрах ({1}), {2}% смеси с {3} цифрами MNIST: %n эпохи, lr {4} → {5} (настраивается в «Моих цифрах»)</numerusform>
            <numerusform>&lt;b&gt;дообучение&lt;/b&gt; {0} на ваших цифрах ({1}), {2}% смеси с {3} цифрами MNIST: %n эпох, lr {4} → {5} (настраивается в «Моих цифрах»)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="199"/>
        <source>starting…</source>
        <translation>запуск…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="211"/>
        <source>stopping…</source>
        <translation>остановка…</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="235"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt;: the network in training reads your new drawing after the next epoch.</source>
        <translation>&lt;b&gt;Смотрите, как она учится&lt;/b&gt;: обучаемая сеть прочитает ваш новый рисунок после следующей эпохи.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="250"/>
        <source>epoch {0}/{1}  ·  %p%  ·  {2} left</source>
        <translation>эпоха {0}/{1}  ·  %p%  ·  осталось {2}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="252"/>
        <source>test accuracy after epoch {0}: {1}%</source>
        <translation>точность на тесте после эпохи {0}: {1}%</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="254"/>
        <source>epoch {0}/{1}, batch {2}/{3}&lt;br&gt;loss {4} · batch accuracy {5}% · {6} samples/s</source>
        <translation>эпоха {0}/{1}, батч {2}/{3}&lt;br&gt;потери {4} · точность на батче {5}% · {6} примеров/с</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="267"/>
        <source>epoch {0}/{1}: loss {2} · train {3}% · test {4}% · {5} s</source>
        <translation>эпоха {0}/{1}: потери {2} · обучение {3}% · тест {4}% · {5} с</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="279"/>
        <source>After epoch {0}: draw a digit to watch the network in training read it.</source>
        <translation>После эпохи {0}: нарисуйте цифру, чтобы увидеть, как её читает обучаемая сеть.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="286"/>
        <source>&lt;b&gt;Watch it learn&lt;/b&gt; — after epoch {0} the network in training reads {1} ({2}%); the live model reads {3}</source>
        <translation>&lt;b&gt;Смотрите, как она учится&lt;/b&gt; — после эпохи {0} обучаемая сеть читает {1} ({2}%); текущая модель читает {3}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="296"/>
        <source>done in {0}</source>
        <translation>готово за {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="300"/>
        <source>Fine-tuned: {0}</source>
        <translation>Дообучено: {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="303"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;test accuracy {1}%; it is now the live model.</source>
        <translation>Сохранено &lt;b&gt;{0}&lt;/b&gt;&lt;br&gt;точность на тесте {1}%; теперь это текущая модель.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="307"/>
        <source>Saved as {0}</source>
        <translation>Сохранено как {0}</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="319"/>
        <source>unknown</source>
        <translation>неизвестна</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="321"/>
        <source>Saved &lt;b&gt;{0}&lt;/b&gt; (test accuracy {1}). The live model, {2}, scores {3}%, so it stays live; the new one is in the Model box.</source>
        <translation>Сохранено &lt;b&gt;{0}&lt;/b&gt; (точность на тесте {1}). Текущая модель {2} набирает {3}%, поэтому остаётся текущей; новая — в списке «Модель».</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="337"/>
        <source>not saved</source>
        <translation>не сохранено</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="338"/>
        <source>The live model and your other files are unchanged.</source>
        <translation>Текущая модель и остальные ваши файлы не изменились.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="342"/>
        <source>Could not save the model</source>
        <translation>Не удалось сохранить модель</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="343"/>
        <source>Save it somewhere else?</source>
        <translation>Сохранить в другом месте?</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="347"/>
        <source>Save the trained model</source>
        <translation>Сохранить обученную модель</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="349"/>
        <source>Models (*.safetensors)</source>
        <translation>Модели (*.safetensors)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="358"/>
        <source>The model could not be saved as {0}: {1}.</source>
        <translation>Не удалось сохранить модель как {0}: {1}.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="362"/>
        <source>stopped</source>
        <translation>остановлено</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="363"/>
        <source>Stopped. Nothing was saved: the live model and your model files are unchanged.</source>
        <translation>Остановлено. Ничего не сохранено: текущая модель и файлы ваших моделей не изменились.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="367"/>
        <source>failed</source>
        <translation>ошибка</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="368"/>
        <source>The run failed; the live model and your files are unchanged.</source>
        <translation>Запуск не удался; текущая модель и ваши файлы не изменились.</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="372"/>
        <source>MNIST not found</source>
        <translation>MNIST не найден</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_panel.py" line="377"/>
        <source>Training failed</source>
        <translation>Обучение не удалось</translation>
    </message>
</context>
<context>
    <name>TrainingPlots</name>
    <message>
        <location filename="../gui/runs/training_plots.py" line="30"/>
        <source>signs flipped %</source>
        <translation>смена знаков, %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="43"/>
        <location filename="../gui/runs/training_plots.py" line="120"/>
        <source>Live curves of the run: x is in epochs in every plot</source>
        <translation>Кривые запуска в реальном времени: по оси x везде эпохи</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="44"/>
        <source>loss per batch (log scale)</source>
        <translation>потери на батче (лог. шкала)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="45"/>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>accuracy %</source>
        <translation>точность, %</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="46"/>
        <location filename="../gui/runs/training_plots.py" line="61"/>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>loss (log)</source>
        <translation>потери (лог.)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="56"/>
        <source>raw</source>
        <translation>исходные</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="57"/>
        <source>smoothed</source>
        <translation>сглаженные</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="58"/>
        <source>train ●</source>
        <translation>обучение ●</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="59"/>
        <source>test ■</source>
        <translation>тест ■</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="64"/>
        <source>accuracy on the training batches (●), on MNIST&apos;s 10,000 test digits after each epoch (■), and on a fixed 2,000 of them during epochs (▲, dashed)</source>
        <translation>точность на обучающих батчах (●), на 10 000 тестовых цифрах MNIST после каждой эпохи (■) и на фиксированных 2000 из них во время эпох (▲, пунктир)</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="82"/>
        <source>test, 2,000 digits</source>
        <translation>тест, 2000 цифр</translation>
    </message>
    <message>
        <location filename="../gui/runs/training_plots.py" line="126"/>
        <source>epoch</source>
        <translation>эпоха</translation>
    </message>
</context>
<context>
    <name>TwinPanel</name>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="19"/>
        <source>float: real weights and activations (float-mlp)</source>
        <translation>вещественная: вещественные веса и активации (float-mlp)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="20"/>
        <source>binary weights only: BinaryConnect (binaryconnect-det)</source>
        <translation>только бинарные веса: BinaryConnect (binaryconnect-det)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="22"/>
        <source>fully binary: weights and activations ±1 (bnn-mlp)</source>
        <translation>полностью бинарная: веса и активации ±1 (bnn-mlp)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="23"/>
        <source>float: real weights and activations (float-cnn)</source>
        <translation>вещественная: вещественные веса и активации (float-cnn)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="24"/>
        <source>fully binary: weights and activations ±1 (bnn-cnn)</source>
        <translation>полностью бинарная: веса и активации ±1 (bnn-cnn)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="56"/>
        <source>The network to compare with the live model on your drawing</source>
        <translation>Сеть для сравнения с текущей моделью на вашем рисунке</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="58"/>
        <source>live model</source>
        <translation>текущая модель</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="59"/>
        <source>twin</source>
        <translation>двойник</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="64"/>
        <source>The two answers, each network&apos;s order of the ten digits, and Spearman&apos;s rank correlation of the two orders (1: the same order). Hidden units are not compared: two networks trained apart learn their units in their own order, so unit 5 of one has nothing to do with unit 5 of the other (about half their signs agree whatever you draw).</source>
        <translation>Два ответа, порядок десяти цифр у каждой сети и ранговая корреляция Спирмена двух порядков (1 — одинаковый порядок). Скрытые нейроны не сравниваются: две сети, обученные порознь, располагают нейроны в своём порядке, так что нейрон 5 одной никак не связан с нейроном 5 другой (примерно половина их знаков совпадает, что бы вы ни нарисовали).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="78"/>
        <source>Compare with</source>
        <translation>Сравнить с</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="120"/>
        <source>twin: {0} ({1} engine, test accuracy {2}%)</source>
        <translation>двойник: {0} (движок {1}, точность на тесте {2}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="121"/>
        <source>twin: {0} ({1} engine)</source>
        <translation>двойник: {0} (движок {1})</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0} (test accuracy {1}%)</source>
        <translation>текущая: {0} (точность на тесте {1}%)</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="133"/>
        <source>live: {0}</source>
        <translation>текущая: {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="152"/>
        <source>The twin is the live model itself: the same answer and every bit the same.</source>
        <translation>Двойник — это сама текущая модель: тот же ответ и все биты те же.</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="156"/>
        <source>Both read &lt;b&gt;{0}&lt;/b&gt;.</source>
        <translation>Обе читают &lt;b&gt;{0}&lt;/b&gt;.</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="158"/>
        <source>They differ: the live model reads &lt;b&gt;{0}&lt;/b&gt;, the twin &lt;b&gt;{1}&lt;/b&gt; (the live model&apos;s choice number {2}).</source>
        <translation>Они расходятся: текущая модель читает &lt;b&gt;{0}&lt;/b&gt;, двойник — &lt;b&gt;{1}&lt;/b&gt; (у текущей модели это вариант № {2}).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="162"/>
        <source>Most to least likely: live {0} …, twin {1} …; the two orders agree with rank correlation {2} (1: the same order).</source>
        <translation>От самого вероятного к наименее: текущая {0} …, двойник {1} …; ранговая корреляция двух порядков {2} (1 — одинаковый порядок).</translation>
    </message>
    <message>
        <location filename="../gui/docks/twin_panel.py" line="167"/>
        <source>Hidden units are not compared: networks trained apart order their units each its own way.</source>
        <translation>Скрытые нейроны не сравниваются: сети, обученные порознь, упорядочивают свои нейроны каждая по-своему.</translation>
    </message>
</context>
<context>
    <name>WeightsPanel</name>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="53"/>
        <source>{0} latent weights: {1}% at the clip, {2}% near 0 (|w| &lt; {3})</source>
        <translation>скрытых весов: {0}; {1}% на границе отсечения, {2}% около 0 (|w| &lt; {3})</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="61"/>
        <source>The live model&apos;s weights</source>
        <translation>Веса текущей модели</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="69"/>
        <source>Previous units (Page Up)</source>
        <translation>Предыдущие нейроны (Page Up)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="70"/>
        <source>Next units (Page Down)</source>
        <translation>Следующие нейроны (Page Down)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="79"/>
        <source>The layer whose latent weights the histogram shows</source>
        <translation>Слой, скрытые веса которого показывает гистограмма</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="92"/>
        <source>Histogram of</source>
        <translation>Гистограмма слоя</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="121"/>
        <source>weights</source>
        <translation>веса</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="122"/>
        <source>latent value</source>
        <translation>скрытое значение</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="134"/>
        <source>{0}: real-valued weights; the weight views are for networks with binary weights</source>
        <translation>{0}: вещественные веса; представления весов предназначены для сетей с бинарными весами</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="149"/>
        <source>&lt;b&gt;{0}&lt;/b&gt;: signs of {1}&apos;s weights (light +1, dark −1)</source>
        <translation>&lt;b&gt;{0}&lt;/b&gt;: знаки весов слоя {1} (светлые +1, тёмные −1)</translation>
    </message>
    <message>
        <location filename="../gui/docks/weights_panel.py" line="153"/>
        <source>The latent real weights of the layer chosen, kept within the clip ±{0} (orange). Training changes them; the network uses only their signs. A weight at the clip has been pushed one way for many steps, so its sign is settled; one near 0 flips as soon as the gradient says so.</source>
        <translation>Скрытые вещественные веса выбранного слоя, удерживаемые в пределах ±{0} (оранжевым). Обучение меняет их; сеть использует только их знаки. Вес на границе много шагов подряд толкали в одну сторону, поэтому его знак устоялся; вес около 0 меняет знак, как только этого требует градиент.</translation>
    </message>
</context>
<context>
    <name>bits</name>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="43"/>
        <source>weights, 64 a word (the levels are summed, not packed):</source>
        <translation>веса, по 64 в слове (уровни суммируются, а не упаковываются):</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="47"/>
        <source>word x (input)         w (weights)     pop(x^w)</source>
        <translation>слово x (вход)          w (веса)        pop(x^w)</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="51"/>
        <location filename="../gui/docks/neuron_levels.py" line="56"/>
        <source>(+{0} more words)</source>
        <translation>(ещё слов: +{0})</translation>
    </message>
    <message>
        <location filename="../gui/docks/neuron_levels.py" line="53"/>
        <source>disagree = {0}{1}; dot = n − 2 × {0} = {2}</source>
        <translation>несовпадений = {0}{1}; dot = n − 2 × {0} = {2}</translation>
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
        <translation>{0} = {1} вне допустимых пределов: ожидается {2}</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="47"/>
        <source>MNIST samples</source>
        <translation>цифры MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="49"/>
        <source>personal share</source>
        <translation>доля ваших цифр</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="50"/>
        <source>in (0, 1)</source>
        <translation>в (0, 1)</translation>
    </message>
    <message>
        <location filename="../config.py" line="169"/>
        <source>epochs</source>
        <translation>эпохи</translation>
    </message>
    <message>
        <location filename="../config.py" line="170"/>
        <source>an integer in 1..1000</source>
        <translation>целое число в 1..1000</translation>
    </message>
    <message>
        <location filename="../config.py" line="171"/>
        <source>batch size</source>
        <translation>размер батча</translation>
    </message>
    <message>
        <location filename="../config.py" line="172"/>
        <source>an integer in 1..60000</source>
        <translation>целое число в 1..60000</translation>
    </message>
    <message>
        <location filename="../config.py" line="173"/>
        <source>learning rate</source>
        <translation>скорость обучения</translation>
    </message>
    <message>
        <location filename="../config.py" line="174"/>
        <source>final learning rate</source>
        <translation>конечная скорость обучения</translation>
    </message>
    <message>
        <location filename="../config.py" line="175"/>
        <source>a number in (0, 10]</source>
        <translation>число в (0, 10]</translation>
    </message>
    <message>
        <location filename="../config.py" line="176"/>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <location filename="../config.py" line="177"/>
        <source>an integer in 0..2**63-1</source>
        <translation>целое число в 0..2**63-1</translation>
    </message>
</context>
<context>
    <name>docks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="48"/>
        <source>Bring {0} to the front</source>
        <translation>Показать «{0}»</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="76"/>
        <source>Inside one neuron</source>
        <translation>Внутри одного нейрона</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="79"/>
        <source>Float twin</source>
        <translation>Вещественный двойник</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="82"/>
        <source>Which pixels matter</source>
        <translation>Какие пиксели важны</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="86"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="89"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="92"/>
        <source>Pitfalls lab</source>
        <translation>Лаборатория ошибок</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="25"/>
        <source>My digits</source>
        <translation>Мои цифры</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="130"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <location filename="../gui/live/images.py" line="62"/>
        <source>a picture</source>
        <translation>изображение</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="68"/>
        <source>packed layers are malformed ({value}: {reason})</source>
        <translation>упакованные слои повреждены ({value}: {reason})</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="100"/>
        <source>not a packed bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>не упакованная модель bnn-gui (формат {value}, ожидался {FORMAT})</translation>
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
        <translation>слой {name}: биты формы {shape}, ожидалась {value}</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="127"/>
        <source>output scale is not finite</source>
        <translation>масштаб выходного слоя не конечен</translation>
    </message>
    <message>
        <location filename="../core/engine/export.py" line="134"/>
        <source>layer {name}: thresholds do not match its {units} units</source>
        <translation>слой {name}: пороги не соответствуют его {units} нейронам</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="52"/>
        <source>its packed layers are not readable</source>
        <translation>его упакованные слои не читаются</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="56"/>
        <source>it has {count} packed layers; a {name} network has {count2}</source>
        <translation>в нём упакованных слоёв: {count}; в сети {name} их {count2}</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="61"/>
        <source>its packed input handling does not match its config</source>
        <translation>обработка входа в упакованной форме не совпадает с конфигурацией</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="65"/>
        <source>a packed layer is not a JSON object</source>
        <translation>упакованный слой — не объект JSON</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="69"/>
        <source>packed layer {value}: {key} is {value2}, its config says {value3}</source>
        <translation>упакованный слой {value}: {key} = {value2}, а в конфигурации {value3}</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="78"/>
        <source>layer {value}: weights or packed bits missing</source>
        <translation>слой {value}: нет весов или упакованных битов</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="84"/>
        <source>layer {value}: its packed bits disagree with the signs of its weights</source>
        <translation>слой {value}: упакованные биты не совпадают со знаками весов</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="104"/>
        <source>layer {value}: BatchNorm or thresholds missing</source>
        <translation>слой {value}: нет BatchNorm или порогов</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="115"/>
        <source>layer {value}: its packed flips disagree with BatchNorm&apos;s signs</source>
        <translation>слой {value}: упакованные инверсии не совпадают со знаками BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/engine/packed_check.py" line="121"/>
        <source>layer {value}: {value2} packed thresholds disagree with its BatchNorm</source>
        <translation>слой {value}: упакованных порогов, не совпадающих с BatchNorm: {value2}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="36"/>
        <location filename="../core/files.py" line="193"/>
        <location filename="../core/runs/data.py" line="159"/>
        <source>{folder}: no such folder</source>
        <translation>{folder}: такой папки нет</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="45"/>
        <source>{path}: cannot be written there ({reason})</source>
        <translation>{path}: туда нельзя записать ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="62"/>
        <location filename="../core/files.py" line="77"/>
        <source>{path}: cannot be written ({reason})</source>
        <translation>{path}: не удаётся записать ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="81"/>
        <source>{path}: is a folder; give a file name</source>
        <translation>{path}: это папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="85"/>
        <source>{path}: is not a regular file (a device, a pipe or a socket); it is left as it is</source>
        <translation>{path}: это не обычный файл (устройство, канал или сокет); он оставлен как есть</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="90"/>
        <source>{path}: is read-only; it is left as it is</source>
        <translation>{path}: файл только для чтения; он оставлен как есть</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="122"/>
        <location filename="../core/files.py" line="132"/>
        <source>{path}: is a folder, not {what}</source>
        <translation>{path}: это папка, а не {what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="126"/>
        <source>{path}: cannot read ({reason})</source>
        <translation>{path}: не удаётся прочитать ({reason})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="136"/>
        <source>{path}: is not a regular file (a pipe or a device?), not {what}</source>
        <translation>{path}: это не обычный файл (канал или устройство?), а не {what}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="141"/>
        <source>{path}: {st_size} bytes is too large for {what} (at most {max_bytes})</source>
        <translation>{path}: {st_size} байт — слишком много для файла такого рода ({what}; не более {max_bytes})</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="167"/>
        <source>{folder}: no free name for {stem}{suffix}</source>
        <translation>{folder}: нет свободного имени для {stem}{suffix}</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="185"/>
        <source>{path} is a folder; give a file name</source>
        <translation>{path} — папка; укажите имя файла</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="189"/>
        <source>{name}…: a file name is at most 255 bytes</source>
        <translation>{name}…: имя файла — не более 255 байт</translation>
    </message>
    <message>
        <location filename="../core/files.py" line="197"/>
        <source>{folder}: cannot write there (permission denied)</source>
        <translation>{folder}: туда нельзя записать (нет прав доступа)</translation>
    </message>
    <message>
        <location filename="../core/inference.py" line="177"/>
        <source>{path}: has no packed 1-bit form (only all-binary networks have one)</source>
        <translation>{path}: нет упакованной 1-битной формы (она есть только у полностью бинарных сетей)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="135"/>
        <source>{name_or_path}: no such lesson file, and not a built-in lesson ({names})</source>
        <translation>{name_or_path}: такого файла урока нет, и это не встроенный урок ({names})</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="150"/>
        <source>a lesson</source>
        <translation>урок</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="158"/>
        <source>{path}: not a lesson (not UTF-8 text)</source>
        <translation>{path}: не урок (не текст в UTF-8)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="162"/>
        <source>{path}: not a lesson file ({reason})</source>
        <translation>{path}: не файл урока ({reason})</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="171"/>
        <source>{where}: format {value}, expected {FORMAT}</source>
        <translation>{where}: формат {value}, ожидался {FORMAT}</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="176"/>
        <source>{where}: unknown key {value} (known: format, title, step)</source>
        <translation>{where}: неизвестный ключ {value} (известные: format, title, step)</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="182"/>
        <source>{where}: title is not a line of text</source>
        <translation>{where}: title — не строка текста</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="187"/>
        <source>{where}: no [[step]]</source>
        <translation>{where}: нет ни одного [[step]]</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="191"/>
        <source>{where}: {count} steps; a lesson has at most {MAX_STEPS}</source>
        <translation>{where}: шагов: {count}; в уроке их не более {MAX_STEPS}</translation>
    </message>
    <message>
        <location filename="../core/lessons.py" line="199"/>
        <source>{where}: step {n}: {reason}</source>
        <translation>{where}: шаг {n}: {reason}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="94"/>
        <source>{path}: its packed layers do not fit a {name} network (units, kernel per layer: {got}, expected {want})</source>
        <translation>{path}: упакованные слои не подходят к сети {name} (нейроны и ядро по слоям: {got}, ожидалось {want})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="149"/>
        <source>{path}: no such file</source>
        <translation>{path}: такого файла нет</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="153"/>
        <source>a model file</source>
        <translation>файл модели</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="158"/>
        <source>{path}: {count} bytes; too short to be a model file</source>
        <translation>{path}: {count} байт; слишком короткий для файла модели</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="164"/>
        <source>{path}: not a bnn-gui model (no valid safetensors header; the file may be truncated or of another kind)</source>
        <translation>{path}: не модель bnn-gui (нет корректного заголовка safetensors; файл, возможно, обрезан или другого типа)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="179"/>
        <source>{path}: damaged or truncated weights ({reason})</source>
        <translation>{path}: веса повреждены или обрезаны ({reason})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="184"/>
        <source>{path}: tensor {name} holds NaN or infinite values</source>
        <translation>{path}: тензор {name} содержит NaN или бесконечные значения</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="194"/>
        <source>{path}: not a bnn-gui model (its header is not valid JSON)</source>
        <translation>{path}: не модель bnn-gui (заголовок — некорректный JSON)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="201"/>
        <source>{path}: not a bnn-gui model (format {value}, expected {FORMAT})</source>
        <translation>{path}: не модель bnn-gui (формат {value}, ожидался {FORMAT})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="227"/>
        <source>{path}: its stored configuration is invalid ({value})</source>
        <translation>{path}: сохранённая конфигурация некорректна ({value})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="249"/>
        <source>{path}: damaged header (tensor {value})</source>
        <translation>{path}: повреждённый заголовок (тензор {value})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="253"/>
        <source>{path}: tensor {value} does not fit in the file (truncated or damaged)</source>
        <translation>{path}: тензор {value} не умещается в файле (файл обрезан или повреждён)</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="260"/>
        <source>{path}: its weights do not fit a {name} network (its config describes {need} weights; the file holds {elements} numbers)</source>
        <translation>{path}: веса не подходят к сети {name} (по конфигурации весов {need}, а в файле чисел {elements})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="276"/>
        <source>{path}: is a {name} model, expected {expect}</source>
        <translation>{path}: это модель {name}, ожидалась {expect}</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="284"/>
        <source>{path}: its weights do not fit a {name} network (mismatched: {diff})</source>
        <translation>{path}: веса не подходят к сети {name} (не совпадают: {diff})</translation>
    </message>
    <message>
        <location filename="../core/nets/checkpoint.py" line="310"/>
        <source>{path_or_name}: no such model file or name (available: {names})</source>
        <translation>{path_or_name}: нет такого файла или имени модели (доступны: {names})</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="32"/>
        <source>{name}: the packed engine runs networks with binary weights, ±1 activations and BatchNorm ({presets})</source>
        <translation>{name}: упакованный движок работает с сетями с бинарными весами, активациями ±1 и BatchNorm ({presets})</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="37"/>
        <source>{name}: the packed engine and the C export run 1-bit networks; this one has {weights}-bit weights and {activations}-bit activations</source>
        <translation>{name}: упакованный движок и экспорт в C работают с 1-битными сетями; у этой веса {weights}-битные, активации {activations}-битные</translation>
    </message>
    <message>
        <location filename="../core/nets/packing.py" line="43"/>
        <source>{name}: the output layer must be binary with a scale or BatchNorm</source>
        <translation>{name}: выходной слой должен быть бинарным, с масштабом или BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="70"/>
        <source>an MNIST file</source>
        <translation>файл MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="82"/>
        <source>{path}: inflates to more than {MAX_IDX_BYTES} bytes, the size of MNIST&apos;s largest file; not MNIST</source>
        <translation>{path}: распаковывается больше чем в {MAX_IDX_BYTES} байт — размер самого большого файла MNIST; это не MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="88"/>
        <source>{path}: cannot read ({reason}); the file is damaged, delete it</source>
        <translation>{path}: не удаётся прочитать ({reason}); файл повреждён, удалите его</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="93"/>
        <source>{path}: only {count} bytes; not an IDX file</source>
        <translation>{path}: всего {count} байт; это не файл IDX</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="98"/>
        <source>{path}: magic number {got_magic}, expected {magic}; wrong or damaged file</source>
        <translation>{path}: магическое число {got_magic}, ожидалось {magic}; файл не тот или повреждён</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="105"/>
        <source>{path}: header cut short</source>
        <translation>{path}: заголовок обрезан</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="111"/>
        <source>{path}: header says {dims} ({expected} bytes) but the file has {count} bytes; the file is truncated or damaged</source>
        <translation>{path}: по заголовку {dims} ({expected} байт), а в файле {count} байт; файл обрезан или повреждён</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="117"/>
        <source>{path}: checksum {digest} does not match MNIST&apos;s {verify_md5}; the file is damaged or is not MNIST</source>
        <translation>{path}: контрольная сумма {digest} не совпадает с суммой MNIST {verify_md5}; файл повреждён или это не MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="150"/>
        <source>{data_dir}: is a file, not a folder; give the folder that holds MNIST&apos;s four files</source>
        <translation>{data_dir}: это файл, а не папка; укажите папку, где лежат четыре файла MNIST</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="163"/>
        <source>{folder}: MNIST files missing: {value} (.gz or not)</source>
        <translation>{folder}: не хватает файлов MNIST: {value} (.gz или распакованных)</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="176"/>
        <source>no such folder</source>
        <translation>нет такой папки</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="180"/>
        <source>missing: {files}</source>
        <translation>не хватает: {files}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="196"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}).
Put its four files (gzipped or not; 11 MB in all):
{names}
into that folder, or set BNN_GUI_DATA to the folder that holds them.</source>
        <translation>BNN_GUI_DATA указывает на {env}, но MNIST там нет ({lacks}).
Положите туда четыре его файла (сжатые gzip или нет; всего 11 МБ):
{names}
или укажите в BNN_GUI_DATA папку, где они лежат.</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="205"/>
        <source>BNN_GUI_DATA is {env}, but MNIST is not there ({lacks}), and it could not be downloaded into {folder}.
Put its four files (gzipped or not; 11 MB in all):
{names}
into one of those folders.

Download errors:
{errors}</source>
        <translation>BNN_GUI_DATA указывает на {env}, но MNIST там нет ({lacks}), и скачать его в {folder} не удалось.
Положите четыре его файла (сжатые gzip или нет; всего 11 МБ):
{names}
в одну из этих папок.

Ошибки загрузки:
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="200"/>
        <source>MNIST was not found on this computer.
Put its four files (gzipped or not; 11 MB in all):
{names}
into {folder}
or point to the folder that holds them with --data-dir DIR or BNN_GUI_DATA=DIR.</source>
        <translation>MNIST на этом компьютере не найден.
Положите его четыре файла (в gzip или распакованные; всего 11 МБ):
{names}
в папку {folder}
или укажите папку с ними: --data-dir DIR или BNN_GUI_DATA=DIR.</translation>
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
        <translation>MNIST не найден, и скачать его не удалось.
Положите его четыре файла (в gzip или распакованные; всего 11 МБ):
{names}
в папку {folder}
или укажите папку с ними: --data-dir DIR или BNN_GUI_DATA=DIR.

Ошибки загрузки:
{errors}</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="243"/>
        <source>{folder}: {prefix} images {shape} and labels {shape2} disagree</source>
        <translation>{folder}: изображения {prefix} {shape} и метки {shape2} не согласуются</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="266"/>
        <source>{dest}: is a file, where MNIST&apos;s folder would go; move it away, or point to MNIST with --data-dir DIR or BNN_GUI_DATA=DIR</source>
        <translation>{dest}: на месте папки для MNIST лежит файл; уберите его или укажите MNIST через --data-dir DIR или BNN_GUI_DATA=DIR</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="274"/>
        <source>{dest}: the folder for MNIST cannot be made ({reason})</source>
        <translation>{dest}: не удаётся создать папку для MNIST ({reason})</translation>
    </message>
    <message>
        <location filename="../core/runs/data.py" line="315"/>
        <source>the download of MNIST was cancelled</source>
        <translation>загрузка MNIST отменена</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="130"/>
        <source>{reason}; and it could not be set aside ({reason2})</source>
        <translation>{reason}; и отложить его в сторону не удалось ({reason2})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="134"/>
        <source>{reason}

The damaged file was kept as {kept}; a new, empty set starts.</source>
        <translation>{reason}

Повреждённый файл сохранён как {kept}; начинается новый, пустой набор.</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="202"/>
        <source>{path}: cannot write ({reason})</source>
        <translation>{path}: не удаётся записать ({reason})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="244"/>
        <source>{path}: the personal set holds at most {MAX_SAMPLES} digits; export it and start a new one (nothing was changed)</source>
        <translation>{path}: в личном наборе не более {MAX_SAMPLES} цифр; экспортируйте его и начните новый (ничего не изменено)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal.py" line="262"/>
        <source>{path}: cannot save your personal set ({reason}); nothing was changed</source>
        <translation>{path}: не удаётся сохранить ваш личный набор ({reason}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="189"/>
        <source>a personal-set file</source>
        <translation>файл личного набора</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="198"/>
        <source>{path}: {reason}; which one is meant cannot be known</source>
        <translation>{path}: {reason}; какое из значений имелось в виду, узнать нельзя</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="201"/>
        <source>{path}: not a personal-set file (not valid JSON; it may be truncated or of another kind)</source>
        <translation>{path}: не файл личного набора (некорректный JSON; файл, возможно, обрезан или другого типа)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="206"/>
        <source>{path}: not a personal-set file (nested too deeply)</source>
        <translation>{path}: не файл личного набора (слишком глубокая вложенность)</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="211"/>
        <source>{path}: not a personal-set file (format {got}, expected {FORMAT})</source>
        <translation>{path}: не файл личного набора (формат {got}, ожидался {FORMAT})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="217"/>
        <source>{path}: &apos;samples&apos; is not a list</source>
        <translation>{path}: &apos;samples&apos; — не список</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="221"/>
        <location filename="../core/runs/personal_file.py" line="262"/>
        <source>{path}: {count} digits, more than a personal set holds ({MAX_SAMPLES})</source>
        <translation>{path}: цифр {count} — больше, чем вмещает личный набор ({MAX_SAMPLES})</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="230"/>
        <source>{path}: sample {value} of {count}: {value2}</source>
        <translation>{path}: образец {value} из {count}: {value2}</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="234"/>
        <source>{path}: sample {value}: id {id} appears twice</source>
        <translation>{path}: образец {value}: id {id} встречается дважды</translation>
    </message>
    <message>
        <location filename="../core/runs/personal_file.py" line="247"/>
        <source>a personal-set journal</source>
        <translation>журнал личного набора</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="231"/>
        <source>{folder}: is not a folder</source>
        <translation>{folder}: это не папка</translation>
    </message>
    <message>
        <location filename="../core/engine/c_library.py" line="233"/>
        <source>{folder}: no such folder as {parent}</source>
        <translation>{folder}: папки {parent} нет</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>Canvas</source>
        <translation>Холст</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>right button</source>
        <translation>правая кнопка</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="15"/>
        <source>erase the strokes under the pointer</source>
        <translation>стереть штрихи под указателем</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <location filename="../gui/help.py" line="18"/>
        <location filename="../gui/help.py" line="20"/>
        <location filename="../gui/help.py" line="21"/>
        <location filename="../gui/help.py" line="22"/>
        <location filename="../gui/help.py" line="23"/>
        <source>Network view</source>
        <translation>Сеть</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="16"/>
        <source>click a layer&apos;s title</source>
        <translation>щелчок по заголовку слоя</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="17"/>
        <source>enlarge it (again: back to all layers)</source>
        <translation>увеличить его (ещё раз — вернуться ко всем слоям)</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="18"/>
        <source>Up / Down</source>
        <translation>Вверх / Вниз</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="19"/>
        <source>the enlarged conv layer&apos;s previous / next channel</source>
        <translation>предыдущий / следующий канал увеличенного свёрточного слоя</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="20"/>
        <source>all channels of the enlarged layer, or one again</source>
        <translation>все каналы увеличенного слоя или снова один</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>Left / Right</source>
        <translation>Влево / Вправо</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="21"/>
        <source>the previous / next layer</source>
        <translation>предыдущий / следующий слой</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>wheel, drag</source>
        <translation>колесо, перетаскивание</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="22"/>
        <source>zoom and pan the enlarged layer</source>
        <translation>масштаб и сдвиг увеличенного слоя</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="23"/>
        <source>back to all layers</source>
        <translation>вернуться ко всем слоям</translation>
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
&lt;h2&gt;Бинаризованные нейросети за пять минут&lt;/h2&gt;
&lt;p&gt;Бинаризованная нейросеть (Courbariaux, Hubara et al. 2016) — обычная сеть, у которой
&lt;b&gt;все веса и активации равны +1 или −1&lt;/b&gt;. Каждый скрытый нейрон берёт знак взвешенной
суммы: он выдаёт +1 или −1, один бит. &lt;a href=&quot;bnn:network&quot;&gt;Посмотрите, как биты каждого слоя&lt;/a&gt;
меняются, пока вы рисуете.&lt;/p&gt;
&lt;h3&gt;Скрытые веса и отсечение&lt;/h3&gt;
&lt;p&gt;При обучении за каждым весом ±1 стоит &lt;b&gt;вещественный скрытый вес&lt;/b&gt;; сеть использует его
знак. Оптимизатор двигает скрытые веса, и бит меняется, когда скрытый вес переходит через ноль.
После каждого шага скрытые веса &lt;b&gt;ограничиваются отрезком [−H, H]&lt;/b&gt;, иначе они уходят так
далеко от нуля, что их биты больше никогда не меняются. &lt;a href=&quot;bnn:weights&quot;&gt;Посмотрите на
скрытые веса и окно отсечения&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;Straight-through estimator&lt;/h3&gt;
&lt;p&gt;У знака нет полезного градиента (почти всюду он равен нулю). При обучении считают, что
между −1 и 1 это тождественная функция, и пропускают градиент насквозь (вне этого отрезка —
ноль: оценка «hard tanh»). Знак на &lt;i&gt;выходном&lt;/i&gt; слое или слишком маленькая скорость
обучения — и сеть ничему не учится: те самые 10%, с которыми сталкиваются новички.
&lt;a href=&quot;bnn:lab&quot;&gt;Попробуйте типичные ошибки в лаборатории ошибок&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;BatchNorm перед знаком&lt;/h3&gt;
&lt;p&gt;Без него сумма нейрона лежит далеко от нуля и её знак никогда не меняется: BatchNorm
переносит порог каждого нейрона туда, где его бит несёт информацию. При выводе BatchNorm и
знак сворачиваются в &lt;b&gt;один целочисленный порог на нейрон&lt;/b&gt;. &lt;a href=&quot;bnn:neuron&quot;&gt;Загляните
внутрь одного нейрона&lt;/a&gt;, чтобы увидеть его порог.&lt;/p&gt;
&lt;h3&gt;XNOR и popcount&lt;/h3&gt;
&lt;p&gt;Если входы и веса ±1 хранятся как биты, произведение — это &lt;b&gt;XNOR&lt;/b&gt; (1, где они
совпадают), а сумма равна &lt;b&gt;2 · popcount − n&lt;/b&gt;. Поэтому BNN работает на телефоне или
микроконтроллере: упакованный движок этой программы читает вашу цифру именно так, бит в бит
как PyTorch. &lt;a href=&quot;bnn:neuron&quot;&gt;Проследите XNOR и popcount одного нейрона&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;Какие пиксели важны&lt;/h3&gt;
&lt;p&gt;Закрашивание или стирание одного входного пикселя меняет все суммы первого слоя, в которые
он входит; где сумма близка к порогу, бит меняется, и несколько пикселей могут изменить ответ.
&lt;a href=&quot;bnn:pixels&quot;&gt;Посмотрите, какие именно и как мало их нужно, чтобы ваша цифра стала
другой&lt;/a&gt;.&lt;/p&gt;
&lt;h3&gt;Попробуйте&lt;/h3&gt;
&lt;p&gt;&lt;a href=&quot;bnn:training&quot;&gt;Обучите сеть&lt;/a&gt; и посмотрите, как она учится, или
&lt;a href=&quot;bnn:twin&quot;&gt;сравните её с вещественным двойником&lt;/a&gt; на вашем рисунке.&lt;/p&gt;
</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="73"/>
        <source>the digit pressed</source>
        <translation>нажатую цифру</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="90"/>
        <source>Panels</source>
        <translation>Панели</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="94"/>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="95"/>
        <source>where</source>
        <translation>где</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="96"/>
        <source>keys</source>
        <translation>клавиши</translation>
    </message>
    <message>
        <location filename="../gui/help.py" line="97"/>
        <source>what</source>
        <translation>что делают</translation>
    </message>
</context>
<context>
    <name>images</name>
    <message>
        <location filename="../gui/live/images.py" line="17"/>
        <source>Images (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;All files (*)</source>
        <translation>Изображения (*.png *.jpg *.jpeg *.bmp *.gif *.tif *.tiff *.webp *.pgm *.ppm *.svg);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="69"/>
        <source>is compressed (a .svgz?), which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>сжат (.svgz?), такие файлы не читаются (они могут разворачиваться без ограничений); сохраните его как обычный SVG или PNG.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="77"/>
        <source>could not be read as an image (PNG, JPEG, BMP, …).</source>
        <translation>не удалось прочитать как изображение (PNG, JPEG, BMP, …).</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="79"/>
        <source>is a compressed SVG, which is not read (it can inflate without bound); save it as plain SVG or PNG.</source>
        <translation>это сжатый SVG, такие файлы не читаются (они могут разворачиваться без ограничений); сохраните его как обычный SVG или PNG.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="82"/>
        <source>is an SVG of {0} bytes; SVGs up to {1} bytes are read (save it as PNG).</source>
        <translation>— SVG размером {0} байт; читаются SVG до {1} байт (сохраните его как PNG).</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="88"/>
        <source>is {0} x {1} pixels; pictures up to {2} megapixels can be read.</source>
        <translation>— {0} x {1} пикселей; читаются изображения до {2} мегапикселей.</translation>
    </message>
    <message>
        <location filename="../gui/live/images.py" line="97"/>
        <source>could not be read as an image ({0}).</source>
        <translation>не удалось прочитать как изображение ({0}).</translation>
    </message>
</context>
<context>
    <name>layer_words</name>
    <message>
        <location filename="../gui/live/layer_words.py" line="13"/>
        <source>sign</source>
        <translation>знак</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="17"/>
        <source>{0}-bit activation</source>
        <translation>{0}-битная активация</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="19"/>
        <source>±1 weights</source>
        <translation>веса ±1</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="20"/>
        <source>±1 weights (stochastic)</source>
        <translation>веса ±1 (стохастические)</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="21"/>
        <source>real weights</source>
        <translation>вещественные веса</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="24"/>
        <source>{0}-bit weights</source>
        <translation>{0}-битные веса</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="31"/>
        <source>{0}x{0} kernels over pixels</source>
        <translation>ядра {0}x{0} по пикселям</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="33"/>
        <source>{0}x{0} kernels over {1} channels</source>
        <translation>ядра {0}x{0} по {1} каналам</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="36"/>
        <source>max-pool {0}</source>
        <translation>max-pool {0}</translation>
    </message>
    <message>
        <location filename="../gui/live/layer_words.py" line="43"/>
        <source>each over {0} inputs</source>
        <translation>каждый по {0} входам</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../gui/messages.py" line="21"/>
        <source>({0} more lines)</source>
        <translation>(ещё строк: {0})</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="45"/>
        <source>Replace a read-only file?</source>
        <translation>Заменить файл только для чтения?</translation>
    </message>
    <message>
        <location filename="../gui/messages.py" line="46"/>
        <source>{0} is read-only. Replace it anyway?</source>
        <translation>Файл {0} доступен только для чтения. Всё равно заменить?</translation>
    </message>
</context>
<context>
    <name>pitfalls</name>
    <message>
        <location filename="../core/runs/pitfalls.py" line="47"/>
        <source>Why it said 9.87%: the newcomer&apos;s notebook, fixed one step at a time</source>
        <translation>Почему получилось 9,87%: ноутбук новичка, исправляемый по одному шагу</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="48"/>
        <source>A Keras BNN &apos;stuck at 9.87%&apos; whatever the learning rate: four Dense layers with binary_tanh, the output included, BatchNorm written but never added, SGD, Keras&apos;s categorical cross-entropy, batches of 100. Replayed with Keras&apos;s semantics; then each run changes one thing on top of the last; what each run found is said as it ends (hover its row to read it again).</source>
        <translation>BNN на Keras, «застрявшая на 9,87%» при любой скорости обучения: четыре слоя Dense с binary_tanh, включая выходной, BatchNorm объявлен, но не добавлен, SGD, категориальная перекрёстная энтропия Keras, батчи по 100. Воспроизводится с семантикой Keras; затем каждый запуск меняет одно по сравнению с предыдущим; что показал запуск, говорится по его окончании (наведите на строку, чтобы прочитать снова).</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="68"/>
        <source>Sign on the output layer too</source>
        <translation>Знак и на выходном слое</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="69"/>
        <source>With a sign on the output the ten scores are ±1: digits tie (the first +1 class wins) and the softmax can never be sure (at most 45%), so the loss stays high. With the straight-through gradient it still learns, a point or more behind on MNIST and far behind on harder data; with a plain sign (no straight-through gradient) nothing learns at all: the newcomer&apos;s 10%.</source>
        <translation>Со знаком на выходе десять оценок равны ±1: цифры делят первое место (побеждает первый класс с +1), и softmax никогда не бывает уверен (не больше 45%), поэтому потери остаются высокими. Со straight-through градиентом сеть всё же учится, отставая на MNIST на пункт и больше, а на более трудных данных — намного; с обычным знаком (без straight-through градиента) не учится ничего: те самые 10% новичка.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="74"/>
        <source>correct: real-valued scores</source>
        <translation>правильно: вещественные оценки</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="75"/>
        <source>sign on the output</source>
        <translation>знак на выходе</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="76"/>
        <source>BatchNorm left out</source>
        <translation>Без BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="77"/>
        <source>Without BatchNorm the sums of ±1 products are large and centred nowhere: most signs are stuck at one value and the gradient through the sign (zero where |x| &gt; 1) vanishes.</source>
        <translation>Без BatchNorm суммы произведений ±1 велики и ничем не центрированы: большинство знаков застревает на одном значении, а градиент через знак (нулевой там, где |x| &gt; 1) исчезает.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="80"/>
        <source>with BatchNorm</source>
        <translation>с BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="81"/>
        <source>without BatchNorm</source>
        <translation>без BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="82"/>
        <source>Learning rate 1e-6</source>
        <translation>Скорость обучения 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="83"/>
        <source>Binary weights only change when a latent weight crosses zero; at 1e-6 almost none does, and nothing moves.</source>
        <translation>Бинарные веса меняются, только когда скрытый вес переходит через ноль; при 1e-6 почти ни один не переходит, и ничего не сдвигается.</translation>
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
        <translation>Скрытые веса без отсечения</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="88"/>
        <source>Unclipped latent weights drift far from zero and stop flipping: the network freezes early (compare the sign-flip curves). Where to clip (BinaryConnect): in the training loop, right after the optimiser&apos;s step, not inside the optimiser: {0}. After the step, because the step is what moves the latent weights out of [-H, H]; the optimiser&apos;s own state (Adam&apos;s averages) is left as it is.</source>
        <translation>Неотсечённые скрытые веса уходят далеко от нуля и перестают менять знак: сеть рано застывает (сравните кривые смены знаков). Где отсекать (BinaryConnect): в цикле обучения, сразу после шага оптимизатора, а не внутри оптимизатора: {0}. После шага — потому что именно шаг выводит скрытые веса за пределы [−H, H]; собственное состояние оптимизатора (средние Adam) остаётся как есть.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="94"/>
        <source>clipped to [-1, 1]</source>
        <translation>отсечены до [−1, 1]</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="95"/>
        <source>not clipped (H = 100)</source>
        <translation>без отсечения (H = 100)</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="98"/>
        <source>Deterministic vs stochastic BinaryConnect</source>
        <translation>Детерминированный и стохастический BinaryConnect</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="99"/>
        <source>Stochastic binarisation is a regulariser: noisier and slower at first, it can generalise as well or better over long runs.</source>
        <translation>Стохастическая бинаризация — это регуляризатор: поначалу она шумнее и медленнее, но на долгих запусках может обобщать так же или лучше.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="101"/>
        <source>deterministic</source>
        <translation>детерминированный</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="102"/>
        <source>stochastic</source>
        <translation>стохастический</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="103"/>
        <source>Antirectifier vs ReLU at equal parameter count</source>
        <translation>Antirectifier и ReLU при равном числе параметров</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="104"/>
        <source>The Antirectifier keeps both the positive and the negative part of each feature; at the same number of parameters it is compared with plain ReLU.</source>
        <translation>Antirectifier сохраняет и положительную, и отрицательную часть каждого признака; при том же числе параметров его сравнивают с обычным ReLU.</translation>
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
        <translation>L2-constrained softmax с несколькими alpha</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="109"/>
        <source>Normalising the features and scaling them by alpha bounds the logits: too small an alpha cannot make confident answers, a moderate one trains well.</source>
        <translation>Нормировка признаков и умножение на alpha ограничивают логиты: при слишком малом alpha уверенных ответов не получить, при умеренном сеть хорошо учится.</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="113"/>
        <source>plain softmax</source>
        <translation>обычный softmax</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="114"/>
        <source>alpha 16, one norm for the batch, as in the blog&apos;s code</source>
        <translation>alpha 16, одна норма на батч, как в коде из блога</translation>
    </message>
    <message>
        <location filename="../core/runs/pitfalls.py" line="116"/>
        <source>tf.norm(fc1) without an axis is one norm over the whole batch: every sample is divided by the same number, so a sample&apos;s features have norm about alpha / sqrt(batch size) (about 1.1 in batches of 200), not alpha, and that number changes with the batch: 200 digits in training, 2,000 when the test set is measured, 1 when the window reads your drawing. Compare it with alpha 16 normalised per sample (axis=1), as the paper does.</source>
        <translation>tf.norm(fc1) без оси — это одна норма по всему батчу: каждый пример делится на одно и то же число, поэтому норма признаков примера около alpha / sqrt(размер батча) (около 1,1 в батчах по 200), а не alpha, и это число меняется с батчем: 200 цифр при обучении, 2000 при измерении на тестовой выборке, 1, когда окно читает ваш рисунок. Сравните с alpha 16 и нормировкой по каждому примеру (axis=1), как в статье.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="79"/>
        <source>as written: SGD at lr 1e-6</source>
        <translation>как написано: SGD с lr 1e-6</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="80"/>
        <source>The ten ±1 outputs sum to 0 for about a quarter of the digits; Keras&apos;s loss divides by that sum, and the first such batch turns every weight into NaN. From then on the network answers 0 for every digit: the share of 0s.</source>
        <translation>Десять выходов ±1 дают в сумме 0 примерно у четверти цифр; функция потерь Keras делит на эту сумму, и первый же такой батч превращает все веса в NaN. С этого момента сеть на любую цифру отвечает 0: доля нулей.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="84"/>
        <source>the asker&apos;s lr 1e-3</source>
        <translation>lr 1e-3, как у автора вопроса</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="85"/>
        <source>The same NaN at the same step: the learning rate multiplies a NaN gradient, and NaN times any rate is NaN. No learning rate could have helped.</source>
        <translation>Тот же NaN на том же шаге: скорость обучения умножается на градиент NaN, а NaN, умноженный на что угодно, — NaN. Никакая скорость обучения не помогла бы.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="87"/>
        <source>no activation on the output (the accepted answer)</source>
        <translation>без активации на выходе (принятый ответ)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="88"/>
        <source>Real-valued outputs almost never sum to exactly 0, so the weights stay finite, but Keras&apos;s loss still divides raw outputs by their sum: negative or oversized &apos;probabilities&apos; are clipped, and a clipped value passes no gradient back.</source>
        <translation>Вещественные выходы почти никогда не дают в сумме ровно 0, поэтому веса остаются конечными, но функция потерь Keras по-прежнему делит сырые выходы на их сумму: отрицательные или слишком большие «вероятности» обрезаются, а обрезанное значение не пропускает градиент назад.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="91"/>
        <source>softmax on the output (what the loss expects)</source>
        <translation>softmax на выходе (чего ожидает функция потерь)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="92"/>
        <source>Probabilities that sum to 1 make the loss a true cross-entropy: now it learns steadily, though SGD is slow through three sign layers.</source>
        <translation>Вероятности, дающие в сумме 1, превращают потери в настоящую перекрёстную энтропию: теперь сеть учится устойчиво, хотя SGD медленно проходит через три слоя со знаком.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="94"/>
        <source>BatchNorm actually added</source>
        <translation>BatchNorm действительно добавлен</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="95"/>
        <source>BatchNorm centres each layer&apos;s sums so the signs split the digits and the straight-through gradient (zero where |x| &gt; 1) flows.</source>
        <translation>BatchNorm центрирует суммы каждого слоя, так что знаки разделяют цифры, а straight-through градиент (нулевой там, где |x| &gt; 1) проходит.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="97"/>
        <source>Adam</source>
        <translation>Adam</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="98"/>
        <source>Adam scales each step to the gradient&apos;s size: far faster than plain SGD here.</source>
        <translation>Adam подстраивает каждый шаг под величину градиента: здесь гораздо быстрее обычного SGD.</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="99"/>
        <source>binary weights as well (the paper&apos;s BNN)</source>
        <translation>и бинарные веса (BNN из статьи)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="100"/>
        <source>±1 weights (sign forward, latent weights clipped to [-1, 1]): a network of bits, as in the paper. Compare it with the rung before: the price of 1-bit weights after these few epochs (the paper trains for hundreds, and this project&apos;s bnn presets with a larger learning rate).</source>
        <translation>Веса ±1 (знак при прямом проходе, скрытые веса отсекаются до [−1, 1]): сеть из битов, как в статье. Сравните с предыдущей ступенью: цена 1-битных весов после этих немногих эпох (в статье обучают сотни эпох, а пресеты bnn этого проекта — с большей скоростью обучения).</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="22"/>
        <source>Bit budget: 1, 1.58, 2, 4 and 8 bits side by side</source>
        <translation>Бюджет битов: 1, 1,58, 2, 4 и 8 бит рядом</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="23"/>
        <source>The same network trained with weights and activations of 1 bit (±1), 1.58 (−1/0/+1), 2, 4 and 8 bits, and in float32. Each extra bit buys a little accuracy and costs memory and speed: 1 bit is the only width that runs as XNOR and popcount (the packed engine and the exported C); the plot puts each run&apos;s test accuracy against the bytes of its weights.</source>
        <translation>Одна и та же сеть, обученная с весами и активациями в 1 бит (±1), 1,58 (−1/0/+1), 2, 4 и 8 бит и во float32. Каждый лишний бит даёт немного точности и стоит памяти и скорости: только 1 бит работает как XNOR и popcount (упакованный движок и экспорт в C); на графике — точность каждого запуска на тесте против байтов его весов.</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1 bit</source>
        <translation>1 бит</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="31"/>
        <source>1.58 bits</source>
        <translation>1,58 бита</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>2 bits</source>
        <translation>2 бита</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="32"/>
        <source>4 bits</source>
        <translation>4 бита</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>8 bits</source>
        <translation>8 бит</translation>
    </message>
    <message>
        <location filename="../core/lab/bit_budget.py" line="33"/>
        <source>float32</source>
        <translation>float32</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="33"/>
        <source>correct: threshold and flip from BatchNorm</source>
        <translation>верно: порог и инверсия из BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="34"/>
        <source>Each unit fires when its dot reaches its own threshold ⌈s(μ − βσ/γ)⌉, the other way round where γ &lt; 0: the bits the network was trained with.</source>
        <translation>Каждый нейрон срабатывает, когда его скалярное произведение достигает своего порога ⌈s(μ − βσ/γ)⌉, а где γ &lt; 0 — наоборот: это те самые биты, с которыми сеть обучалась.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="37"/>
        <source>sign of the weights, BatchNorm left out</source>
        <translation>знак весов, BatchNorm выброшен</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="38"/>
        <source>Without BatchNorm each unit fires when its dot is &gt;= 0, but training centred every unit on its own mean μ: many units now fire for every digit or for none.</source>
        <translation>Без BatchNorm нейрон срабатывает при скалярном произведении &gt;= 0, но обучение центрировало каждый нейрон на его собственном среднем μ: теперь многие нейроны срабатывают на любую цифру или ни на какую.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="42"/>
        <source>sign first, then BatchNorm</source>
        <translation>сначала знак, потом BatchNorm</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="43"/>
        <source>BatchNorm must come before the sign: applied after it, to a ±1 instead of the dot, its shift μ swamps the ±1 and most units give the same bit whatever the digit.</source>
        <translation>BatchNorm должен стоять перед знаком: если применить его после, к ±1 вместо скалярного произведения, сдвиг μ перевешивает ±1, и большинство нейронов выдают один и тот же бит при любой цифре.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="47"/>
        <source>first layer&apos;s thresholds in 0..1 pixels</source>
        <translation>пороги первого слоя для пикселей 0..1</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="48"/>
        <source>The first layer reads pixel levels 0..255; its thresholds were folded for pixels in 0..1, 255 times too small, so its units fire for almost any ink.</source>
        <translation>Первый слой читает уровни пикселей 0..255; его пороги свёрнуты для пикселей 0..1 — в 255 раз меньше нужного, и его нейроны срабатывают почти на любые чернила.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="52"/>
        <source>first layer fed 0/1 pixels</source>
        <translation>на первый слой поданы пиксели 0/1</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="53"/>
        <source>The first layer was trained on real levels 0..255; fed pixels cut to 0 or 1 its dots are 255 times smaller than its thresholds expect.</source>
        <translation>Первый слой обучен на реальных уровнях 0..255; если подать ему пиксели, обрезанные до 0 или 1, его скалярные произведения в 255 раз меньше, чем ожидают пороги.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="169"/>
        <source>An export done wrong</source>
        <translation>Экспорт с ошибкой</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="170"/>
        <source>The shipped bnn-cnn exported to the 1-bit engine five ways: right, and with four classic deployment bugs. Nothing is trained; each run reads MNIST&apos;s 10,000 test digits and compares its bits with the correct export&apos;s. Inside one neuron shows the correct fold of any unit you click: its threshold, and the flip where BatchNorm&apos;s scale is negative.</source>
        <translation>Поставляемая bnn-cnn, экспортированная в 1-битный движок пятью способами: правильно и с четырьмя классическими ошибками развёртывания. Ничего не обучается; каждый запуск читает 10 000 тестовых цифр MNIST и сравнивает свои биты с битами правильного экспорта. «Внутри одного нейрона» показывает правильную свёртку любого нейрона, по которому вы щёлкнете: его порог и инверсию там, где масштаб BatchNorm отрицателен.</translation>
    </message>
</context>
<context>
    <name>results</name>
    <message>
        <location filename="../core/runs/newcomer.py" line="55"/>
        <source>training accuracy {0}%, test {1}%</source>
        <translation>точность на обучении {0}%, на тесте {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="58"/>
        <source>it answers {0} for {1}% of the test digits</source>
        <translation>она отвечает {0} на {1}% тестовых цифр</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="61"/>
        <source>its answers spread over the ten digits (most often {0}, {1}%)</source>
        <translation>её ответы распределены по десяти цифрам (чаще всего {0}, {1}%)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="64"/>
        <source>every weight was NaN after step {0} (that batch held {1} digits whose ten ±1 outputs summed to 0: a division by 0 in the loss)</source>
        <translation>после шага {0} все веса стали NaN (в том батче было {1} цифр, у которых десять выходов ±1 дали в сумме 0: деление на 0 в функции потерь)</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="69"/>
        <source>{0}% of the outputs are NaN, and argmax of a row of NaNs is its first index, 0</source>
        <translation>{0}% выходов — NaN, а argmax строки из NaN — её первый индекс, 0</translation>
    </message>
    <message>
        <location filename="../core/runs/newcomer.py" line="72"/>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="90"/>
        <source>none of your digits held out, so what it learned of your handwriting was not measured; MNIST test: {0}% → {1}%</source>
        <translation>ни одна из ваших цифр не была отложена, поэтому усвоенное о вашем почерке не измерено; тест MNIST: {0}% → {1}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="94"/>
        <source>your held-out digits ({0}): {1} → {2}; MNIST test: {3}% → {4}%</source>
        <translation>ваши отложенные цифры ({0}): {1} → {2}; тест MNIST: {3}% → {4}%</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="102"/>
        <source>None of your digits was held out to measure on (too few of each): draw each digit a few more times to see what the fine-tune changed.</source>
        <translation>Ни одна из ваших цифр не была отложена для проверки (каждой слишком мало): нарисуйте каждую цифру ещё несколько раз, чтобы увидеть, что изменило дообучение.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="107"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn and MNIST paid {0} points for it. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>Все ваши отложенные цифры читались верно ещё до дообучения: учить было нечему, а MNIST заплатил за это {0} пункта. Рисуйте цифры, которые сеть читает неверно, и ставьте им метки — именно они учат её вашему почерку.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="112"/>
        <source>Your held-out digits were all read right before the fine-tune: there was nothing to learn. Draw the digits it gets wrong and label them; those teach it your handwriting.</source>
        <translation>Все ваши отложенные цифры читались верно ещё до дообучения: учить было нечему. Рисуйте цифры, которые сеть читает неверно, и ставьте им метки — именно они учат её вашему почерку.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="116"/>
        <source>Your held-out digits were read no better afterwards: add more of the digits it misreads, or try more epochs or a larger share of your digits.</source>
        <translation>После дообучения ваши отложенные цифры читаются не лучше: добавьте больше цифр, которые сеть читает неверно, или попробуйте больше эпох или большую долю ваших цифр.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="144"/>
        <source>No digits are held out (the held-out share is 0): the fine-tune cannot measure what it learns of your handwriting, only what MNIST pays.</source>
        <translation>Ни одна цифра не откладывается (доля отложенных равна 0): дообучение не сможет измерить, чему оно научилось на вашем почерке, только чего это стоило на MNIST.</translation>
    </message>
    <message>
        <location filename="../core/runs/finetune.py" line="147"/>
        <source>None of your digits can be held out to measure the fine-tune on: draw at least {0} of a digit. It will train, but it can only measure what MNIST pays.</source>
        <translation>Ни одну из ваших цифр нельзя отложить для проверки дообучения: нарисуйте хотя бы {0} экземпляра одной цифры. Обучение пройдёт, но измерить можно будет только то, чего оно стоило на MNIST.</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="135"/>
        <source>{0}% of the test digits read right, as the model file says</source>
        <translation>{0}% тестовых цифр прочитано верно, как и указано в файле модели</translation>
    </message>
    <message>
        <location filename="../core/lab/wrong_export.py" line="137"/>
        <source>{0}% read right instead of {1}%; bits that differ from the correct export: {2}</source>
        <translation>верно прочитано {0}% вместо {1}%; биты, отличающиеся от правильного экспорта: {2}</translation>
    </message>
</context>
<context>
    <name>save_levels</name>
    <message>
        <location filename="../gui/docks/save_levels.py" line="15"/>
        <source>IDX image, as MNIST&apos;s (*.idx);;PGM picture (*.pgm)</source>
        <translation>Изображение IDX, как в MNIST (*.idx);;Изображение PGM (*.pgm)</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="22"/>
        <source>Nothing to save: draw a digit first</source>
        <translation>Нечего сохранять: сначала нарисуйте цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="24"/>
        <source>Save what the network sees</source>
        <translation>Сохранить то, что видит сеть</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="35"/>
        <source>Could not save</source>
        <translation>Не удалось сохранить</translation>
    </message>
    <message>
        <location filename="../gui/docks/save_levels.py" line="37"/>
        <source>saved the 28x28 levels the network reads to {0}</source>
        <translation>уровни 28x28, которые читает сеть, сохранены в {0}</translation>
    </message>
</context>
</TS>
