<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
</context>
<context>
    <name>InspectDocks</name>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="71"/>
        <source>Inside one neuron</source>
        <translation>Внутри одного нейрона</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="72"/>
        <source>Click a unit in a map to see its bits, XNOR, popcount and threshold</source>
        <translation>Щёлкните нейрон на карте, чтобы увидеть его биты, XNOR, popcount и порог</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="74"/>
        <source>Float twin</source>
        <translation>Вещественный двойник</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="75"/>
        <source>The same drawing read by a float, a BinaryConnect and a fully binary network</source>
        <translation>Тот же рисунок глазами вещественной сети, сети BinaryConnect и полностью бинарной сети</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="77"/>
        <source>Which pixels matter</source>
        <translation>Какие пиксели важны</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="79"/>
        <source>Which input pixels would change the answer if inked or erased; make it read as another digit</source>
        <translation>Какие входные пиксели изменили бы ответ, если их закрасить или стереть; как заставить сеть прочитать другую цифру</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="81"/>
        <source>Evaluation</source>
        <translation>Оценка</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="82"/>
        <source>The live model on MNIST&apos;s test set: per digit, confusions, misreads</source>
        <translation>Текущая модель на тестовой выборке MNIST: по цифрам, матрица ошибок, неверно прочитанные</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="84"/>
        <source>Weights</source>
        <translation>Веса</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="85"/>
        <source>First-layer ±1 templates and latent-weight histograms</source>
        <translation>Шаблоны ±1 первого слоя и гистограммы скрытых весов</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="87"/>
        <source>Pitfalls lab</source>
        <translation>Лаборатория ошибок</translation>
    </message>
    <message>
        <location filename="../gui/docks/inspect_docks.py" line="88"/>
        <source>Classic BNN mistakes as short runs, compared on one plot</source>
        <translation>Типичные ошибки в BNN: короткие запуски на одном графике</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../gui/language.py" line="87"/>
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../gui/language.py" line="99"/>
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
        <location filename="../gui/lessons/menus.py" line="23"/>
        <source>Save as &amp;lesson…</source>
        <translation>Сохранить как &amp;урок…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="24"/>
        <source>The window as it is now (model, drawing, docks, chosen unit) as a one-step lesson to edit</source>
        <translation>Текущее состояние окна (модель, рисунок, панели, выбранный нейрон) как урок из одного шага для правки</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="31"/>
        <source>&amp;Lessons</source>
        <translation>&amp;Уроки</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="36"/>
        <source>&amp;Open lesson file…</source>
        <translation>&amp;Открыть файл урока…</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="38"/>
        <source>A lesson someone wrote</source>
        <translation>Урок, написанный кем-то другим</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="39"/>
        <source>Next step</source>
        <translation>Следующий шаг</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="40"/>
        <source>The lesson&apos;s next step</source>
        <translation>Следующий шаг урока</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="41"/>
        <source>Step back</source>
        <translation>Шаг назад</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="43"/>
        <source>The lesson&apos;s step before</source>
        <translation>Предыдущий шаг урока</translation>
    </message>
    <message>
        <location filename="../gui/lessons/menus.py" line="44"/>
        <source>Close the lesson</source>
        <translation>Закрыть урок</translation>
    </message>
</context>
<context>
    <name>LessonPlayer</name>
    <message>
        <location filename="../gui/lessons/player.py" line="94"/>
        <source>Lesson</source>
        <translation>Урок</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="155"/>
        <source>step {0} of {1}</source>
        <translation>шаг {0} из {1}</translation>
    </message>
    <message>
        <location filename="../gui/lessons/player.py" line="157"/>
        <source>Try: {0}</source>
        <translation>Попробуйте: {0}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../gui/main_window.py" line="48"/>
        <source>bnn-gui — a binarized neural network reads your digit</source>
        <translation>bnn-gui — бинаризованная нейросеть читает вашу цифру</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="79"/>
        <source>loading the model…</source>
        <translation>загрузка модели…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="88"/>
        <source>Brush size: also how thick your strokes are for the network</source>
        <translation>Размер кисти: такой же толщины штрихи видит и сеть</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="91"/>
        <source>Eraser</source>
        <translation>Ластик</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="92"/>
        <source>Erase whole strokes (E); the right button erases too</source>
        <translation>Стирать штрихи целиком (E); правая кнопка мыши тоже стирает</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="96"/>
        <source>MNIST digit</source>
        <translation>Цифра MNIST</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="97"/>
        <source>Load a random MNIST test digit onto the canvas (Ctrl+T)</source>
        <translation>Загрузить на холст случайную тестовую цифру MNIST (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="100"/>
        <source>Clear</source>
        <translation>Очистить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="101"/>
        <source>Clear the canvas (Delete; Ctrl+Z brings it back)</source>
        <translation>Очистить холст (Delete; Ctrl+Z вернёт рисунок)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="104"/>
        <source>Brush</source>
        <translation>Кисть</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="131"/>
        <source>Training</source>
        <translation>Обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="132"/>
        <source>Show or hide the training panel</source>
        <translation>Показать или скрыть панель обучения</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="149"/>
        <source> Model: </source>
        <translation> Модель: </translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="162"/>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Open &amp;image…</source>
        <translation>Открыть &amp;изображение…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="163"/>
        <source>Read a picture of a digit</source>
        <translation>Прочитать изображение цифры</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="164"/>
        <source>Open &amp;model…</source>
        <translation>Открыть &amp;модель…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="165"/>
        <source>Load a model file</source>
        <translation>Загрузить файл модели</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="166"/>
        <source>&amp;Save what the network sees…</source>
        <translation>&amp;Сохранить то, что видит сеть…</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="168"/>
        <source>Save the 28x28 input as 8-bit levels (IDX or PGM), e.g. for the C library</source>
        <translation>Сохранить вход 28x28 как 8-битные уровни (IDX или PGM), например для библиотеки на C</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="170"/>
        <source>&amp;Quit</source>
        <translation>&amp;Выход</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="171"/>
        <source>&amp;Edit</source>
        <translation>&amp;Правка</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="173"/>
        <source>&amp;Undo</source>
        <translation>&amp;Отменить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="174"/>
        <source>Undo the last stroke</source>
        <translation>Отменить последний штрих</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="175"/>
        <source>&amp;Redo</source>
        <translation>&amp;Повторить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="176"/>
        <source>Redo</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="177"/>
        <source>&amp;Clear</source>
        <translation>О&amp;чистить</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="178"/>
        <source>Clear the canvas (undo brings it back); Esc never clears</source>
        <translation>Очистить холст (отмена вернёт рисунок); Esc никогда не очищает</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="179"/>
        <source>&amp;Eraser</source>
        <translation>&amp;Ластик</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="180"/>
        <source>Toggle the stroke eraser</source>
        <translation>Включить или выключить ластик штрихов</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="181"/>
        <source>&amp;Digits</source>
        <translation>&amp;Цифры</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="182"/>
        <source>MNIST &amp;test digit</source>
        <translation>&amp;Тестовая цифра MNIST</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="183"/>
        <source>Load a random MNIST test digit with its true label</source>
        <translation>Загрузить случайную тестовую цифру MNIST с её истинной меткой</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="186"/>
        <source>&amp;Training</source>
        <translation>&amp;Обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="188"/>
        <source>&amp;Start training</source>
        <translation>&amp;Начать обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="189"/>
        <source>Train a new network in the background with the panel&apos;s settings</source>
        <translation>Обучить новую сеть в фоне с настройками панели</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="190"/>
        <source>S&amp;top training</source>
        <translation>О&amp;становить обучение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="191"/>
        <source>Stop the run; nothing is saved and the live model stays</source>
        <translation>Остановить запуск; ничего не сохраняется, текущая модель остаётся</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="192"/>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="195"/>
        <source>&amp;Presenter mode</source>
        <translation>&amp;Режим докладчика</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="196"/>
        <source>Full screen, larger type, the network and the chosen unit large (F11 or Esc leaves)</source>
        <translation>Во весь экран, крупный шрифт, сеть и выбранный нейрон крупно (F11 или Esc — выход)</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="201"/>
        <source>&amp;Close: presenter mode, the enlarged layer, a picture being read</source>
        <translation>&amp;Закрыть: режим докладчика, увеличенный слой, читаемое изображение</translation>
    </message>
    <message>
        <location filename="../gui/main_window.py" line="213"/>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
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
        <location filename="../gui/docks/teaching.py" line="36"/>
        <source>That&apos;s &amp;wrong: it&apos;s a…</source>
        <translation>&amp;Ошибка: это…</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="39"/>
        <source>Add the drawing to your personal set as a {0}</source>
        <translation>Добавить рисунок в личный набор как {0}</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="40"/>
        <source>Teach the live model my &amp;handwriting</source>
        <translation>Научить модель моему &amp;почерку</translation>
    </message>
    <message>
        <location filename="../gui/docks/teaching.py" line="42"/>
        <source>Fine-tune the live model on your personal set mixed with MNIST</source>
        <translation>Дообучить текущую модель на личном наборе вперемешку с MNIST</translation>
    </message>
</context>
</TS>
