<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AppStartup</name>
    <message>
        <location filename="../src/app/appstartup.cpp" line="+56"/>
        <source>The daily backup failed: %1</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Keel cannot start</source>
        <translation>Keel kann nicht starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder %1 for the database could not be created. Check that you may write there, or start Keel with --db PATH to use another file.</source>
        <translation>Der Ordner %1 für die Datenbank konnte nicht angelegt werden. Prüfen Sie, ob Sie dort schreiben dürfen, oder starten Sie Keel mit --db PFAD, um eine andere Datei zu verwenden.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Keel cannot read the database</source>
        <translation>Keel kann die Datenbank nicht lesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+203"/>
        <source>%1

Database: %2</source>
        <translation>%1

Datenbank: %2</translation>
    </message>
    <message>
        <location line="-83"/>
        <source>Keel is already running with this database (process %1, “%2”, on %3).

Database: %4

Switch to that window, or close it and start Keel again.</source>
        <translation>Keel läuft bereits mit dieser Datenbank (Prozess %1, „%2“, auf %3).

Datenbank: %4

Wechseln Sie zu diesem Fenster, oder schließen Sie es und starten Sie Keel erneut.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keel cannot lock the database %1 (lock file %2). Another program may hold it, or the folder may not be writable.</source>
        <translation>Keel kann die Datenbank %1 nicht sperren (Sperrdatei %2). Möglicherweise hält ein anderes Programm sie, oder der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1
Taken %2.</source>
        <translation>%1
Erstellt am %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What was logged after it cannot be counted in the damaged file, and would be lost.</source>
        <translation>Was danach eingetragen wurde, lässt sich in der beschädigten Datei nicht zählen und ginge verloren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing logged since then would be lost.</source>
        <translation>Seitdem wurde nichts eingetragen, das verloren ginge.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logged since then, and lost by restoring: %1, %2, %3.</source>
        <translation>Seitdem eingetragen, beim Wiederherstellen verloren: %1, %2, %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n Spaziergang</numerusform>
            <numerusform>%n Spaziergänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1

No backup that passes its check was found in %2. The file was left as it is; move it away to start afresh, or ask for help with it.</source>
        <translation>%1

In %2 wurde keine Sicherung gefunden, die ihre Prüfung besteht. Die Datei wurde unverändert gelassen; verschieben Sie sie, um neu zu beginnen, oder holen Sie sich Hilfe dazu.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restored the database from %1</source>
        <translation>Datenbank aus %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup could not be restored</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is from a newer Keel</source>
        <translation>Die Datenbank stammt aus einer neueren Keel-Version</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This is not a Keel database</source>
        <translation>Dies ist keine Keel-Datenbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1.

Start Keel with --db PATH to use another file.</source>
        <translation>%1.

Starten Sie Keel mit --db PFAD, um eine andere Datei zu verwenden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Keel cannot open the database</source>
        <translation>Keel kann die Datenbank nicht öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The exercise catalog could not be loaded</source>
        <translation>Der Übungskatalog konnte nicht geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel found no usable exercise in %1:

%2</source>
        <translation>Keel hat in %1 keine verwendbare Übung gefunden:

%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Some catalog files have errors</source>
        <translation>Einige Katalogdateien enthalten Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel skipped what it could not read. Fix these and restart to use them:

%1</source>
        <translation>Keel hat übersprungen, was es nicht lesen konnte. Beheben Sie diese Fehler und starten Sie Keel neu, um die Einträge zu nutzen:

%1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The first backup failed: %1</source>
        <translation>Die erste Sicherung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Appearance</name>
    <message>
        <location filename="../src/gui/common/appearance.cpp" line="+105"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>ChangeProfileCommand</name>
    <message>
        <location filename="../src/gui/commands/changeprofilecommand.cpp" line="+12"/>
        <source>Change profile</source>
        <translation>Profil ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Profile saved and weeks re-planned</source>
        <translation>Profil gespeichert und Wochen neu geplant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Profile change undone and weeks re-planned</source>
        <translation>Profiländerung rückgängig gemacht und Wochen neu geplant</translation>
    </message>
</context>
<context>
    <name>CheckInCommand</name>
    <message>
        <location filename="../src/gui/commands/checkincommand.cpp" line="+13"/>
        <source>Morning check-in: pain %1/10</source>
        <translation>Morgen-Check-in: Schmerz %1/10</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <location filename="../src/app/commandline.cpp" line="+38"/>
        <source>Keel: a weekly planner for long-term back health.</source>
        <translation>Keel: ein Wochenplaner für langfristige Rückengesundheit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Use the database at &lt;path&gt; instead of the default.</source>
        <translation>Die Datenbank unter &lt;path&gt; statt der Standarddatenbank verwenden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pretend today is &lt;date&gt; (YYYY-MM-DD).</source>
        <translation>So tun, als wäre heute &lt;date&gt; (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save a PNG of every pane into &lt;dir&gt; and quit.</source>
        <translation>Ein PNG jedes Bereichs in &lt;dir&gt; speichern und beenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Colour scheme: &quot;system&quot; (default) or &quot;dark&quot;.</source>
        <translation>Farbschema: &quot;system&quot; (Standard) oder &quot;dark&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print start-up time and memory at the first paint, then quit.</source>
        <translation>Startzeit und Speicherbedarf beim ersten Zeichnen ausgeben, dann beenden.</translation>
    </message>
</context>
<context>
    <name>ErrorWords</name>
    <message>
        <location filename="../src/gui/common/errorwords.cpp" line="+19"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ExerciseText</name>
    <message numerus="yes">
        <location filename="../src/gui/common/exercisetext.cpp" line="+24"/>
        <source>%1 rep(s)</source>
        <translation>
            <numerusform>%1 Wdh.</numerusform>
            <numerusform>%1 Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 s hold</source>
        <translation>%1 s halten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 per side</source>
        <translation>%1 je Seite</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%1 set(s)</source>
        <translation>
            <numerusform>%1 Satz</numerusform>
            <numerusform>%1 Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (about %2 min)</source>
        <translation>%1 (etwa %2 min)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts at %1, adds %2 a step</source>
        <translation>Beginnt bei %1, steigt um %2 je Schritt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../ui/firstrundialog.ui" line="+15"/>
        <source>Welcome to Keel</source>
        <translation>Willkommen bei Keel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&lt;h2&gt;Let&apos;s plan your first weeks&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Planen wir Ihre ersten Wochen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Keel builds a week of strength, mobility and walking around the movements that protect your low back, and grows it slowly. Tell it where you start; you can change everything later in Settings.</source>
        <translation>Keel baut eine Woche aus Kraft, Mobilität und Gehen rund um die Bewegungen auf, die Ihren unteren Rücken schützen, und steigert sie langsam. Geben Sie an, wo Sie beginnen; alles lässt sich später unter „Einstellungen“ ändern.</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <location filename="../src/gui/commands/importcommand.cpp" line="+14"/>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <source>imported %n set(s)</source>
        <translation>
            <numerusform>%n Satz importiert</numerusform>
            <numerusform>%n Sätze importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source> and %n walk(s)</source>
        <translation>
            <numerusform> und %n Spaziergang</numerusform>
            <numerusform> und %n Spaziergänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>; %n row(s) imported before, left alone</source>
        <translation>
            <numerusform>; %n Zeile schon früher importiert, unverändert</numerusform>
            <numerusform>; %n Zeilen schon früher importiert, unverändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../src/gui/exchange/importdialog.cpp" line="+46"/>
        <source>GPX walks</source>
        <translation>GPX-Spaziergänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keel backup</source>
        <translation>Keel-Sicherung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>kilograms (distances in km)</source>
        <translation>Kilogramm (Strecken in km)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pounds (distances in miles)</source>
        <translation>Pfund (Strecken in Meilen)</translation>
    </message>
</context>
<context>
    <name>ItemProgressText</name>
    <message>
        <location filename="../src/gui/common/itemprogresstext.cpp" line="+12"/>
        <source>%1/%2 min</source>
        <translation>%1/%2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1/%2 sets</source>
        <translation>%1/%2 Sätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>to do</source>
        <translation>offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
</context>
<context>
    <name>KindStyle</name>
    <message>
        <location filename="../src/gui/common/kindstyle.cpp" line="+17"/>
        <source>Strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <location filename="../src/gui/common/labels.cpp" line="+21"/>
        <source>Dumbbells</source>
        <translation>Kurzhanteln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A pair, or an adjustable set</source>
        <translation>Ein Paar oder ein verstellbares Set</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kettlebell</source>
        <translation>Kettlebell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One is enough to start</source>
        <translation>Für den Anfang reicht eine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Barbell and plates</source>
        <translation>Langhantel mit Scheiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An Olympic or standard bar with plates</source>
        <translation>Eine olympische oder Standardstange mit Scheiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Trap bar</source>
        <translation>Trap-Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The hexagonal bar you stand inside</source>
        <translation>Die sechseckige Stange, in der Sie stehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Squat rack</source>
        <translation>Kniebeugenständer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A rack or stands that hold a bar at chest height</source>
        <translation>Ein Rack oder Ständer, die eine Stange auf Brusthöhe halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bench</source>
        <translation>Hantelbank</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A sturdy flat bench</source>
        <translation>Eine stabile Flachbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Box or step</source>
        <translation>Box oder Step</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stable box, step or low platform</source>
        <translation>Eine stabile Box, ein Step oder eine niedrige Plattform</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resistance band</source>
        <translation>Widerstandsband</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A loop or tube band you can anchor</source>
        <translation>Ein Loop- oder Tubeband, das sich befestigen lässt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cable machine</source>
        <translation>Kabelzug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An adjustable pulley, as in most gyms</source>
        <translation>Ein verstellbarer Seilzug wie in den meisten Studios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pull-up bar</source>
        <translation>Klimmzugstange</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A bar you can hang from</source>
        <translation>Eine Stange, an der Sie hängen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension trainer</source>
        <translation>Schlingentrainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Straps such as a TRX or gymnastic rings</source>
        <translation>Gurte wie ein TRX oder Turnringe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Foam roller</source>
        <translation>Faszienrolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For thoracic mobility drills</source>
        <translation>Für Mobilitätsübungen des oberen Rückens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wall</source>
        <translation>Wand</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location line="+1"/>
        <source>Assumed in every home</source>
        <translation>In jedem Zuhause vorhanden</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Chair</source>
        <translation>Stuhl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mat</source>
        <translation>Matte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise bike</source>
        <translation>Fahrrad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A stationary or outdoor bike</source>
        <translation>Ein Heimtrainer oder ein Fahrrad für draußen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pool</source>
        <translation>Schwimmbad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Access to a swimming pool</source>
        <translation>Zugang zu einem Schwimmbad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Elliptical trainer</source>
        <translation>Ellipsentrainer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A cross-trainer</source>
        <translation>Ein Crosstrainer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sandbag</source>
        <translation>Sandsack</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A fillable bag for carries and hugs</source>
        <translation>Ein befüllbarer Sack zum Tragen und Umklammern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Hip hinge</source>
        <translation>Hüftbeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Squat</source>
        <translation>Kniebeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loaded carry</source>
        <translation>Lasttragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Anti-rotation</source>
        <translation>Anti-Rotation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pull</source>
        <translation>Ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Posture</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Spine</source>
        <translation>Wirbelsäule</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Just starting</source>
        <translation>Gerade am Anfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Returning after a break</source>
        <translation>Wiedereinstieg nach einer Pause</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training regularly</source>
        <translation>Regelmäßig im Training</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Experienced lifter</source>
        <translation>Erfahren mit Gewichten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>New to strength training, or starting again with a sore back: the gentlest rungs.</source>
        <translation>Neu im Krafttraining oder Neustart mit schmerzendem Rücken: die sanftesten Stufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trained before and coming back: a rung or two up, built up slowly.</source>
        <translation>Früher trainiert und jetzt zurück: ein oder zwei Stufen höher, langsam aufgebaut.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Training a few months already: middle rungs with external load.</source>
        <translation>Seit einigen Monaten im Training: mittlere Stufen mit Zusatzlast.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comfortable with loaded hinges and squats: the upper rungs.</source>
        <translation>Sicher bei Hüftbeugen und Kniebeugen mit Last: die oberen Stufen.</translation>
    </message>
</context>
<context>
    <name>LogEntry</name>
    <message>
        <location filename="../src/gui/commands/deletelogentrycommand.cpp" line="+13"/>
        <source>Delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <location filename="../src/gui/commands/editlogentrycommand.cpp" line="+13"/>
        <source>Edit</source>
        <translation>bearbeiten</translation>
    </message>
    <message>
        <location filename="../src/gui/commands/logentry.cpp" line="+15"/>
        <source>%1 set of %2 on %3</source>
        <translation>Satz „%2“ vom %3 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 walk on %2</source>
        <translation>Spaziergang vom %2 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 check-in on %2</source>
        <translation>Check-in vom %2 %1</translation>
    </message>
</context>
<context>
    <name>LogEntryDialog</name>
    <message>
        <location filename="../ui/logentrydialog.ui" line="+15"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
</context>
<context>
    <name>LogWalkCommand</name>
    <message>
        <location filename="../src/gui/commands/logwalkcommand.cpp" line="+13"/>
        <source>Log %1-minute walk</source>
        <translation>%1-minütigen Spaziergang eintragen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>MessageBoxPrompts</name>
    <message>
        <location filename="../src/app/messageboxprompts.cpp" line="+14"/>
        <source>Keel is already running</source>
        <translation>Keel läuft bereits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database is damaged</source>
        <translation>Die Datenbank ist beschädigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel can put back the newest backup of this database that passes its check:
%1

The damaged file is kept beside it, ending in .before-restore.</source>
        <translation>Keel kann die neueste Sicherung dieser Datenbank zurückspielen, die ihre Prüfung besteht:
%1

Die beschädigte Datei wird daneben aufbewahrt, mit der Endung .before-restore.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore the backup</source>
        <translation>Sicherung &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Keel could not plan that</source>
        <translation>Keel konnte das nicht planen</translation>
    </message>
</context>
<context>
    <name>MoveSessionCommand</name>
    <message>
        <location filename="../src/gui/commands/movesessioncommand.cpp" line="+31"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>PrescriptionText</name>
    <message>
        <location filename="../src/gui/common/prescriptiontext.cpp" line="+55"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <location line="+45"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message numerus="yes">
        <location line="-53"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>each side</source>
        <translation>je Seite</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>RPE %1</source>
        <translation>RPE %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+34"/>
        <source>pain %1</source>
        <translation>Schmerz %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>first time</source>
        <translation>erstes Mal</translation>
    </message>
</context>
<context>
    <name>ProfileForm</name>
    <message>
        <location filename="../ui/profileform.ui" line="+35"/>
        <source>E&amp;xperience</source>
        <translation>E&amp;rfahrung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Stre&amp;ngth days a week</source>
        <translation>&amp;Krafttage pro Woche</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Two or three strength sessions a week, with rest days between them</source>
        <translation>Zwei oder drei Krafteinheiten pro Woche, mit Ruhetagen dazwischen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>2 days</source>
        <translation>2 Tage</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>3 days</source>
        <translation>3 Tage</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Preferred days</source>
        <translation>An &amp;Tagen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>&amp;Time on a strength day</source>
        <translation>&amp;Zeit pro Krafttag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Walking now</source>
        <translation>Gehe&amp;n derzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>About how many minutes a day you walk now; the plan builds up from there</source>
        <translation>Etwa wie viele Minuten Sie derzeit täglich gehen; der Plan baut darauf auf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min a day</source>
        <translation> min pro Tag</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Units</source>
        <translation>&amp;Maßeinheiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wee&amp;k starts on</source>
        <translation>&amp;Woche beginnt am</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Rest between sets</source>
        <translation>Pa&amp;use zwischen Sätzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>How long the rest timer on Today counts down after a set</source>
        <translation>Wie lange der Pausentimer unter „Heute“ nach einem Satz herunterzählt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Re&amp;covery week every</source>
        <translation>Erh&amp;olungswoche alle</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Every Nth week keeps the exercises and trims one set, so the body catches up</source>
        <translation>Jede N-te Woche behält die Übungen bei und streicht einen Satz, damit der Körper nachkommt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Equip&amp;ment you own</source>
        <translation>Ihre &amp;Ausrüstung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>A wall, a chair and a mat are assumed. Tick with the mouse or the space bar.</source>
        <translation>Eine Wand, ein Stuhl und eine Matte werden vorausgesetzt. Ankreuzen mit der Maus oder der Leertaste.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/gui/exchange/exchangeactions.cpp" line="+82"/>
        <source>Nothing is planned from %1 to %2; the calendar is empty.</source>
        <translation>Von %1 bis %2 ist nichts geplant; der Kalender ist leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location filename="../src/gui/progress/chartexport.cpp" line="+30"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+17"/>
        <source>Could not open %1 for writing: %2</source>
        <translation>%1 konnte nicht zum Schreiben geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Could not write %1: the chart has no picture yet</source>
        <translation>%1 konnte nicht geschrieben werden: Das Diagramm hat noch kein Bild</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not encode %1 as PNG</source>
        <translation>%1 konnte nicht als PNG kodiert werden</translation>
    </message>
</context>
<context>
    <name>Reason</name>
    <message>
        <location filename="../src/gui/common/reasonwords.cpp" line="+72"/>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../src/core/model/reasonphrases.cpp" line="+371"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location filename="../src/core/model/reasonphrases.cpp" line="-345"/>
        <source>pain %1/10 on %2</source>
        <translation>Schmerz %1/10 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain %1/10 on %2 (%3)</source>
        <translation>Schmerz %1/10 am %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain %1/10 on a walk on %2</source>
        <translation>Schmerz %1/10 bei einem Spaziergang am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in %1/10 on %2</source>
        <translation>Morgen-Check-in %1/10 am %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>morning check-in %1/10 on %2, 2+ above your usual %3/10</source>
        <translation>Morgen-Check-in %1/10 am %2, 2+ über Ihren üblichen %3/10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, the morning after %2</source>
        <translation>%1, am Morgen nach %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stepped back: %1</source>
        <translation>zurückgestuft: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: holding (4–5 is the ceiling)</source>
        <translation>%1: gehalten (4–5 ist die Obergrenze)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: holding</source>
        <translation>%1: gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mornings around %1/10 this week: holding until they settle below 4/10</source>
        <translation>Morgenwerte um %1/10 diese Woche: gehalten, bis sie unter 4/10 sinken</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>two sessions in flare-up mode at pain ≤ 3 (%1, %2)</source>
        <translation>zwei Einheiten im Schubmodus mit Schmerz ≤ 3 (%1, %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed: no sets logged, so no progress</source>
        <translation>ausgelassen: keine Sätze eingetragen, daher keine Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the week planned %1 while your rung is %2: holding</source>
        <translation>die Woche plante %1, Ihre Stufe ist aber %2: gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the week planned nothing while your rung is %1: holding</source>
        <translation>die Woche plante nichts, Ihre Stufe ist aber %1: gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing to progress on %1: holding</source>
        <translation>bei %1 gibt es nichts zu steigern: gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: %1 of %2 planned sets of %3 logged</source>
        <translation>wie letzte Woche: %1 von %2 geplanten Sätzen %3 eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: RPE %1 — progress comes when every set feels RPE 8 or easier</source>
        <translation>wie letzte Woche: RPE %1 – gesteigert wird, wenn sich jeder Satz wie RPE 8 oder leichter anfühlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every set reached %1 reps</source>
        <translation>jeder Satz erreichte %1 Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every hold reached %1 s</source>
        <translation>jedes Halten erreichte %1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every carry reached %1 m</source>
        <translation>jedes Tragen erreichte %1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 reps</source>
        <translation>%1 Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at RPE ≤ 8, pain ≤ 3</source>
        <translation>%1 bei RPE ≤ 8, Schmerz ≤ 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 at pain ≤ 3</source>
        <translation>%1 bei Schmerz ≤ 3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: %1 of %2 sets reached %3</source>
        <translation>wie letzte Woche: %1 von %2 Sätzen erreichten %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reps up: %1; now %2–%3 reps</source>
        <translation>mehr Wdh.: %1; jetzt %2–%3 Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>hold +%1 s: %2; now %3 s</source>
        <translation>Halten +%1 s: %2; jetzt %3 s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>carry +%1 m: %2; now %3 m</source>
        <translation>Tragen +%1 m: %2; jetzt %3 m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week</source>
        <translation>wie letzte Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load up to %1 (+%2, the smallest step you can load): %3; back to the bottom of the range</source>
        <translation>Last rauf auf %1 (+%2, der kleinste Schritt, den Sie laden können): %3; wieder unten im Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top load for %1</source>
        <translation>die Höchstlast für %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no top load, so it stays at its start</source>
        <translation>%1 hat keine Höchstlast und bleibt daher bei der Startlast</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the heaviest %1 you own</source>
        <translation>das schwerste Gewicht (%1), das Sie besitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is %2</source>
        <translation>%1 ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>up the ladder from %1 to %2: %3</source>
        <translation>eine Stufe höher von %1 zu %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2, so the next rung you can do</source>
        <translation>%1 braucht %2, daher die nächste Stufe, die Sie machen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next rung, %1, needs %2: progressing by reps instead</source>
        <translation>die nächste Stufe, %1, braucht %2: stattdessen Steigerung über Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of the ladder: progressing by reps instead</source>
        <translation>die oberste Stufe: stattdessen Steigerung über Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the next rung, %1, needs %2</source>
        <translation>die nächste Stufe, %1, braucht %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the top of the ladder</source>
        <translation>die oberste Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one more set: %1</source>
        <translation>ein Satz mehr: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>holding at the top your equipment allows: %1</source>
        <translation>gehalten am Maximum, das Ihre Ausrüstung erlaubt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>load down to %1</source>
        <translation>Last runter auf %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to %1</source>
        <translation>zurück zu %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one set fewer on the gentlest rung</source>
        <translation>ein Satz weniger auf der sanftesten Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to the bottom of the range</source>
        <translation>wieder unten im Bereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already at the gentlest dose, so the same again</source>
        <translation>schon bei der sanftesten Dosis, daher dasselbe noch einmal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 needs %2, which the profile no longer lists: %3 (level %4) instead</source>
        <translation>%1 braucht %2, was das Profil nicht mehr aufführt: stattdessen %3 (Stufe %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>starting level for %1: %2 (level %3)</source>
        <translation>Einstiegsstufe für %1: %2 (Stufe %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is no longer in the catalog, so starting level: %2 (level %3)</source>
        <translation>%1 ist nicht mehr im Katalog, daher Einstiegsstufe: %2 (Stufe %3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min a day (walking baseline %2 min), building by at most 10 % a week toward 30</source>
        <translation>%1 min am Tag (Ausgangswert Gehen %2 min), Aufbau um höchstens 10 % pro Woche bis 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min a day in short bouts (walking baseline %2 min), building by at most 10 % a week toward 30</source>
        <translation>%1 min am Tag in kurzen Etappen (Ausgangswert Gehen %2 min), Aufbau um höchstens 10 % pro Woche bis 30</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>welcome back: %1 weeks without logged strength work (the last on %2), so you start again %n step(s) below where you were and build back up</source>
        <translation>
            <numerusform>willkommen zurück: %1 Wochen ohne eingetragenes Krafttraining (zuletzt am %2), daher beginnen Sie %n Stufe unter Ihrem letzten Stand und bauen wieder auf</numerusform>
            <numerusform>willkommen zurück: %1 Wochen ohne eingetragenes Krafttraining (zuletzt am %2), daher beginnen Sie %n Stufen unter Ihrem letzten Stand und bauen wieder auf</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walks now %1 min a day</source>
        <translation>Spaziergänge jetzt %1 min am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>now %1 min a day</source>
        <translation>jetzt %1 min am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>missed: no walks logged, so no progress</source>
        <translation>ausgelassen: keine Spaziergänge eingetragen, daher keine Steigerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: %1 of %2 days reached %3 min (%4 days build it up)</source>
        <translation>wie letzte Woche: an %1 von %2 Tagen %3 min erreicht (%4 Tage bauen es auf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking 30 min a day: the goal; keep it up (%1 of %2 days reached %3 min)</source>
        <translation>30 min Gehen am Tag: das Ziel; bleiben Sie dran (an %1 von %2 Tagen %3 min erreicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking +%1 min (≤ 10 % a week) toward 30: %2 of %3 days reached %4 min</source>
        <translation>Gehen +%1 min (≤ 10 % pro Woche) Richtung 30: an %2 von %3 Tagen %4 min erreicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from now on one walk instead of short bouts</source>
        <translation>ab jetzt ein Spaziergang statt kurzer Etappen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 pain events within 14 days, the last %2</source>
        <translation>%1 Schmerzereignisse innerhalb von 14 Tagen, zuletzt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode (%1): walks capped at %2 min</source>
        <translation>Schubmodus (%1): Spaziergänge auf %2 min begrenzt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: a graded return to your regular rungs</source>
        <translation>%1: eine schrittweise Rückkehr zu Ihren üblichen Stufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode: holding until two sessions done in flare-up mode are at pain ≤ 3</source>
        <translation>Schubmodus: gehalten, bis zwei Einheiten im Schubmodus bei Schmerz ≤ 3 liegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up over: a graded return over the next weeks to where you were before it</source>
        <translation>Schub vorbei: eine schrittweise Rückkehr in den nächsten Wochen dorthin, wo Sie vorher waren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graded return after the flare-up: holding your usual dose while it lasts</source>
        <translation>schrittweise Rückkehr nach dem Schub: Ihre übliche Dosis wird so lange gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>graded return after the flare-up done: back to your dose from before it</source>
        <translation>schrittweise Rückkehr nach dem Schub abgeschlossen: zurück zu Ihrer Dosis von vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery week: walking holds this week; it builds again after it</source>
        <translation>Erholungswoche: das Gehen bleibt diese Woche gleich; danach wird wieder aufgebaut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery week: no increase this week; progress resumes after it</source>
        <translation>Erholungswoche: diese Woche keine Steigerung; danach geht es weiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>after the recovery week, progress resumes: %1</source>
        <translation>nach der Erholungswoche geht es weiter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>already changed this week: holding</source>
        <translation>diese Woche schon geändert: gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week on this rung</source>
        <translation>erste Woche auf dieser Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week on this rung: %1</source>
        <translation>erste Woche auf dieser Stufe: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>since %1: %2</source>
        <translation>seit %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: nothing new logged to review yet</source>
        <translation>wie letzte Woche: noch nichts Neues eingetragen, das sich auswerten ließe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week on this rung: the starting level for %1 is %2</source>
        <translation>erste Woche auf dieser Stufe: die Einstiegsstufe für %1 ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week on this rung: %1 is no longer in the catalog</source>
        <translation>erste Woche auf dieser Stufe: %1 ist nicht mehr im Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week on this rung: %1 needs %2, which your profile does not list; %3 (level %4) instead</source>
        <translation>erste Woche auf dieser Stufe: %1 braucht %2, was Ihr Profil nicht aufführt; stattdessen %3 (Stufe %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode: gentle options only</source>
        <translation>Schubmodus: nur sanfte Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode since %1: gentle options only</source>
        <translation>Schubmodus seit %1: nur sanfte Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode (%1): gentle options only</source>
        <translation>Schubmodus (%1): nur sanfte Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode since %1 (%2): gentle options only</source>
        <translation>Schubmodus seit %1 (%2): nur sanfte Übungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no flare-up-safe %1 exercise your equipment allows, so the gentlest one you can do</source>
        <translation>keine schubsichere Übung (%1), die Ihre Ausrüstung erlaubt, daher die sanfteste, die Sie machen können</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 in place of %2</source>
        <translation>%1 anstelle von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>graded return after the flare-up (over on %1): %n step(s) below your %2</source>
        <translation>
            <numerusform>schrittweise Rückkehr nach dem Schub (vorbei am %1): %n Stufe unter Ihrer Übung %2</numerusform>
            <numerusform>schrittweise Rückkehr nach dem Schub (vorbei am %1): %n Stufen unter Ihrer Übung %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>graded return after the flare-up (over on %1): %n step(s) below your %2 at %3</source>
        <translation>
            <numerusform>schrittweise Rückkehr nach dem Schub (vorbei am %1): %n Stufe unter Ihrer Übung %2 mit %3</numerusform>
            <numerusform>schrittweise Rückkehr nach dem Schub (vorbei am %1): %n Stufen unter Ihrer Übung %2 mit %3</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to it from %1</source>
        <translation>ab %1 wieder wie zuvor</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n step(s) below from %1</source>
        <translation>
            <numerusform>ab %1 %n Stufe darunter</numerusform>
            <numerusform>ab %1 %n Stufen darunter</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week of walking: %1 min a day, building by at most 10 % a week toward 30</source>
        <translation>erste Woche Gehen: %1 min am Tag, Aufbau um höchstens 10 % pro Woche bis 30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>first week of walking: %1</source>
        <translation>erste Woche Gehen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>same as last week: %1 min a day</source>
        <translation>wie letzte Woche: %1 min am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short walks (at most 15 min)</source>
        <translation>kurze Spaziergänge (höchstens 15 min)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>short walks (at most 15 min): %1 min a day</source>
        <translation>kurze Spaziergänge (höchstens 15 min): %1 min am Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery week: one set fewer</source>
        <translation>Erholungswoche: ein Satz weniger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>second core drill, since your %1 minutes allow it: trunk control from another angle</source>
        <translation>zweite Rumpfübung, weil Ihre %1 Minuten es erlauben: Rumpfkontrolle aus einem anderen Winkel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>accessory, since time allows: %1</source>
        <translation>Ergänzung, weil die Zeit reicht: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s) to fit your %1-minute session</source>
        <translation>
            <numerusform>%n Satz, damit es in Ihre %1-Minuten-Einheit passt</numerusform>
            <numerusform>%n Sätze, damit es in Ihre %1-Minuten-Einheit passt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>cut to %n set(s) for your %1-minute session, which even so runs over (see the week&apos;s note)</source>
        <translation>
            <numerusform>auf %n Satz gekürzt für Ihre %1-Minuten-Einheit, die trotzdem länger dauert (siehe Hinweis der Woche)</numerusform>
            <numerusform>auf %n Sätze gekürzt für Ihre %1-Minuten-Einheit, die trotzdem länger dauert (siehe Hinweis der Woche)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>bout %1 of %2</source>
        <translation>Etappe %1 von %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 added: fewer preferred days (%2) than strength days (%3)</source>
        <translation>%1 hinzugefügt: weniger bevorzugte Tage (%2) als Krafttage (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to back with %1: your preferred days leave no rest day between</source>
        <translation>direkt nach %1: Ihre bevorzugten Tage lassen keinen Ruhetag dazwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>back to back with last week&apos;s %1: your preferred days leave no rest day between</source>
        <translation>direkt nach dem %1 der Vorwoche: Ihre bevorzugten Tage lassen keinen Ruhetag dazwischen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warm-up before lifting: %1</source>
        <translation>Aufwärmen vor dem Krafttraining: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the rest of today&apos;s mobility: %1</source>
        <translation>der Rest der heutigen Mobilität: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 day (mobility alternates hip and thoracic), %2 min of mobility today</source>
        <translation>Schwerpunkt: %1 (die Mobilität wechselt zwischen Hüfte und Brustwirbelsäule), heute %2 min Mobilität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flare-up mode: gentle drills</source>
        <translation>Schubmodus: sanfte Übungen</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n preferred day(s) for %1 strength days: added %2</source>
        <translation>
            <numerusform>%n bevorzugter Tag für %1 Krafttage: hinzugefügt %2</numerusform>
            <numerusform>%n bevorzugte Tage für %1 Krafttage: hinzugefügt %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength days back to back (%1): your preferred days (%2) leave no rest day between them; keep those sessions light and stop if your back protests</source>
        <translation>Krafttage direkt hintereinander (%1): Ihre bevorzugten Tage (%2) lassen keinen Ruhetag dazwischen; halten Sie diese Einheiten leicht und hören Sie auf, wenn Ihr Rücken protestiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>planned from %1 on: %n strength day(s) for the rest of the week</source>
        <translation>
            <numerusform>geplant ab %1: %n Krafttag für den Rest der Woche</numerusform>
            <numerusform>geplant ab %1: %n Krafttage für den Rest der Woche</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength days back to back (%1): the days left this week leave no rest day between them; keep those sessions light</source>
        <translation>Krafttage direkt hintereinander (%1): die übrigen Tage dieser Woche lassen keinen Ruhetag dazwischen; halten Sie diese Einheiten leicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength back to back across the week boundary (%1 and %2): your preferred days (%3) leave no rest day between them; keep those sessions light and stop if your back protests</source>
        <translation>Krafttraining direkt hintereinander über die Wochengrenze (%1 und %2): Ihre bevorzugten Tage (%3) lassen keinen Ruhetag dazwischen; halten Sie diese Einheiten leicht und hören Sie auf, wenn Ihr Rücken protestiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>strength sessions take about %1 min (a %2-minute warm-up, then the lifts with %3 s rests), more than your %4 minutes even at one set each: the four patterns always go in, so allow about %1 min on strength days or shorten the rest timer</source>
        <translation>Krafteinheiten dauern etwa %1 min (%2 Minuten Aufwärmen, dann die Übungen mit %3 s Pause), mehr als Ihre %4 Minuten selbst mit einem Satz je Übung: die vier Bewegungsmuster sind immer dabei, planen Sie also an Krafttagen etwa %1 min ein oder verkürzen Sie den Pausentimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recovery week (every %1 weeks): the same exercises with one set fewer, so the body can absorb the last weeks</source>
        <translation>Erholungswoche (alle %1 Wochen): dieselben Übungen mit einem Satz weniger, damit der Körper die letzten Wochen verarbeiten kann</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, mobility and short walks</source>
        <translation>%1, Mobilität und kurze Spaziergänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date %1: entries can be logged up to tomorrow (%2), not later</source>
        <translation>Datum %1: Einträge sind bis morgen (%2) möglich, nicht später</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise %1: %2 is walking; log it as a walk, not as a set</source>
        <translation>Übung %1: %2 ist Gehen; tragen Sie es als Spaziergang ein, nicht als Satz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reps %1: %2 is measured in %3, not reps</source>
        <translation>Wiederholungen %1: %2 wird in %3 gemessen, nicht in Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds %1: %2 is measured in %3, not seconds</source>
        <translation>Sekunden %1: %2 wird in %3 gemessen, nicht in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres %1: %2 is measured in %3, not metres</source>
        <translation>Meter %1: %2 wird in %3 gemessen, nicht in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+182"/>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="-181"/>
        <source>seconds held</source>
        <translation>gehaltenen Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres carried</source>
        <translation>getragenen Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+222"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-221"/>
        <source>reps %1: a set of %2 needs at least 1 rep</source>
        <translation>Wiederholungen %1: ein Satz %2 braucht mindestens 1 Wiederholung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds %1: a set of %2 needs at least 1 second</source>
        <translation>Sekunden %1: ein Satz %2 braucht mindestens 1 Sekunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>metres %1: a set of %2 needs a distance above 0</source>
        <translation>Meter %1: ein Satz %2 braucht eine Strecke über 0</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n sets of exercises that are no longer in the catalog are not counted.</source>
        <translation>
            <numerusform>%n Satz einer Übung, die nicht mehr im Katalog steht, wird nicht gezählt.</numerusform>
            <numerusform>%n Sätze von Übungen, die nicht mehr im Katalog stehen, werden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longest walk: %1 min on %2.</source>
        <translation>Längster Spaziergang: %1 min am %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point is one week, drawn on its first day: the worst session pain and the average morning check-in.</source>
        <translation>Jeder Punkt ist eine Woche, eingezeichnet an ihrem ersten Tag: der stärkste Schmerz im Training und der durchschnittliche Morgen-Check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each point is one month, drawn on its first day: the worst session pain and the average morning check-in.</source>
        <translation>Jeder Punkt ist ein Monat, eingezeichnet an seinem ersten Tag: der stärkste Schmerz im Training und der durchschnittliche Morgen-Check-in.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session pain is the worst pain logged in a set or a walk that day.</source>
        <translation>Schmerz im Training ist der stärkste Schmerz, der an diesem Tag bei einem Satz oder einem Spaziergang eingetragen wurde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+24"/>
        <location line="+76"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More reps</source>
        <translation>Mehr Wdh.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer hold</source>
        <translation>Länger halten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer carry</source>
        <translation>Weiter tragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load up</source>
        <translation>Mehr Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Up the ladder</source>
        <translation>Eine Stufe höher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Longer walks</source>
        <translation>Längere Spaziergänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Gehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stepped back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Flare-up over</source>
        <translation>Schub vorbei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walking %1 min a day</source>
        <translation>täglich %1 Min. gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1</source>
        <translation>%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 @ %2</source>
        <translation>%1 mit %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 @ %3</source>
        <translation>%1 %2 mit %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fields where the header has %2 (is the file cut short, or written with another delimiter?)</source>
        <translation>%1 Felder, wo die Kopfzeile %2 hat (ist die Datei abgeschnitten oder mit einem anderen Trennzeichen geschrieben?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a row longer than %1 MiB; this is not a CSV export (or a quote is never closed)</source>
        <translation>eine Zeile länger als %1 MiB; dies ist kein CSV-Export (oder ein Anführungszeichen wird nie geschlossen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a quoted field is never closed (is the file cut short?)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>text after the closing quote of field %1</source>
        <translation>Text nach dem schließenden Anführungszeichen von Feld %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is out of range</source>
        <translation>„%1“ liegt außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is not a whole number</source>
        <translation>%1 %2 ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a time like 0:01:30</source>
        <translation>„%1“ ist keine Zeit wie 0:01:30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is longer than a day</source>
        <translation>%1 %2 ist länger als ein Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a weight unit (kg or lbs)</source>
        <translation>„%1“ ist keine Gewichtseinheit (kg oder lbs)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a distance unit (m, km, mi or ft)</source>
        <translation>„%1“ ist keine Längeneinheit (m, km, mi oder ft)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2 is above 10</source>
        <translation>%1 %2 liegt über 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an empty set: no weight, reps, time or distance</source>
        <translation>ein leerer Satz: kein Gewicht, keine Wiederholungen, keine Zeit und keine Strecke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exercise name</source>
        <translation>kein Übungsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a format Keel can import (Strong, Hevy or FitNotes CSV, GPX, Keel JSON); the header reads &quot;%1&quot;</source>
        <translation>kein Format, das Keel importieren kann (Strong-, Hevy- oder FitNotes-CSV, GPX, Keel-JSON); die Kopfzeile lautet „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an XML file that is not GPX</source>
        <translation>eine XML-Datei, die kein GPX ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a Keel JSON backup is restored with JsonBackup, not read as rows</source>
        <translation>eine Keel-JSON-Sicherung wird mit JsonBackup wiederhergestellt, nicht als Zeilen gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Strong export: the header lacks Exercise Name or Set Order</source>
        <translation>kein Strong-Export: der Kopfzeile fehlt Exercise Name oder Set Order</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date like 2026-04-07 10:14:00</source>
        <translation>„%1“ ist kein Datum wie 2026-04-07 10:14:00</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set order &quot;%1&quot; is not a set (a number, W, D or F)</source>
        <translation>Satzreihenfolge „%1“ ist kein Satz (eine Zahl, W, D oder F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Hevy export: the header lacks exercise_title or set_type</source>
        <translation>kein Hevy-Export: der Kopfzeile fehlt exercise_title oder set_type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a date like 7 Apr 2026, 10:14</source>
        <translation>„%1“ ist kein Datum wie 7 Apr 2026, 10:14</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no exercise_title</source>
        <translation>kein exercise_title</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not normal, warmup, failure or dropset</source>
        <translation>„%1“ ist weder normal, warmup, failure noch dropset</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a FitNotes export: the header lacks Exercise, Category or Weight</source>
        <translation>kein FitNotes-Export: der Kopfzeile fehlt Exercise, Category oder Weight</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dates such as &quot;%1&quot; could be day/month or month/day; say which with --dates dmy or --dates mdy</source>
        <translation>Daten wie „%1“ können Tag/Monat oder Monat/Tag sein; geben Sie die Reihenfolge mit --dates dmy oder --dates mdy an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>out of memory starting the XML parser</source>
        <translation>kein Speicher mehr beim Starten des XML-Parsers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not well-formed XML: %1</source>
        <translation>kein wohlgeformtes XML: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the root element is &lt;%1&gt;, not &lt;gpx&gt;</source>
        <translation>das Wurzelelement ist &lt;%1&gt;, nicht &lt;gpx&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;trkpt&gt; outside any &lt;trk&gt;</source>
        <translation>ein &lt;trkpt&gt; außerhalb jedes &lt;trk&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a &lt;trkpt&gt; without a valid lat and lon</source>
        <translation>ein &lt;trkpt&gt; ohne gültige lat und lon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;time&gt; &quot;%1&quot; is not an ISO 8601 timestamp</source>
        <translation>&lt;time&gt; „%1“ ist kein Zeitstempel nach ISO 8601</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the GPX file has no &lt;trk&gt; tracks</source>
        <translation>die GPX-Datei hat keine &lt;trk&gt;-Tracks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track %1</source>
        <translation>Track %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>track &quot;%1&quot;</source>
        <translation>Track „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no timestamps, so its date and duration are unknown</source>
        <translation>%1 hat keine Zeitstempel, daher sind Datum und Dauer unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 lasts under a minute</source>
        <translation>%1 dauert weniger als eine Minute</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not a Keel backup: &quot;format&quot; is not &quot;keel-backup&quot;</source>
        <translation>keine Keel-Sicherung: „format“ ist nicht „keel-backup“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup has no valid &quot;format_version&quot;</source>
        <translation>die Sicherung hat keine gültige „format_version“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s format_version %1 is newer than this Keel reads (%2); update Keel</source>
        <translation>die format_version %1 der Sicherung ist neuer, als dieses Keel lesen kann (%2); aktualisieren Sie Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup has no &quot;tables&quot; object</source>
        <translation>die Sicherung hat kein „tables“-Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s &quot;catalog_files&quot; is not an object of file names and texts</source>
        <translation>„catalog_files“ der Sicherung ist kein Objekt aus Dateinamen und Texten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s catalog file name &quot;%1&quot; is not a plain NAME.json</source>
        <translation>der Katalogdateiname „%1“ der Sicherung ist kein einfaches NAME.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup&apos;s catalog file %1 is not text</source>
        <translation>die Katalogdatei %1 der Sicherung ist kein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup holds an unknown table &quot;%1&quot;</source>
        <translation>die Sicherung enthält eine unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1 in the backup is not an array of rows</source>
        <translation>Tabelle %1 in der Sicherung ist keine Liste von Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row %2 is not an object</source>
        <translation>%1, Zeile %2, ist kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row %2 has a %3 that is not text</source>
        <translation>%1, Zeile %2, hat ein %3, das kein Text ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row %2 has no valid %3</source>
        <translation>%1, Zeile %2, hat kein gültiges %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row %2 has a %3 that is not a number</source>
        <translation>%1, Zeile %2, hat ein %3, das keine Zahl ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 row %2 has a %3 of %4, out of range</source>
        <translation>%1, Zeile %2, hat ein %3 von %4, außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot be read for the backup</source>
        <translation>%1: kann für die Sicherung nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot be listed for the backup: %2</source>
        <translation>%1: kann für die Sicherung nicht aufgelistet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the backup holds the catalog file %1, and %2 already exists; move it away (or merge the two by hand) and restore again</source>
        <translation>die Sicherung enthält die Katalogdatei %1, und %2 gibt es bereits; verschieben Sie sie (oder führen Sie beide von Hand zusammen) und stellen Sie erneut wieder her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot be created: %2</source>
        <translation>%1: kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: cannot be written</source>
        <translation>%1: kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database already holds data; restore into a new database (--db NEW.db), or add --merge to add this backup&apos;s sets, walks and check-ins to it</source>
        <translation>die Datenbank enthält bereits Daten; stellen Sie in eine neue Datenbank wieder her (--db NEU.db), oder fügen Sie mit --merge die Sätze, Spaziergänge und Check-ins dieser Sicherung hinzu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>comma-separated, no unit columns</source>
        <translation>kommagetrennt, ohne Einheitenspalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated with unit columns and workout duration</source>
        <translation>semikolongetrennt, mit Einheitenspalten und Trainingsdauer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>semicolon-separated with unit columns (older, no duration)</source>
        <translation>semikolongetrennt, mit Einheitenspalten (älter, ohne Dauer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights in kg, km</source>
        <translation>Gewichte in kg, km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights in kg, miles</source>
        <translation>Gewichte in kg, Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights in lb, km</source>
        <translation>Gewichte in lb, km</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weights in lb, miles</source>
        <translation>Gewichte in lb, Meilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Weight Unit column</source>
        <translation>Spalte Weight Unit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unit in the weight column&apos;s name</source>
        <translation>Einheit im Namen der Gewichtsspalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>month/day dates</source>
        <translation>Datumsangaben Monat/Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>day/month dates</source>
        <translation>Datumsangaben Tag/Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ISO dates</source>
        <translation>ISO-Datumsangaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>GPX 1.1 tracks</source>
        <translation>GPX-1.1-Tracks</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>nothing was saved</source>
        <translation>nichts wurde gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was restored</source>
        <translation>nichts wurde wiederhergestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing was changed</source>
        <translation>nichts wurde geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>run keel-cli check</source>
        <translation>führen Sie keel-cli check aus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is busy: another program holds it (%2)</source>
        <translation>%1 ist belegt: ein anderes Programm verwendet die Datei (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the disk holding %1 is full</source>
        <translation>der Datenträger mit %1 ist voll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot write to %1: %2</source>
        <translation>%1 kann nicht beschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>refused by the database: %1</source>
        <translation>von der Datenbank abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the database holds a value Keel cannot read (%1 = &quot;%2&quot;)</source>
        <translation>die Datenbank enthält einen Wert, den Keel nicht lesen kann (%1 = „%2“)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is damaged (%2); it was not opened or changed. %3</source>
        <translation>%1 ist beschädigt (%2); die Datei wurde weder geöffnet noch geändert. %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It is not a Keel database at all, so no backup is offered for it; check the path</source>
        <translation>Es ist überhaupt keine Keel-Datenbank, daher wird keine Sicherung dafür angeboten; prüfen Sie den Pfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The newest good backup of it is %1</source>
        <translation>Die neueste intakte Sicherung davon ist %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No good backup of it was found in %1</source>
        <translation>In %1 wurde keine intakte Sicherung davon gefunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is marked as Keel&apos;s but has schema version %1</source>
        <translation>sie ist als Keel-Datenbank markiert, hat aber die Schemaversion %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quick_check: %1</source>
        <translation>quick_check: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>quick_check: %1 and %2 more problems</source>
        <translation>quick_check: %1 und %2 weitere Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check: %1</source>
        <translation>Integritätsprüfung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>integrity check: %1 and %2 more problems</source>
        <translation>Integritätsprüfung: %1 und %2 weitere Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot recover %1 from its interrupted transaction: %2</source>
        <translation>%1 kann nach der unterbrochenen Transaktion nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was written by a newer Keel (schema version %2, this build knows up to %3); it was not opened or changed. Update Keel to use it</source>
        <translation>%1 wurde von einer neueren Keel-Version geschrieben (Schemaversion %2, diese Version kennt bis %3); die Datei wurde weder geöffnet noch geändert. Aktualisieren Sie Keel, um sie zu verwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a Keel database (application_id %2); it was not opened or changed</source>
        <translation>%1 ist keine Keel-Datenbank (application_id %2); die Datei wurde weder geöffnet noch geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folder %1 is not writable</source>
        <translation>Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder, not a file</source>
        <translation>es ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file (a pipe or a device?)</source>
        <translation>es ist keine reguläre Datei (eine Pipe oder ein Gerät?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create database %1: %2</source>
        <translation>Datenbank %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot use write-ahead logging on %1 (journal mode stays %2)</source>
        <translation>Write-Ahead-Logging ist für %1 nicht möglich (der Journalmodus bleibt %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot read database %1: %2</source>
        <translation>Datenbank %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it does not exist</source>
        <translation>sie existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is not a regular file</source>
        <translation>sie ist keine reguläre Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the file is not readable</source>
        <translation>die Datei ist nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it holds no Keel logbook yet</source>
        <translation>sie enthält noch kein Keel-Trainingsbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it was written by an older Keel (schema version %1) and needs an upgrade, which needs write access to the file and its folder</source>
        <translation>sie wurde von einer älteren Keel-Version geschrieben (Schemaversion %1) und muss aktualisiert werden; dafür ist Schreibzugriff auf die Datei und ihren Ordner nötig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot upgrade %1 without a backup first: %2</source>
        <translation>%1 kann ohne vorherige Sicherung nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot be sure the change reached the disk holding %1 (%2 while flushing it); it may be there after a restart, so check before entering it again</source>
        <translation>es ist nicht sicher, dass die Änderung den Datenträger mit %1 erreicht hat (%2 beim Schreiben auf den Datenträger); nach einem Neustart ist sie vielleicht vorhanden, prüfen Sie das also, bevor Sie sie erneut eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>backup to %1 failed: %2</source>
        <translation>Sicherung nach %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot open %1 to flush it</source>
        <translation>%1 kann nicht zum Schreiben auf den Datenträger geöffnet werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>flushing %1 to disk failed</source>
        <translation>%1 konnte nicht auf den Datenträger geschrieben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>that is the database itself or one of its -wal, -shm or -journal files</source>
        <translation>das ist die Datenbank selbst oder eine ihrer -wal-, -shm- oder -journal-Dateien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot move the finished copy into place</source>
        <translation>die fertige Kopie kann nicht an ihren Platz verschoben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot create folder %1: %2</source>
        <translation>Ordner %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot restore %1 from %2: the backup is of another database (its id is %3, this one&apos;s is %4)</source>
        <translation>%1 kann nicht aus %2 wiederhergestellt werden: die Sicherung stammt von einer anderen Datenbank (ihre ID ist %3, die dieser Datenbank %4)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot restore from %1: %2</source>
        <translation>aus %1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot restore to %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>copying %1 failed: %2</source>
        <translation>Kopieren von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot move it aside: %1</source>
        <translation>die Datei kann nicht beiseitegelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot move its WAL aside (%1)</source>
        <translation>ihre WAL-Datei kann nicht beiseitegelegt werden (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old file is at %1</source>
        <translation>die alte Datei liegt unter %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the restored file is in place but a power cut now could undo that</source>
        <translation>die wiederhergestellte Datei ist an ihrem Platz, doch ein Stromausfall könnte das jetzt noch rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the old file is also kept at %1</source>
        <translation>die alte Datei wird außerdem unter %1 aufbewahrt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1 holds a binary value in %2</source>
        <translation>Tabelle %1 enthält einen Binärwert in %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;tables&quot; is not an object</source>
        <translation>„tables“ ist kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown table &quot;%1&quot;</source>
        <translation>unbekannte Tabelle „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1 is not an array of rows</source>
        <translation>Tabelle %1 ist keine Liste von Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>table %1, row %2</source>
        <translation>Tabelle %1, Zeile %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not an object</source>
        <translation>%1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has no columns</source>
        <translation>%1 hat keine Spalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: unknown column &quot;%2&quot;</source>
        <translation>%1: unbekannte Spalte „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: column %2 holds %3, too large to store</source>
        <translation>%1: Spalte %2 enthält %3, zu groß zum Speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: column %2 holds %3, not a value</source>
        <translation>%1: Spalte %2 enthält %3, keinen Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile: %1</source>
        <translation>Profil: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>profile: equipment name &quot;%1&quot; is not valid</source>
        <translation>Profil: der Ausrüstungsname „%1“ ist ungültig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progression event date %1 is out of range</source>
        <translation>das Datum %1 des Progressionsereignisses liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>progression state filed under %1 is for %2</source>
        <translation>der unter %1 abgelegte Progressionsstand gehört zu %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walk minutes</source>
        <translation>Gehminuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2%3 is outside %4–%5%3</source>
        <translation>%1 %2%3 liegt außerhalb von %4–%5%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 is not a number</source>
        <translation>%1 ist keine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2%3 is negative</source>
        <translation>%1 %2%3 ist negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>date %1 is outside the years %2–%3</source>
        <translation>Datum %1 liegt außerhalb der Jahre %2–%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note: %1 at byte %2; notes must be readable text on one line</source>
        <translation>Notiz: %1 bei Byte %2; Notizen müssen lesbarer Text in einer Zeile sein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>note is %1 characters long; the limit is %2</source>
        <translation>die Notiz ist %1 Zeichen lang; erlaubt sind höchstens %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned item %1 does not exist</source>
        <translation>der geplante Eintrag %1 existiert nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no set with id %1</source>
        <translation>es gibt keinen Satz mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no walk with id %1</source>
        <translation>es gibt keinen Spaziergang mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set id %1 is not a stored id</source>
        <translation>die Satz-ID %1 ist keine gespeicherte ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>walk id %1 is not a stored id</source>
        <translation>die Spaziergang-ID %1 ist keine gespeicherte ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a set with id %1 already exists</source>
        <translation>ein Satz mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a walk with id %1 already exists</source>
        <translation>ein Spaziergang mit der ID %1 existiert bereits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>exercise is empty</source>
        <translation>die Übung ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan week %1 is out of range</source>
        <translation>die Planwoche %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>session on %1 lies outside the week %2–%3</source>
        <translation>die Einheit am %1 liegt außerhalb der Woche %2–%3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a planned item on %1 has no exercise</source>
        <translation>ein geplanter Eintrag am %1 hat keine Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned sets %1 for %2 is negative</source>
        <translation>die geplanten Sätze %1 für %2 sind negativ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned load for %1 is outside 0–1000 kg</source>
        <translation>die geplante Last für %1 liegt außerhalb von 0–1000 kg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no planned session with id %1</source>
        <translation>es gibt keine geplante Einheit mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>cannot move the session to %1: it must stay in the week %2–%3</source>
        <translation>die Einheit kann nicht auf den %1 verschoben werden: sie muss in der Woche %2–%3 bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the new exercise is empty</source>
        <translation>die neue Übung ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no planned item with id %1</source>
        <translation>es gibt keinen geplanten Eintrag mit der ID %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>planned item %1 (%2) already has logged sets; log the other exercise instead of swapping</source>
        <translation>für den geplanten Eintrag %1 (%2) sind schon Sätze eingetragen; tragen Sie die andere Übung ein, statt zu tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an imported row has no source key</source>
        <translation>eine importierte Zeile hat keinen Quellschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported row %1: %2</source>
        <translation>importierte Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported exercise id &quot;%1&quot; does not start with &quot;imported:&quot;</source>
        <translation>die ID „%1“ der importierten Übung beginnt nicht mit „imported:“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>imported exercise %1 has no name</source>
        <translation>die importierte Übung %1 hat keinen Namen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the imported name to remember is empty</source>
        <translation>der zu merkende importierte Name ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a catalog exercise id</source>
        <translation>„%1“ ist keine Übungs-ID aus dem Katalog</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>there is no imported exercise %1</source>
        <translation>es gibt keine importierte Übung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no profile yet: run keel-cli profile set … (or the first-run dialog) first</source>
        <translation>noch kein Profil: führen Sie zuerst keel-cli profile set … aus (oder den Einrichtungsdialog beim ersten Start)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>weeks must be between 1 and 52, got %1</source>
        <translation>die Anzahl der Wochen muss zwischen 1 und 52 liegen, angegeben wurde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown exercise &quot;%1&quot; (see keel-cli catalog list)</source>
        <translation>unbekannte Übung „%1“ (siehe keel-cli catalog list)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the catalog has no %1 exercise that the profile&apos;s equipment (%2) allows: add one to catalog.d or add equipment with `keel-cli profile set --equipment …`</source>
        <translation>der Katalog hat keine Übung für %1, die die Ausrüstung des Profils (%2) erlaubt: fügen Sie eine in catalog.d hinzu oder ergänzen Sie Ausrüstung mit `keel-cli profile set --equipment …`</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>plan JSON %1: %2</source>
        <translation>Plan-JSON %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>expected an array</source>
        <translation>erwartet wurde eine Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a string</source>
        <translation>erwartet wurde ein Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected true or false</source>
        <translation>erwartet wurde true oder false</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected an integer</source>
        <translation>erwartet wurde eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a number</source>
        <translation>erwartet wurde eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected a date YYYY-MM-DD</source>
        <translation>erwartet wurde ein Datum JJJJ-MM-TT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>expected [min, max]</source>
        <translation>erwartet wurde [min, max]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>unknown value &quot;%1&quot;</source>
        <translation>unbekannter Wert „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>RecordText</name>
    <message numerus="yes">
        <location filename="../src/gui/today/recordtext.cpp" line="+17"/>
        <source>new best: %1 for %n rep(s) (was %2)</source>
        <translation>
            <numerusform>neue Bestleistung: %1 für %n Wiederholung (vorher %2)</numerusform>
            <numerusform>neue Bestleistung: %1 für %n Wiederholungen (vorher %2)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new best estimated 1RM (Epley): %1 (was %2)</source>
        <translation>neue Bestleistung beim geschätzten 1RM (Epley): %1 (vorher %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>new longest hold: %1 (was %2)</source>
        <translation>neue längste Haltezeit: %1 (vorher %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>new longest walk: %1 min (was %2 min)</source>
        <translation>neuer längster Spaziergang: %1 min (vorher %2 min)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1RM (Epley) %1</source>
        <translation>1RM (Epley) %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n rep(s) in a set</source>
        <translation>
            <numerusform>%n Wiederholung in einem Satz</numerusform>
            <numerusform>%n Wiederholungen in einem Satz</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hold %1</source>
        <translation>Haltezeit %1</translation>
    </message>
</context>
<context>
    <name>RegenerateWeekCommand</name>
    <message>
        <location filename="../src/gui/commands/regenerateweekcommand.cpp" line="+16"/>
        <source>Re-plan the week of %1</source>
        <translation>Woche vom %1 neu planen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../src/core/report/chartbuilding.cpp" line="+112"/>
        <source>Log two weeks to see a trend.</source>
        <translation>Tragen Sie zwei Wochen lang etwas ein, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log in two months to see a trend.</source>
        <translation>Tragen Sie in zwei Monaten etwas ein, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/consistencychart.cpp" line="+168"/>
        <source>Generate a plan and log a week to see how consistent you are.</source>
        <translation>Erstellen Sie einen Plan und tragen Sie eine Woche ein, um zu sehen, wie regelmäßig Sie trainieren.</translation>
    </message>
    <message>
        <location filename="../src/core/report/exercisecharts.cpp" line="+52"/>
        <location line="+58"/>
        <source>Working load</source>
        <translation>Arbeitslast</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Best reps</source>
        <translation>Meiste Wdh.</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Longest hold</source>
        <translation>Längstes Halten</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>s</source>
        <translation>s</translation>
    </message>
    <message>
        <location line="-56"/>
        <location line="+58"/>
        <source>Longest carry</source>
        <translation>Längstes Tragen</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+58"/>
        <source>m</source>
        <translation>m</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>Log this exercise on two days to see a trend.</source>
        <translation>Tragen Sie diese Übung an zwei Tagen ein, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location filename="../src/core/report/weeklycharts.cpp" line="+113"/>
        <source>Walked</source>
        <translation>Gegangen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <location filename="../src/core/report/weeklycharts.cpp" line="+1"/>
        <location line="+2"/>
        <location line="+2"/>
        <location line="+41"/>
        <location line="+2"/>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../src/core/report/weeklycharts.cpp" line="-44"/>
        <source>Longest walk</source>
        <translation>Längster Spaziergang</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Rung on the ladder</source>
        <translation>Stufe auf der Leiter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Log this pattern on two days to see a trend.</source>
        <translation>Tragen Sie dieses Bewegungsmuster an zwei Tagen ein, um einen Verlauf zu sehen.</translation>
    </message>
    <message>
        <location filename="../src/core/report/progresschart.h" line="+82"/>
        <source>%1 planned</source>
        <translation>%1 geplant</translation>
    </message>
    <message>
        <location filename="../src/core/report/weeklycharts.cpp" line="-86"/>
        <source>Sets per pattern</source>
        <translation>Sätze je Bewegungsmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets per week</source>
        <translation>Sätze pro Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sets per month</source>
        <translation>Sätze pro Monat</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+87"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="-70"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <source>minutes per week</source>
        <translation>Minuten pro Woche</translation>
    </message>
    <message>
        <location line="-38"/>
        <location line="+39"/>
        <source>minutes per month</source>
        <translation>Minuten pro Monat</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Plan target</source>
        <translation>Planziel</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+29"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>pain /10</source>
        <translation>Schmerz /10</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Worst session pain</source>
        <translation>Stärkster Schmerz im Training</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Session pain</source>
        <translation>Schmerz im Training</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>/10</source>
        <translation>/10</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Average check-in</source>
        <translation>Check-in im Schnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>3/10: fine</source>
        <translation>3/10: in Ordnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>5/10: ceiling</source>
        <translation>5/10: Obergrenze</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Log pain on two days to see a trend.</source>
        <translation>Tragen Sie an zwei Tagen Schmerz ein, um einen Verlauf zu sehen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.ui" line="+18"/>
        <source>&lt;h2&gt;Profile and settings&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Profil und Einstellungen&lt;/h2&gt;</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Saving re-plans this week and the weeks after it. Days already past and everything you logged stay as they are. Undo puts the old profile and plan back.</source>
        <translation>Beim Speichern werden diese Woche und die folgenden Wochen neu geplant. Vergangene Tage und alles, was Sie eingetragen haben, bleiben unverändert. „Rückgängig“ stellt das alte Profil und den alten Plan wieder her.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the form back to the saved profile</source>
        <translation>Formular auf das gespeicherte Profil zurücksetzen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save and re-plan</source>
        <translation>Speichern und neu &amp;planen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Look</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Appearance</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Light or dark colours, or whatever the desktop uses; applied at once and remembered</source>
        <translation>Helle oder dunkle Farben oder die der Arbeitsumgebung; gilt sofort und wird gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Daily backups</source>
        <translation>Tägliche Sicherungen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of the database to a file you choose</source>
        <translation>Eine Kopie der Datenbank in eine Datei Ihrer Wahl schreiben</translation>
    </message>
</context>
<context>
    <name>StoreCommand</name>
    <message>
        <location filename="../src/gui/commands/storecommand.cpp" line="+40"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>SwapExerciseCommand</name>
    <message>
        <location filename="../src/gui/commands/swapexercisecommand.cpp" line="+32"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
</context>
<context>
    <name>UndoPush</name>
    <message>
        <location filename="../src/gui/commands/undopush.cpp" line="+40"/>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be saved.

%2</source>
        <translation>%1 konnte nicht gespeichert werden.

%2</translation>
    </message>
</context>
<context>
    <name>UnitFormat</name>
    <message>
        <location filename="../src/gui/common/unitformat.cpp" line="+31"/>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
</context>
<context>
    <name>WeekPrint</name>
    <message>
        <location filename="../src/gui/exchange/weekprint.cpp" line="+62"/>
        <source>Keel: week of %1 to %2</source>
        <translation>Keel: Woche von %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing is planned for this week.</source>
        <translation>Für diese Woche ist nichts geplant.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A flare-up week: everything is eased off.</source>
        <translation>Eine Schubwoche: Alles ist zurückgefahren.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery week: lighter on purpose.</source>
        <translation>Eine Erholungswoche: bewusst leichter.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Warm-up: %1</source>
        <translation>Aufwärmen: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1, %2 times</source>
        <translation>%1, %2-mal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+11"/>
        <source>%1: cannot be written: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Keel week of %1</source>
        <translation>Keel-Woche ab %1</translation>
    </message>
</context>
<context>
    <name>keel::app::DesktopPresence</name>
    <message>
        <location filename="../src/app/desktoppresence.cpp" line="+28"/>
        <source>Open Keel</source>
        <translation>Keel öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quit Keel</source>
        <translation>Keel beenden</translation>
    </message>
</context>
<context>
    <name>keel::gui::CatalogModel</name>
    <message>
        <location filename="../src/gui/catalog/catalogmodel.cpp" line="+85"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pattern</source>
        <translation>Bewegungsmuster</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Focus</source>
        <translation>Schwerpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
</context>
<context>
    <name>keel::gui::CatalogPane</name>
    <message>
        <location filename="../src/gui/catalog/catalogpane.cpp" line="+71"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pattern</source>
        <translation>Bewegungs&amp;muster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ocus</source>
        <translation>Schwer&amp;punkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Level</source>
        <translation>S&amp;tufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;quipment</source>
        <translation>&amp;Ausrüstung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Name, cue or tag, e.g. “bridge” or “desk”</source>
        <translation>Name, Hinweis oder Schlagwort, z. B. „bridge“ oder „desk“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All patterns</source>
        <translation>Alle Bewegungsmuster</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any focus</source>
        <translation>Alle Schwerpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Any level</source>
        <translation>Alle Stufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any equipment</source>
        <translation>Jede Ausrüstung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment I own</source>
        <translation>Meine Ausrüstung</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Flare-up safe only</source>
        <translation>Nur schubsichere Übungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only exercises gentle enough for a bad back day</source>
        <translation>Nur Übungen, die sanft genug für einen schlechten Rückentag sind</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The catalog is empty</source>
        <translation>Der Katalog ist leer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel found no exercise files. Check that data/catalog is installed, or add your own files to catalog.d beside the database.</source>
        <translation>Keel hat keine Übungsdateien gefunden. Prüfen Sie, ob data/catalog installiert ist, oder legen Sie eigene Dateien in catalog.d neben der Datenbank ab.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No exercise matches</source>
        <translation>Keine passende Übung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Try fewer words in the search, or press “Clear filters” to see all %n exercise(s).</source>
        <translation>
            <numerusform>Versuchen Sie weniger Suchbegriffe, oder klicken Sie auf „Filter zurücksetzen“, um die %n Übung zu sehen.</numerusform>
            <numerusform>Versuchen Sie weniger Suchbegriffe, oder klicken Sie auf „Filter zurücksetzen“, um alle %n Übungen zu sehen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::gui::ChartPanel</name>
    <message>
        <location filename="../src/gui/progress/chartpanel.cpp" line="+50"/>
        <source>Save picture…</source>
        <translation>Bild speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the %1 chart as a PNG picture</source>
        <translation>Diagramm „%1“ als PNG-Bild speichern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save table…</source>
        <translation>Tabelle speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the %1 table as CSV</source>
        <translation>Tabelle „%1“ als CSV speichern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 table</source>
        <translation>Tabelle „%1“</translation>
    </message>
    <message>
        <location line="+158"/>
        <source>Save %1 chart</source>
        <translation>Diagramm „%1“ speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PNG pictures (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Picture not saved</source>
        <translation>Bild nicht gespeichert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save %1 table</source>
        <translation>Tabelle „%1“ speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV tables (*.csv)</source>
        <translation>CSV-Tabellen (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Table not saved</source>
        <translation>Tabelle nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>keel::gui::ChartView</name>
    <message>
        <location filename="../src/gui/progress/chartview.cpp" line="+84"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Moved up</source>
        <translation>Stufe höher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stepped back</source>
        <translation>Schritt zurück</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Nothing logged yet.</source>
        <translation>Noch nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1 chart</source>
        <translation>Diagramm „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The table beside the chart lists the same numbers.</source>
        <translation>Die Tabelle neben dem Diagramm enthält dieselben Werte.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>keel::gui::CheckInWidget</name>
    <message>
        <location filename="../src/gui/today/checkinwidget.cpp" line="+22"/>
        <location line="+12"/>
        <location line="+16"/>
        <source>Save check-in</source>
        <translation>Check-in speichern</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Morning &amp;back pain (0–10):</source>
        <translation>Morgendlicher &amp;Rückenschmerz (0–10):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Morning back pain, 0 to 10</source>
        <translation>Morgendlicher Rückenschmerz, 0 bis 10</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records how your back feels this morning</source>
        <translation>Hält fest, wie sich Ihr Rücken heute Morgen anfühlt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saved: %1/10</source>
        <translation>gespeichert: %1/10</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not yet today</source>
        <translation>heute noch nicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Update check-in</source>
        <translation>Check-in aktualisieren</translation>
    </message>
</context>
<context>
    <name>keel::gui::ConsistencyTableModel</name>
    <message>
        <location filename="../src/gui/progress/consistencytablemodel.cpp" line="+52"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sessions planned</source>
        <translation>Einheiten geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned sessions done</source>
        <translation>Geplante Einheiten erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength planned</source>
        <translation>Kraft geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Strength days done</source>
        <translation>Krafttage erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All strength done</source>
        <translation>Kraft komplett</translation>
    </message>
</context>
<context>
    <name>keel::gui::DesktopNotifier</name>
    <message>
        <location filename="../src/gui/reminders/notifier.cpp" line="+72"/>
        <source>Open Keel</source>
        <translation>Keel öffnen</translation>
    </message>
</context>
<context>
    <name>keel::gui::EquipmentModel</name>
    <message>
        <location filename="../src/gui/common/equipmentmodel.cpp" line="+102"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What counts</source>
        <translation>Was zählt</translation>
    </message>
</context>
<context>
    <name>keel::gui::ExchangeActions</name>
    <message>
        <location filename="../src/gui/exchange/exchangeactions.cpp" line="+14"/>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exports from Strong, Hevy, FitNotes or a watch (*.csv *.gpx);;All files (*)</source>
        <translation>Exporte aus Strong, Hevy, FitNotes oder von einer Uhr (*.csv *.gpx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+12"/>
        <source>Not imported</source>
        <translation>Nicht importiert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Logbook for a spreadsheet (*.csv)</source>
        <translation>Trainingsbuch für eine Tabellenkalkulation (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complete Keel backup (*.json)</source>
        <translation>Vollständige Keel-Sicherung (*.json)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan of the next %1 weeks for a calendar (*.ics)</source>
        <translation>Plan der nächsten %1 Wochen für einen Kalender (*.ics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+29"/>
        <source>Not exported</source>
        <translation>Nicht exportiert</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Exported to %1</source>
        <translation>Exportiert nach %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keel week</source>
        <translation>Keel-Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print week</source>
        <translation>Woche drucken</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export week as PDF</source>
        <translation>Woche als PDF exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Week saved as %1</source>
        <translation>Woche gespeichert als %1</translation>
    </message>
</context>
<context>
    <name>keel::gui::ExerciseDetailView</name>
    <message>
        <location filename="../src/gui/catalog/exercisedetailview.cpp" line="+44"/>
        <source>Ladder</source>
        <translation>Leiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Easier: %1</source>
        <translation>Leichter: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the gentlest rung.</source>
        <translation>Dies ist die sanfteste Stufe.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Harder: %1</source>
        <translation>Schwerer: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the top rung.</source>
        <translation>Dies ist die oberste Stufe.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>(this one)</source>
        <translation>(diese)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Exercise details</source>
        <translation>Übungsdetails</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Pick an exercise on the left to see how to do it, why it helps and where it sits on its ladder.</source>
        <translation>Wählen Sie links eine Übung, um zu sehen, wie sie ausgeführt wird, warum sie hilft und wo sie auf ihrer Leiter steht.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>level %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>safe during a flare-up</source>
        <translation>sicher bei einem Schub</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Dose</source>
        <translation>Dosis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>Ausrüstung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How to do it</source>
        <translation>Ausführung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cues</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why it helps</source>
        <translation>Warum es hilft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take care</source>
        <translation>Vorsicht</translation>
    </message>
</context>
<context>
    <name>keel::gui::FirstRunDialog</name>
    <message>
        <location filename="../src/gui/firstrun/firstrundialog.cpp" line="+18"/>
        <source>P&amp;lan my first weeks</source>
        <translation>Meine ersten Wochen &amp;planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>keel::gui::HeatMapWidget</name>
    <message>
        <location filename="../src/gui/progress/heatmapwidget.cpp" line="+45"/>
        <source>Consistency calendar</source>
        <translation>Regelmäßigkeitskalender</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Current streak %1, best %2. The table beside it lists every week.</source>
        <translation>Aktuelle Serie: %1, beste: %2. Die Tabelle daneben listet jede Woche auf.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <location line="+1"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+78"/>
        <source>1 planned session</source>
        <translation>1 geplante Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 planned sessions</source>
        <translation>%1 geplante Einheiten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+2"/>
        <source>%1: rest day</source>
        <translation>%1: Ruhetag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2 logged, nothing planned</source>
        <translation>%1: %2 eingetragen, nichts geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 session</source>
        <translation>1 Einheit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 sessions</source>
        <translation>%1 Einheiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: all %2 done</source>
        <translation>%1: %2, vollständig erledigt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2 of %3 done</source>
        <translation>%1: %3, davon %2 erledigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Week of %1: %2 of %3 strength sessions done</source>
        <translation>Woche ab %1: %2 von %3 Krafteinheiten erledigt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Nothing planned or logged yet.</source>
        <translation>Noch nichts geplant oder eingetragen.</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partly</source>
        <translation>Teilweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Missed</source>
        <translation>Verpasst</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rest</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upcoming</source>
        <translation>Anstehend</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+2"/>
        <source>all strength done</source>
        <translation>alle Krafteinheiten erledigt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the newest %1 of %2 weeks; the table lists them all</source>
        <translation>die neuesten %1 von %2 Wochen; die Tabelle listet alle auf</translation>
    </message>
</context>
<context>
    <name>keel::gui::HistoryDayModel</name>
    <message numerus="yes">
        <location filename="../src/gui/history/historydaymodel.cpp" line="+145"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n Spaziergang</numerusform>
            <numerusform>%n Spaziergänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>check-in only</source>
        <translation>nur Check-in</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 min walked</source>
        <translation>%1 min gegangen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>volume %1</source>
        <translation>Volumen %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>max %1</source>
        <translation>max. %1</translation>
    </message>
</context>
<context>
    <name>keel::gui::HistoryModel</name>
    <message>
        <location filename="../src/gui/history/historymodel.cpp" line="+141"/>
        <source>%1 (warm-up)</source>
        <translation>%1 (Aufwärmen)</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Morning check-in</source>
        <translation>Morgen-Check-in</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>keel::gui::HistoryPane</name>
    <message>
        <location filename="../src/gui/history/historypane.cpp" line="+43"/>
        <source>Calendar of logged days</source>
        <translation>Kalender der Tage mit Einträgen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Logged sets, walks and check-ins</source>
        <translation>Eingetragene Sätze, Spaziergänge und Check-ins</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Logged days with their totals</source>
        <translation>Tage mit Einträgen und ihren Summen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Group by da&amp;y</source>
        <translation>Nach &amp;Tag gruppieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per day with its totals, opened to see the sets; untick for the flat table</source>
        <translation>Eine Zeile pro Tag mit ihren Summen, aufklappbar für die Sätze; abwählen für die flache Tabelle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Ed&amp;it…</source>
        <translation>Bea&amp;rbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change the selected entry (Enter)</source>
        <translation>Ausgewählten Eintrag ändern (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete the selected entry (Delete); Undo brings it back</source>
        <translation>Ausgewählten Eintrag löschen (Entf); Rückgängig holt ihn zurück</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Personal records of every exercise</source>
        <translation>Bestleistungen aller Übungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>No records yet. Log a few sessions: every exercise&apos;s heaviest set, best estimated 1RM, most reps and longest hold appear here, and the longest walk.</source>
        <translation>Noch keine Bestleistungen. Tragen Sie ein paar Einheiten ein: Hier erscheinen für jede Übung der schwerste Satz, das beste geschätzte 1RM, die meisten Wiederholungen und die längste Haltezeit – und der längste Spaziergang.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>E&amp;ntries</source>
        <translation>&amp;Einträge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Records</source>
        <translation>Be&amp;stleistungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The month&apos;s sets, walks and check-ins</source>
        <translation>Sätze, Spaziergänge und Check-ins des Monats</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every exercise&apos;s bests over the whole log</source>
        <translation>Bestwerte jeder Übung im gesamten Trainingsbuch</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Delete entry</source>
        <translation>Eintrag löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Edit entry</source>
        <translation>Eintrag bearbeiten</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Nothing logged in %1.</source>
        <translation>Im %1 nichts eingetragen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing logged in %1</source>
        <translation>Im %1 nichts eingetragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets, walks and morning check-ins you log on Today appear here. Pick another month in the calendar to look back.</source>
        <translation>Sätze, Spaziergänge und Morgen-Check-ins, die Sie unter „Heute“ eintragen, erscheinen hier. Wählen Sie im Kalender einen anderen Monat, um zurückzublicken.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2, %3, %4 on %5.</source>
        <translation>%1: %2, %3, %4 an %5.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n Spaziergang</numerusform>
            <numerusform>%n Spaziergänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n check-in(s)</source>
        <translation>
            <numerusform>%n Check-in</numerusform>
            <numerusform>%n Check-ins</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tagen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>keel::gui::HoldTimer</name>
    <message>
        <location filename="../src/gui/today/holdtimer.cpp" line="+44"/>
        <source>Hold remaining</source>
        <translation>Verbleibende Haltezeit</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Hold countdown</source>
        <translation>Haltezeit-Countdown</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+10"/>
        <source>Start &amp;countdown</source>
        <translation>Countdown st&amp;arten</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop &amp;countdown</source>
        <translation>&amp;Countdown stoppen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hold done: %1, Enter logs it</source>
        <translation>Halten erledigt: %1, Eingabetaste trägt es ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Counts the hold down and fills in the seconds held</source>
        <translation>Zählt die Haltezeit herunter und übernimmt die gehaltenen Sekunden</translation>
    </message>
</context>
<context>
    <name>keel::gui::ImportDialog</name>
    <message>
        <location filename="../src/gui/exchange/importdialog.cpp" line="+8"/>
        <source>%1:%2: %3</source>
        <translation>%1:%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+9"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>%1: %2 MiB; no export Keel reads is that large</source>
        <translation>%1: %2 MiB; kein Export, den Keel liest, ist so groß</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import %1</source>
        <translation>%1 importieren</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Weights in:</source>
        <translation>&amp;Gewichte in:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name in the file</source>
        <translation>Name in der Datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record as</source>
        <translation>Übernehmen als</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: a Keel backup; restore it with “keel-cli import %1” (add --merge to add its logs to this logbook)</source>
        <translation>%1: eine Keel-Sicherung; stellen Sie sie mit „keel-cli import %1“ wieder her (mit --merge werden ihre Einträge diesem Trainingsbuch hinzugefügt)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Nothing will be imported.</source>
        <translation>Es wird nichts importiert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&lt;b&gt;%1&lt;/b&gt; (%2)</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From %1 to %2</source>
        <translation>Vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing in the file can be imported.</source>
        <translation>Die Datei enthält nichts, was sich importieren lässt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n Training</numerusform>
            <numerusform>%n Trainings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(%1 warm-up)</source>
        <translation>(davon %1 zum Aufwärmen)</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n walk(s)</source>
        <translation>
            <numerusform>%n Spaziergang</numerusform>
            <numerusform>%n Spaziergänge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file does not say which unit its weights are in; they are read as %1, your usual unit. Change it above if that is wrong.</source>
        <translation>Die Datei gibt nicht an, in welcher Einheit ihre Gewichte stehen; sie werden als %1 gelesen, Ihre übliche Einheit. Ändern Sie dies oben, falls es nicht stimmt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weights in %1, stored as kg.</source>
        <translation>Gewichte in %1, gespeichert in kg.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n exercise name(s) matched to the catalog.</source>
        <translation>
            <numerusform>%n Übungsname dem Katalog zugeordnet.</numerusform>
            <numerusform>%n Übungsnamen dem Katalog zugeordnet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n row(s) will be &amp;skipped:</source>
        <translation>
            <numerusform>%n Zeile wird ü&amp;bersprungen:</numerusform>
            <numerusform>%n Zeilen werden ü&amp;bersprungen:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Not in the catalog: each is kept under its own name unless you choose the exercise it is. Keel remembers the choice for the next import.</source>
        <translation>&amp;Nicht im Katalog: Jede behält ihren eigenen Namen, sofern Sie nicht die passende Übung wählen. Keel merkt sich die Wahl für den nächsten Import.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Matched a catalog exercise, but these sets do not fit how it is measured: %1</source>
        <translation>Einer Katalogübung zugeordnet, aber diese Sätze passen nicht zu ihrer Messweise: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record %1 as</source>
        <translation>%1 übernehmen als</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep as “%1”</source>
        <translation>Als „%1“ behalten</translation>
    </message>
</context>
<context>
    <name>keel::gui::ItemPanel</name>
    <message>
        <location filename="../src/gui/today/itempanel.cpp" line="+49"/>
        <location line="+108"/>
        <source>&amp;Done as planned</source>
        <translation>Wie geplant &amp;erledigt</translation>
    </message>
    <message>
        <location line="-97"/>
        <location line="+104"/>
        <source>Show cues</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Shows or hides the coaching cues</source>
        <translation>Blendet die Ausführungshinweise ein oder aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Done as planned</source>
        <translation>Wie geplant erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logs every remaining set as prescribed</source>
        <translation>Trägt alle übrigen Sätze wie vorgegeben ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Planned:</source>
        <translation>Geplant:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last time:</source>
        <translation>Letztes Mal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Best:</source>
        <translation>Bestleistung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Today:</source>
        <translation>Heute:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 (warm-up)</source>
        <translation>%1 (Aufwärmen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+2"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>nothing yet</source>
        <translation>noch nichts</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cues (%1)</source>
        <translation>Hinweise (%1)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Log the walk</source>
        <translation>Spaziergang eintragen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set %1 of %2</source>
        <translation>Satz %1 von %2</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>All %n set(s) logged; an extra set is logged as set %1</source>
        <translation>
            <numerusform>%n Satz eingetragen, alles erledigt; ein weiterer zählt als Satz %1</numerusform>
            <numerusform>Alle %n Sätze eingetragen; ein weiterer zählt als Satz %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log when done</source>
        <translation>Eintragen, wenn erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logged; log again to add more</source>
        <translation>Eingetragen; erneut eintragen, um mehr hinzuzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Log set %1</source>
        <translation>Satz %1 eintragen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Log as done</source>
        <translation>Als erledigt eintragen</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>&amp;Done as planned (%n set(s))</source>
        <translation>
            <numerusform>Wie geplant &amp;erledigt (%n Satz)</numerusform>
            <numerusform>Wie geplant &amp;erledigt (%n Sätze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Hide cues</source>
        <translation>Hinweise ausblenden</translation>
    </message>
</context>
<context>
    <name>keel::gui::LogEntryDialog</name>
    <message>
        <location filename="../src/gui/history/logentrydialog.cpp" line="+43"/>
        <source>&amp;Date</source>
        <translation>&amp;Datum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E&amp;xercise</source>
        <translation>Ü&amp;bung</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Edit set</source>
        <translation>Satz bearbeiten</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit walk</source>
        <translation>Spaziergang bearbeiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit morning check-in</source>
        <translation>Morgen-Check-in bearbeiten</translation>
    </message>
</context>
<context>
    <name>keel::gui::LogEntryFields</name>
    <message>
        <location filename="../src/gui/common/logentryfields.cpp" line="+62"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> m</source>
        <translation> m</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> km</source>
        <translation> km</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>RPE, how hard the set felt: 10 = nothing left, 8 = about two more reps in reserve, 6 = four or more. Loads and reps go up only when every set is RPE 8 or easier.</source>
        <translation>RPE, wie schwer sich der Satz angefühlt hat: 10 = nichts mehr drin, 8 = etwa zwei Wiederholungen in Reserve, 6 = vier oder mehr. Last und Wiederholungen steigen nur, wenn jeder Satz bei RPE 8 oder leichter lag.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>0 is no pain; up to 3 is fine, 4–5 is the ceiling</source>
        <translation>0 = kein Schmerz; bis 3 ist in Ordnung, 4–5 ist die Obergrenze</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Reps</source>
        <translation>&amp;Wdh.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>H&amp;old</source>
        <translation>Hal&amp;ten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hold seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dis&amp;tance</source>
        <translation>&amp;Strecke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance in metres</source>
        <translation>Strecke in Metern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Min&amp;utes</source>
        <translation>Min&amp;uten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Minutes</source>
        <translation>&amp;Minuten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distance</source>
        <translation>Strecke</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Km</source>
        <translation>&amp;km</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Distance in kilometres (optional)</source>
        <translation>Strecke in Kilometern (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Load</source>
        <translation>&amp;Last</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Load (0 is bodyweight)</source>
        <translation>Last (0 = Körpergewicht)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;PE</source>
        <translation>R&amp;PE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Effort, RPE 1 to 10 (optional)</source>
        <translation>Anstrengung, RPE 1 bis 10 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ain</source>
        <translation>S&amp;chmerz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pa&amp;in</source>
        <translation>Schmer&amp;z</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pain 0 to 10 (optional)</source>
        <translation>Schmerz 0 bis 10 (optional)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note (optional)</source>
        <translation>Notiz (optional)</translation>
    </message>
</context>
<context>
    <name>keel::gui::Logbook</name>
    <message>
        <location filename="../src/gui/logbook.cpp" line="+65"/>
        <source>Could not read the changes made outside Keel: %1</source>
        <translation>Die außerhalb von Keel vorgenommenen Änderungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Brought up to date with changes made outside Keel; earlier edits can no longer be undone</source>
        <translation>Mit den außerhalb von Keel vorgenommenen Änderungen abgeglichen; frühere Bearbeitungen lassen sich nicht mehr rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Brought up to date with changes made outside Keel</source>
        <translation>Mit den außerhalb von Keel vorgenommenen Änderungen abgeglichen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Could not bring the plan up to date</source>
        <translation>Der Plan konnte nicht aktualisiert werden</translation>
    </message>
</context>
<context>
    <name>keel::gui::MainWindow</name>
    <message>
        <location filename="../src/gui/mainwindow.cpp" line="+49"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Panes</source>
        <translation>Bereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+1 to Ctrl+6 switch panes</source>
        <translation>Strg+1 bis Strg+6 wechseln die Bereiche</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What to do today, and logging it</source>
        <translation>Was heute ansteht – und es eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Week</source>
        <translation>Woche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The plan for the week</source>
        <translation>Der Plan für die Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every exercise, how to do it and why</source>
        <translation>Jede Übung: wie sie geht und wozu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Everything logged, to edit or delete</source>
        <translation>Alle Einträge, zum Bearbeiten oder Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charts of how things are going</source>
        <translation>Diagramme: wie es vorangeht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Profile, units and schedule</source>
        <translation>Profil, Maßeinheiten und Zeitplan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print Week…</source>
        <translation>Woche &amp;drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Week as P&amp;DF…</source>
        <translation>Woche als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Find Exercise…</source>
        <translation>Übung &amp;suchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Morning &amp;Check-in</source>
        <translation>Morgen-&amp;Check-in</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keel &amp;Help</source>
        <translation>Keel-&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;About Keel</source>
        <translation>Ü&amp;ber Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keel Help</source>
        <translation>Keel-Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Today&lt;/b&gt; shows what to do now. Press Enter on a set to log it as planned; change the numbers first if you did something else.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Week&lt;/b&gt; shows the plan; drag a session to move it.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Catalog&lt;/b&gt; explains every exercise and its ladder.&lt;/p&gt;&lt;p&gt;&lt;b&gt;History&lt;/b&gt; lists everything logged; Delete removes an entry and Undo brings it back.&lt;/p&gt;&lt;p&gt;Shortcuts: Ctrl+1 … Ctrl+6 switch panes, %4 goes to the morning check-in, %1 finds an exercise, %2 undoes, %3 redoes.&lt;/p&gt;&lt;p&gt;Pain during an exercise up to 3/10 is fine; 4–5 is the ceiling. Above that, Keel steps back.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Heute&lt;/b&gt; zeigt, was jetzt ansteht. Drücken Sie bei einem Satz die Eingabetaste, um ihn wie geplant einzutragen; ändern Sie vorher die Zahlen, wenn Sie etwas anderes gemacht haben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Woche&lt;/b&gt; zeigt den Plan; ziehen Sie eine Einheit, um sie zu verschieben.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Katalog&lt;/b&gt; erklärt jede Übung und ihre Leiter.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Verlauf&lt;/b&gt; listet alle Einträge auf; Entf entfernt einen Eintrag, und Rückgängig holt ihn zurück.&lt;/p&gt;&lt;p&gt;Tastenkürzel: Strg+1 … Strg+6 wechseln die Bereiche, %4 öffnet den Morgen-Check-in, %1 sucht eine Übung, %2 macht rückgängig, %3 wiederholt.&lt;/p&gt;&lt;p&gt;Schmerz während einer Übung bis 3/10 ist in Ordnung; 4–5 ist die Obergrenze. Darüber geht Keel einen Schritt zurück.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About Keel</source>
        <translation>Über Keel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;A planner for long-term back health: strength, mobility and walking, built up slowly.&lt;/p&gt;&lt;p&gt;Your data stays in one file on this computer.&lt;/p&gt;&lt;p&gt;Licensed under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Keel %1&lt;/h3&gt;&lt;p&gt;Ein Planer für langfristige Rückengesundheit: Kraft, Mobilität und Gehen, langsam aufgebaut.&lt;/p&gt;&lt;p&gt;Ihre Daten bleiben in einer Datei auf diesem Computer.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>keel::gui::ProfileForm</name>
    <message>
        <location filename="../src/gui/settings/profileform.cpp" line="+68"/>
        <source>Strength on %1</source>
        <translation>Kraft am %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Equipment you own</source>
        <translation>Ihre Ausrüstung</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Heaviest &amp;dumbbell</source>
        <translation>S&amp;chwerste Kurzhantel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dumbbells g&amp;o up by</source>
        <translation>Kurzhanteln &amp;steigen um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heaviest kettlebell</source>
        <translation>Schwerste Kettlebell</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kettlebells go up b&amp;y</source>
        <translation>Kettlebells st&amp;eigen um</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heaviest bar load</source>
        <translation>Schwerste Langhantellast</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Bar goes up &amp;in</source>
        <translation>Langhantel ste&amp;igt um</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heaviest dumbbell you own</source>
        <translation>Schwerste Kurzhantel, die Sie besitzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Step between your dumbbells</source>
        <translation>Abstufung zwischen Ihren Kurzhanteln</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Heaviest kettlebell you own</source>
        <translation>Schwerste Kettlebell, die Sie besitzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step between your kettlebells</source>
        <translation>Abstufung zwischen Ihren Kettlebells</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Heaviest load you can put on a bar</source>
        <translation>Schwerste Last, die Sie auf eine Langhantel laden können</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Smallest change on a bar (two of your smallest plates)</source>
        <translation>Kleinste Änderung an der Langhantel (zwei Ihrer kleinsten Scheiben)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>No day ticked: Keel spreads the %1 strength days over the week.</source>
        <translation>Kein Tag angekreuzt: Keel verteilt die %1 Krafttage über die Woche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick one more day, or Keel picks it for you.</source>
        <translation>Kreuzen Sie noch einen Tag an, oder Keel wählt ihn für Sie.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Tick %n more day(s), or Keel picks them for you.</source>
        <translation>
            <numerusform>Kreuzen Sie noch %n Tag an, oder Keel wählt ihn für Sie.</numerusform>
            <numerusform>Kreuzen Sie noch %n Tage an, oder Keel wählt sie für Sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keel avoids strength on two days in a row when it can.</source>
        <translation>Keel vermeidet nach Möglichkeit Kraft an zwei Tagen hintereinander.</translation>
    </message>
</context>
<context>
    <name>keel::gui::ProgressPane</name>
    <message>
        <location filename="../src/gui/progress/progresspane.cpp" line="+40"/>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>3 months</source>
        <translation>3 Monate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1 year</source>
        <translation>1 Jahr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All</source>
        <translation>Alles</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streak: %1 · best %2 in the weeks shown</source>
        <translation>Serie: %1 · Bestwert im gezeigten Zeitraum: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Show the last %1</source>
        <translation>Zeitraum anzeigen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Progress charts</source>
        <translation>Fortschrittsdiagramme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exercise progress</source>
        <translation>Fortschritt je Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exercise or pattern to chart</source>
        <translation>Übung oder Bewegungsmuster für das Diagramm</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sets per pattern</source>
        <translation>Sätze je Bewegungsmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Mobility</source>
        <translation>Mobilität</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+5"/>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+5"/>
        <source>Consistency</source>
        <translation>Regelmäßigkeit</translation>
    </message>
    <message>
        <location line="+121"/>
        <source>Pattern: %1</source>
        <translation>Bewegungsmuster: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Could not read your progress: %1</source>
        <translation>Ihr Fortschritt konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>keel::gui::RecordsModel</name>
    <message>
        <location filename="../src/gui/history/recordsmodel.cpp" line="+26"/>
        <source>First reached on %1.</source>
        <translation>Erstmals erreicht am %1.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>hold %1</source>
        <translation>Halten %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Estimated by the Epley formula, load × (1 + reps / 30), from sets of up to %1 reps. %2</source>
        <translation>Geschätzt mit der Epley-Formel, Last × (1 + Wdh. / 30), aus Sätzen mit bis zu %1 Wiederholungen. %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+14"/>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>walk %1 min</source>
        <translation>Spaziergang %1 min</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Heaviest</source>
        <translation>Höchste Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1RM (Epley)</source>
        <translation>1RM (Epley)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Most reps</source>
        <translation>Meiste Wdh.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Longest</source>
        <translation>Am längsten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latest</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The heaviest set: the most load lifted for reps, with the most reps done at that load</source>
        <translation>Der schwerste Satz: die höchste Last mit Wiederholungen, mit den meisten Wiederholungen bei dieser Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The best one-rep max estimated by the Epley formula: load × (1 + reps / 30)</source>
        <translation>Das beste mit der Epley-Formel geschätzte Maximum für eine Wiederholung: Last × (1 + Wdh. / 30)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The most reps in one set without load</source>
        <translation>Die meisten Wiederholungen in einem Satz ohne Last</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The longest hold in one set, or the longest walk</source>
        <translation>Die längste Haltezeit in einem Satz oder der längste Spaziergang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The day this exercise last set a best</source>
        <translation>Der Tag, an dem diese Übung zuletzt eine Bestleistung erreichte</translation>
    </message>
</context>
<context>
    <name>keel::gui::ReminderService</name>
    <message>
        <location filename="../src/gui/reminders/reminderservice.cpp" line="+81"/>
        <source>Time to get up from the desk</source>
        <translation>Zeit, vom Schreibtisch aufzustehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Strength today</source>
        <translation>Heute Kraft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobility today</source>
        <translation>Heute Mobilität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your walk today</source>
        <translation>Ihr Spaziergang heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keel</source>
        <translation>Keel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A minute for %1, then back to work.</source>
        <translation>Eine Minute für %1, dann zurück an die Arbeit.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>about %n minute(s)</source>
        <translation>
            <numerusform>etwa %n Minute</numerusform>
            <numerusform>etwa %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rest over</source>
        <translation>Pause vorbei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time for the next set.</source>
        <translation>Zeit für den nächsten Satz.</translation>
    </message>
</context>
<context>
    <name>keel::gui::RemindersBox</name>
    <message>
        <location filename="../src/gui/reminders/remindersbox.cpp" line="+44"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dai&amp;ly session reminder at</source>
        <translation>Täg&amp;liche Erinnerung an die Einheit um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Desk breaks every</source>
        <translation>Schreibtischpausen alle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Rest over, when Keel&apos;s window is in the background</source>
        <translation>„Pause vorbei“ melden, wenn das Keel-Fenster im Hintergrund ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Keel in the tray when its window is closed</source>
        <translation>Keel im Systembereich behalten, wenn das Fenster geschlossen wird</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Session reminder time</source>
        <translation>Uhrzeit der Erinnerung an die Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On days with a planned session not yet done, a desktop notification at this time</source>
        <translation>An Tagen mit einer geplanten, noch nicht erledigten Einheit eine Desktop-Benachrichtigung zu dieser Uhrzeit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk break interval</source>
        <translation>Abstand der Schreibtischpausen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk breaks from</source>
        <translation>Schreibtischpausen ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desk breaks until</source>
        <translation>Schreibtischpausen bis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This desktop shows no tray icons, so closing the window quits Keel.</source>
        <translation>Diese Arbeitsumgebung zeigt keine Symbole im Systembereich an; wenn Sie das Fenster schließen, wird Keel daher beendet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>on</source>
        <translation>an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Desk breaks on %1</source>
        <translation>Schreibtischpausen am %1</translation>
    </message>
</context>
<context>
    <name>keel::gui::RestTimer</name>
    <message>
        <location filename="../src/gui/today/resttimer.cpp" line="+27"/>
        <location line="+15"/>
        <location line="+90"/>
        <source>Skip rest</source>
        <translation>Pause überspringen</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Rest remaining</source>
        <translation>Verbleibende Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest progress</source>
        <translation>Pausenfortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pause or resume the rest timer</source>
        <translation>Pausentimer anhalten oder fortsetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>End the rest now</source>
        <translation>Pause jetzt beenden</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dismiss</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest timer: starts after each set</source>
        <translation>Pausentimer: startet nach jedem Satz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest (paused)</source>
        <translation>Pause (angehalten)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rest over: next set</source>
        <translation>Pause vorbei: nächster Satz</translation>
    </message>
</context>
<context>
    <name>keel::gui::SeriesTableModel</name>
    <message>
        <location filename="../src/gui/progress/seriestablemodel.cpp" line="+72"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Week of</source>
        <translation>Woche ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>kein Wert</translation>
    </message>
</context>
<context>
    <name>keel::gui::SetEntryWidget</name>
    <message>
        <location filename="../src/gui/today/setentrywidget.cpp" line="+72"/>
        <source>Log set</source>
        <translation>Satz eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the set with the numbers shown (Enter)</source>
        <translation>Trägt den Satz mit den angezeigten Werten ein (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log as done</source>
        <translation>Als erledigt eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the item as done with the minutes shown (Enter)</source>
        <translation>Trägt die Übung mit den angezeigten Minuten als erledigt ein (Eingabetaste)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log walk</source>
        <translation>Spaziergang eintragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logs the walk with the numbers shown (Enter)</source>
        <translation>Trägt den Spaziergang mit den angezeigten Werten ein (Eingabetaste)</translation>
    </message>
</context>
<context>
    <name>keel::gui::SettingsPage</name>
    <message>
        <location filename="../src/gui/settings/settingspage.cpp" line="+109"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Back up the database</source>
        <translation>Datenbank sichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compressed Keel backup (*.db.zst);;Keel database (*.db);;All files (*)</source>
        <translation>Komprimierte Keel-Sicherung (*.db.zst);;Keel-Datenbank (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Backed up to %1</source>
        <translation>Gesichert nach %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Backup failed</source>
        <translation>Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The backup to %1 could not be written:
%2</source>
        <translation>Die Sicherung nach %1 konnte nicht geschrieben werden:
%2</translation>
    </message>
</context>
<context>
    <name>keel::gui::TodayModel</name>
    <message>
        <location filename="../src/gui/today/todaymodel.cpp" line="+107"/>
        <source>%1/%2 done</source>
        <translation>%1/%2 erledigt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 session</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 (warm-up)</source>
        <translation>%1 (Aufwärmen)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
</context>
<context>
    <name>keel::gui::TodayPane</name>
    <message>
        <location filename="../src/gui/today/todaypane.cpp" line="+61"/>
        <source>%1 · note “%2”</source>
        <translation>%1 · Notiz „%2“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Plan this week</source>
        <translation>Diese Woche &amp;planen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Save status</source>
        <translation>Speicherstatus</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Today&apos;s sessions</source>
        <translation>Heutige Einheiten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Select an exercise to log its sets</source>
        <translation>Wählen Sie eine Übung, um ihre Sätze einzutragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Week pane</source>
        <translation>Bereich „Woche“ öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the &amp;Week</source>
        <translation>&amp;Woche öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plan this week</source>
        <translation>Diese Woche planen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Generates this week&apos;s plan from your profile</source>
        <translation>Erstellt den Plan dieser Woche aus Ihrem Profil</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Walk</source>
        <translation>Spaziergang</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Today · %1, %2</source>
        <translation>Heute · %1, %2</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>No profile yet</source>
        <translation>Noch kein Profil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set up your profile in Settings; Keel then plans your week.</source>
        <translation>Richten Sie Ihr Profil in den Einstellungen ein; dann plant Keel Ihre Woche.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan for this week yet</source>
        <translation>Noch kein Plan für diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan this week to see today&apos;s sessions here. A walk and the morning check-in can be logged below any time.</source>
        <translation>Planen Sie diese Woche, um hier die heutigen Einheiten zu sehen. Einen Spaziergang und den Morgen-Check-in können Sie unten jederzeit eintragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+5"/>
        <source>Nothing planned today</source>
        <translation>Heute nichts geplant</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>A rest day. Next: %1 on %2. A walk and the morning check-in can still be logged below.</source>
        <translation>Ein Ruhetag. Als Nächstes: %1 am %2. Einen Spaziergang und den Morgen-Check-in können Sie unten trotzdem eintragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing else is planned this week. The Week pane plans the next one.</source>
        <translation>Diese Woche ist nichts weiter geplant. Im Bereich „Woche“ planen Sie die nächste.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No walk logged today.</source>
        <translation>Heute noch kein Spaziergang eingetragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Walked today: %1 min in %n walk(s).</source>
        <translation>
            <numerusform>Heute gegangen: %1 min bei %n Spaziergang.</numerusform>
            <numerusform>Heute gegangen: %1 min bei %n Spaziergängen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Saved: %1 · ★ %2</source>
        <translation>Gespeichert: %1 · ★ %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Today&apos;s walk is already logged. Press Enter again to log another walk.</source>
        <translation>Der heutige Spaziergang ist bereits eingetragen. Drücken Sie erneut die Eingabetaste, um einen weiteren Spaziergang einzutragen.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 is done (%n set(s) logged). Press Enter again to log an extra set.</source>
        <translation>
            <numerusform>%1 ist erledigt (%n Satz eingetragen). Drücken Sie erneut die Eingabetaste, um einen zusätzlichen Satz einzutragen.</numerusform>
            <numerusform>%1 ist erledigt (%n Sätze eingetragen). Drücken Sie erneut die Eingabetaste, um einen zusätzlichen Satz einzutragen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Log set of %1</source>
        <translation>Satz von %1 eintragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, extra set %2 (%3)</source>
        <translation>%1, Zusatzsatz %2 (%3)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1, set %2 (%3)</source>
        <translation>%1, Satz %2 (%3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>walk as planned</source>
        <translation>Spaziergang wie geplant</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Done as planned: %1</source>
        <translation>Wie geplant erledigt: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 done as planned (%n set(s))</source>
        <translation>
            <numerusform>%1 wie geplant erledigt (%n Satz)</numerusform>
            <numerusform>%1 wie geplant erledigt (%n Sätze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+27"/>
        <source>this week is planned</source>
        <translation>diese Woche ist geplant</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>walk, %1</source>
        <translation>Spaziergang, %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>enter the morning pain from 0 (none) to 10 first</source>
        <translation>zuerst den Morgenschmerz von 0 (keiner) bis 10 eingeben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>morning check-in, pain %1/10</source>
        <translation>Morgen-Check-in, Schmerz %1/10</translation>
    </message>
</context>
<context>
    <name>keel::gui::WeekCardDelegate</name>
    <message>
        <location filename="../src/gui/week/weekcarddelegate.cpp" line="+156"/>
        <source>%1 · warm-up</source>
        <translation>%1 · Aufwärmen</translation>
    </message>
</context>
<context>
    <name>keel::gui::WeekModel</name>
    <message>
        <location filename="../src/gui/week/weekmodel.cpp" line="+231"/>
        <source>%1, today</source>
        <translation>%1, heute</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1/%2 done</source>
        <translation>%1/%2 erledigt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 session: already logged, so it stays on its day</source>
        <translation>Einheit %1: bereits eingetragen, bleibt daher an ihrem Tag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 session: drag it to another day to move it</source>
        <translation>Einheit %1: zum Verschieben auf einen anderen Tag ziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 session, %2</source>
        <translation>Einheit %1, %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1%2
%3
%4</source>
        <translation>%1%2
%3
%4</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source> (warm-up)</source>
        <translation> (Aufwärmen)</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1%2, %3, %4</source>
        <translation>%1%2, %3, %4</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Day / session / exercise</source>
        <translation>Tag / Einheit / Übung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>keel::gui::WeekPane</name>
    <message>
        <location filename="../src/gui/week/weekpane.cpp" line="+58"/>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Vorherige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;This week</source>
        <translation>Diese &amp;Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ne&amp;xt ▶</source>
        <translation>&amp;Nächste ▶</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Swap exercise…</source>
        <translation>Übung &amp;tauschen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ge&amp;nerate week</source>
        <translation>Woche &amp;planen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Regenerate week</source>
        <translation>Woche n&amp;eu planen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Plan the week again?</source>
        <translation>Woche neu planen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Plan again</source>
        <translation>&amp;Neu planen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previous week</source>
        <translation>Vorherige Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next week</source>
        <translation>Nächste Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swap exercise</source>
        <translation>Übung tauschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Swaps the selected exercise for another of the same pattern and rung that your equipment allows</source>
        <translation>Tauscht die ausgewählte Übung gegen eine andere mit gleichem Bewegungsmuster und gleicher Stufe, die Ihre Ausrüstung erlaubt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Generate week</source>
        <translation>Woche planen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans the week shown from your profile</source>
        <translation>Plant die angezeigte Woche anhand Ihres Profils</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regenerate week</source>
        <translation>Woche neu planen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plans the week shown again; what you have logged stays as it is</source>
        <translation>Plant die angezeigte Woche neu; bereits Eingetragenes bleibt unverändert</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+6"/>
        <source>Details of the selection</source>
        <translation>Details zur Auswahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recovery week: one set fewer</source>
        <translation>Erholungswoche: ein Satz weniger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flare-up mode: gentle exercises only</source>
        <translation>Schubmodus: nur sanfte Übungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 · today</source>
        <translation>%1 · heute</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Press Generate week to get strength, mobility and walking sessions that fit your profile.</source>
        <translation>Klicken Sie auf „Woche planen“, um Einheiten für Kraft, Mobilität und Gehen zu erhalten, die zu Ihrem Profil passen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week is in the past and was never planned. Press This week to return.</source>
        <translation>Diese Woche liegt in der Vergangenheit und wurde nie geplant. Klicken Sie auf „Diese Woche“, um zurückzukehren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set up your profile in Settings first; then the week can be planned.</source>
        <translation>Richten Sie zuerst Ihr Profil in den Einstellungen ein; dann kann die Woche geplant werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No plan for this week</source>
        <translation>Kein Plan für diese Woche</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1, rung %2</source>
        <translation>%1, Stufe %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>warm-up</source>
        <translation>Aufwärmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+13"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Planned: %1</source>
        <translation>Geplant: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done: %1</source>
        <translation>Erledigt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Drag the session to another day, or use its context menu, to move it.</source>
        <translation>Ziehen Sie die Einheit auf einen anderen Tag oder nutzen Sie ihr Kontextmenü, um sie zu verschieben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Select a session or an exercise to see what is planned and why. Drag a session to another day to move it; right-click an exercise to swap it.</source>
        <translation>Wählen Sie eine Einheit oder Übung aus, um zu sehen, was geplant ist und warum. Ziehen Sie eine Einheit auf einen anderen Tag, um sie zu verschieben; klicken Sie mit der rechten Maustaste auf eine Übung, um sie zu tauschen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Nothing planned for this week.</source>
        <translation>Für diese Woche ist nichts geplant.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Swap for</source>
        <translation>&amp;Tauschen gegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Move to</source>
        <translation>&amp;Verschieben auf</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Already logged: it stays as done</source>
        <translation>Bereits eingetragen: bleibt erledigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No other exercise at this rung fits your equipment</source>
        <translation>Keine andere Übung dieser Stufe passt zu Ihrer Ausrüstung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Already logged: it stays on its day</source>
        <translation>Bereits eingetragen: bleibt an ihrem Tag</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Move %1 from %2 to %3</source>
        <translation>%1 von %2 auf %3 verschieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+12"/>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Swap %1 for %2</source>
        <translation>%1 gegen %2 tauschen</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>This week has %n change(s) you made by hand (moved sessions, swapped exercises). Planning it again replaces them.</source>
        <translation>
            <numerusform>Diese Woche enthält %n Änderung, die Sie von Hand vorgenommen haben (verschobene Einheiten, getauschte Übungen). Neu planen ersetzt sie.</numerusform>
            <numerusform>Diese Woche enthält %n Änderungen, die Sie von Hand vorgenommen haben (verschobene Einheiten, getauschte Übungen). Neu planen ersetzt sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: the week was planned again; Undo brings your changes back</source>
        <translation>Gespeichert: Die Woche wurde neu geplant; „Rückgängig“ stellt Ihre Änderungen wieder her</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved: the week was planned again; logged items are kept</source>
        <translation>Gespeichert: Die Woche wurde neu geplant; Eingetragenes bleibt erhalten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved: the week is planned</source>
        <translation>Gespeichert: Die Woche ist geplant</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
</TS>
