<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>FragileBorders</name>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="43" />
            <location filename="../../fragile_borders_plugin/plugin.py" line="63" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="124" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="332" />
            <location filename="../../fragile_borders_plugin/gui/results.py" line="87" />
            <location filename="../../processing_algorithms/provider.py" line="30" />
            <source>Fragile Borders</source>
            <translation>Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="45" />
            <source>Fragile Borders: changes, desert tracks, border priorities and patrols</source>
            <translation>Fragile Borders: التغيّرات والمسالك الصحراوية وأولويات الحدود والدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="49" />
            <source>Training borderland…</source>
            <translation>منطقة حدودية للتدريب…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="51" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="236" />
            <source>Load results…</source>
            <translation>تحميل النتائج…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="56" />
            <location filename="../../fragile_borders_plugin/plugin.py" line="78" />
            <source>&amp;Fragile Borders</source>
            <translation>&amp;Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="58" />
            <location filename="../../processing_algorithms/detect_changes.py" line="89" />
            <location filename="../../processing_algorithms/pipeline.py" line="80" />
            <location filename="../../processing_algorithms/training_scene.py" line="56" />
            <source>Before image</source>
            <translation>الصورة السابقة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="59" />
            <location filename="../../processing_algorithms/detect_changes.py" line="92" />
            <location filename="../../processing_algorithms/pipeline.py" line="82" />
            <location filename="../../processing_algorithms/training_scene.py" line="57" />
            <source>After image</source>
            <translation>الصورة اللاحقة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="60" />
            <location filename="../../processing_algorithms/pipeline.py" line="84" />
            <location filename="../../processing_algorithms/score_segments.py" line="86" />
            <source>Border line</source>
            <translation>خط الحدود</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="61" />
            <source>Incidents (optional)</source>
            <translation>الحوادث (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="62" />
            <source>Official crossings (optional)</source>
            <translation>المعابر الرسمية (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="63" />
            <source>Ignore mask, non-zero = ignore (optional)</source>
            <translation>قناع الاستبعاد، غير الصفر = مستبعد (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="64" />
            <source>Area of interest (optional)</source>
            <translation>منطقة الاهتمام (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="70" />
            <source>Patrol teams (0 = no patrol plan)</source>
            <translation>فرق الدوريات (0 = دون خطة دوريات)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="71" />
            <location filename="../../processing_algorithms/detect_changes.py" line="106" />
            <location filename="../../processing_algorithms/pipeline.py" line="95" />
            <source>Change significance (probability)</source>
            <translation>دلالة التغيّر (احتمال)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="72" />
            <location filename="../../processing_algorithms/detect_changes.py" line="111" />
            <location filename="../../processing_algorithms/pipeline.py" line="98" />
            <source>Minimum change area (m²)</source>
            <translation>الحد الأدنى لمساحة التغيّر (م²)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="73" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="60" />
            <location filename="../../processing_algorithms/pipeline.py" line="101" />
            <source>Track width (m)</source>
            <translation>عرض المسالك (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="74" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="70" />
            <location filename="../../processing_algorithms/pipeline.py" line="104" />
            <source>Minimum track length (m)</source>
            <translation>الحد الأدنى لطول المسلك (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="75" />
            <location filename="../../processing_algorithms/pipeline.py" line="107" />
            <location filename="../../processing_algorithms/score_segments.py" line="88" />
            <source>Segment length (m)</source>
            <translation>طول المقاطع (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="76" />
            <location filename="../../processing_algorithms/pipeline.py" line="111" />
            <location filename="../../processing_algorithms/score_segments.py" line="92" />
            <source>Corridor half-width (m)</source>
            <translation>نصف عرض الممر (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="77" />
            <location filename="../../processing_algorithms/pipeline.py" line="116" />
            <location filename="../../processing_algorithms/score_segments.py" line="134" />
            <source>Incident half-life (days)</source>
            <translation>عمر النصف للحوادث (أيام)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="78" />
            <location filename="../../processing_algorithms/pipeline.py" line="122" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="50" />
            <source>Team reach along the border (m)</source>
            <translation>مدى الفريق على امتداد الحدود (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="79" />
            <location filename="../../processing_algorithms/pipeline.py" line="126" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="53" />
            <source>Maximum risk for a post (0–100)</source>
            <translation>أقصى خطر مقبول لموقع دورية (0–100)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="82" />
            <source>auto (from the border length)</source>
            <translation>تلقائي (حسب طول الحدود)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="150" />
            <source>Analysis</source>
            <translation>التحليل</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="151" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="152" />
            <location filename="../../processing_algorithms/base.py" line="22" />
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="158" />
            <source>Ready.</source>
            <translation>جاهز.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="160" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="173" />
            <source>Inputs</source>
            <translation>المدخلات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="188" />
            <location filename="../../processing_algorithms/base.py" line="98" />
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="201" />
            <source>Reference date</source>
            <translation>التاريخ المرجعي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="202" />
            <source>Unticked: the date of the latest incident.</source>
            <translation>إذا لم يُحدَّد: تاريخ آخر حادثة.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="213" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="217" />
            <location filename="../../processing_algorithms/pipeline.py" line="129" />
            <location filename="../../processing_algorithms/training_scene.py" line="54" />
            <source>Output folder</source>
            <translation>مجلد المخرجات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="214" />
            <source>[new folder in the Fragile Borders work folder]</source>
            <translation>[مجلد جديد داخل مجلد عمل Fragile Borders]</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="220" />
            <source>Run</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="221" />
            <source>Run the whole analysis in the background; QGIS stays usable.</source>
            <translation>تشغيل التحليل كاملاً في الخلفية؛ يبقى QGIS قابلاً للاستخدام.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="230" />
            <source>No results loaded yet. Run the analysis or load an earlier run.</source>
            <translation>لم تُحمَّل أي نتائج بعد. شغّل التحليل أو حمّل نتائج تشغيل سابق.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="233" />
            <source>Top border segments (click a row to zoom):</source>
            <translation>أهم مقاطع الحدود (انقر على صف للتكبير إليه):</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="237" />
            <source>Re-open an earlier run: its output folder's fragile_borders.gpkg or run.json, with the same styles.</source>
            <translation>إعادة فتح تشغيل سابق: ملف fragile_borders.gpkg أو run.json في مجلد مخرجاته، بالأنماط نفسها.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="240" />
            <source>Export briefing…</source>
            <translation>تصدير الإحاطة…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="241" />
            <source>Write a print-ready PDF briefing of the loaded run: map, ranked segments, patrol posts, method and limits.</source>
            <translation>يكتب إحاطة PDF جاهزة للطباعة عن التحليل المحمَّل: خريطة، مقاطع مرتبة، مواقع الدوريات، المنهج والحدود.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="254" />
            <source>Generate a synthetic desert borderland with two image dates, a border, crossings and incidents. Find the new tracks and changes, then tick "Show answers" to compare with the truth.</source>
            <translation>إنشاء منطقة حدودية صحراوية اصطناعية بصورتين في تاريخين وحدود ومعابر وحوادث. ابحث عن المسالك الجديدة والتغيّرات، ثم فعّل «إظهار الإجابات» للمقارنة مع الحقيقة الميدانية.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="264" />
            <source>The same seed always gives the same scene: share it with your trainees.</source>
            <translation>البذرة نفسها تعطي دائماً المشهد نفسه: شاركها مع متدرّبيك.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="265" />
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="268" />
            <source>{0} × {0} px ({1:.1f} km)</source>
            <translation>{0} × {0} بكسل ({1:.1f} كم)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="270" />
            <source>Scene size</source>
            <translation>حجم المشهد</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="272" />
            <location filename="../../processing_algorithms/training_scene.py" line="25" />
            <source>Generate training borderland</source>
            <translation>إنشاء منطقة حدودية للتدريب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="275" />
            <source>Show answers</source>
            <translation>إظهار الإجابات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="344" />
            <source>Choose the missing input(s) first: {}.</source>
            <translation>اختر أولاً المدخلات الناقصة: {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="347" />
            <source>The before and after images are the same layer: pick two dates.</source>
            <translation>الصورتان السابقة واللاحقة هما الطبقة نفسها: اختر تاريخين مختلفين.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="365" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="377" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="544" />
            <source>A run is already in progress: wait for it or cancel it.</source>
            <translation>هناك تشغيل قيد التنفيذ: انتظر انتهاءه أو ألغِه.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="372" />
            <source>Fragile Borders analysis</source>
            <translation>تحليل Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="382" />
            <source>Fragile Borders training borderland</source>
            <translation>منطقة التدريب الحدودية Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="396" />
            <source>Running in the background… QGIS stays usable.</source>
            <translation>جارٍ التشغيل في الخلفية… يبقى QGIS قابلاً للاستخدام.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="402" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="424" />
            <source>Cancelled: nothing was loaded.</source>
            <translation>أُلغي: لم يُحمَّل أي شيء.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="427" />
            <source>The run failed: {}</source>
            <translation>فشل التشغيل: {}</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="456" />
            <source>Results loaded into the group "{}".</source>
            <translation>حُمّلت النتائج في المجموعة «{}».</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="476" />
            <source>{} changes, {} tracks ({} new), {} segments, {} patrol posts.</source>
            <translation>{} تغيّرات، {} مسالك ({} جديدة)، {} مقاطع، {} مواقع دوريات.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="483" />
            <source>Posts cover {:.0%} of the total priority.</source>
            <translation>تغطي المواقع {:.0%} من مجموع الأولوية.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="503" />
            <source>No patrol post could be placed: all {} segments have a risk to patrols above the limit of {:.0f} (the lowest is {:.0f}). Raise "Maximum risk for a post" only if the teams can be protected, or plan when the area is calmer.</source>
            <translation>تعذّر وضع أي موقع دورية: كل المقاطع الـ {} خطرها على الدوريات أعلى من الحد {:.0f} (أدناها {:.0f}). لا ترفع «الخطر الأقصى لموقع» إلا إذا أمكن حماية الفرق، أو خطّط حين تهدأ المنطقة.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="519" />
            <source>Load results of an earlier run</source>
            <translation>تحميل نتائج تشغيل سابق</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="520" />
            <source>Fragile Borders results (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</source>
            <translation>نتائج Fragile Borders (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="529" />
            <source>Export briefing</source>
            <translation>تصدير الإحاطة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="530" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="547" />
            <source>Load or run an analysis first: the briefing describes its results.</source>
            <translation>حمّل تحليلاً أو شغّله أولاً: الإحاطة تصف نتائجه.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="552" />
            <source>Writing the briefing…</source>
            <translation>جارٍ كتابة الإحاطة…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="557" />
            <source>The briefing could not be written: {}</source>
            <translation>تعذّرت كتابة الإحاطة: {}</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="561" />
            <source>Briefing written to {} ({} pages).</source>
            <translation>كُتبت الإحاطة في {} ({} صفحات).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="569" />
            <source>Training borderland (seed {})</source>
            <translation>منطقة التدريب الحدودية (البذرة {})</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="583" />
            <source>Training borderland loaded into "{}": the inputs are filled in, press Run on the Analysis tab.</source>
            <translation>حُمّلت منطقة التدريب في «{}»: المدخلات معبّأة، اضغط «تشغيل» في تبويب التحليل.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="603" />
            <source>Parameters set for this scene: segments of {SEGMENT_LENGTH_M:.0f} m, team reach {REACH_M:.0f} m, corridor {CORRIDOR_M:.0f} m.</source>
            <translation>ضُبطت المعاملات لهذا المشهد: مقاطع بطول {SEGMENT_LENGTH_M:.0f} م، مدى الفريق {REACH_M:.0f} م، الممر {CORRIDOR_M:.0f} م.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="32" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="76" />
            <source>Patrol posts</source>
            <translation>مواقع الدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="33" />
            <source>Tracks (new: magenta halo)</source>
            <translation>المسالك (الجديدة: هالة أرجوانية)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="34" />
            <source>Border segments – priority</source>
            <translation>مقاطع الحدود – الأولوية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="35" />
            <source>Border segments – risk to patrols</source>
            <translation>مقاطع الحدود – الخطر على الدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="37" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="78" />
            <source>Patrol coverage</source>
            <translation>تغطية الدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="39" />
            <location filename="../../processing_algorithms/detect_changes.py" line="176" />
            <location filename="../../processing_algorithms/score_segments.py" line="106" />
            <source>Changes</source>
            <translation>التغيّرات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="43" />
            <location filename="../../processing_algorithms/detect_changes.py" line="174" />
            <source>Change mask</source>
            <translation>قناع التغيّرات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="44" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="117" />
            <source>Track response</source>
            <translation>استجابة مرشّح المسالك</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="46" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="216" />
            <location filename="../../processing_algorithms/detect_changes.py" line="169" />
            <source>Change score</source>
            <translation>درجة التغيّر</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="49" />
            <location filename="../../fragile_borders_plugin/gui/results.py" line="61" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="210" />
            <source>After image (RGB)</source>
            <translation>الصورة اللاحقة (أحمر-أخضر-أزرق)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="53" />
            <source>Answers: true tracks</source>
            <translation>الإجابات: المسالك الحقيقية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="54" />
            <source>Answers: true changes</source>
            <translation>الإجابات: التغيّرات الحقيقية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="55" />
            <location filename="../../processing_algorithms/pipeline.py" line="88" />
            <location filename="../../processing_algorithms/score_segments.py" line="111" />
            <source>Official crossings</source>
            <translation>المعابر الرسمية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="56" />
            <location filename="../../processing_algorithms/base.py" line="26" />
            <location filename="../../processing_algorithms/import_incidents.py" line="75" />
            <location filename="../../processing_algorithms/pipeline.py" line="86" />
            <location filename="../../processing_algorithms/score_segments.py" line="109" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="57" />
            <source>Border</source>
            <translation>الحدود</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="60" />
            <location filename="../../processing_algorithms/training_scene.py" line="58" />
            <source>Cloud mask</source>
            <translation>قناع السحب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="62" />
            <source>Before image (RGB)</source>
            <translation>الصورة السابقة (أحمر-أخضر-أزرق)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="68" />
            <source>New bright surface (compound, cleared ground)</source>
            <translation>سطح فاتح جديد (مجمّع، أرض مُزالة)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="68" />
            <source>Darkening (pits, burnt or wet ground)</source>
            <translation>إعتام (حفر، أرض محروقة أو رطبة)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Vegetation loss</source>
            <translation>فقدان الغطاء النباتي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Vegetation gain</source>
            <translation>زيادة الغطاء النباتي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Other change</source>
            <translation>تغيّر آخر</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Unclassified</source>
            <translation>غير مصنّف</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="70" />
            <source>New track (appeared between the dates)</source>
            <translation>مسلك جديد (ظهر بين التاريخين)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="70" />
            <source>Confidence 0.00–0.25 (faint)</source>
            <translation>الثقة 0.00–0.25 (باهت)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.25–0.50</source>
            <translation>الثقة 0.25–0.50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.50–0.75</source>
            <translation>الثقة 0.50–0.75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.75–1.00 (clear)</source>
            <translation>الثقة 0.75–1.00 (واضح)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 0–25</source>
            <translation>الدرجة 0–25</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 25–50</source>
            <translation>الدرجة 25–50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 50–75</source>
            <translation>الدرجة 50–75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 75–100</source>
            <translation>الدرجة 75–100</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 0–25</source>
            <translation>الخطر 0–25</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 25–50</source>
            <translation>الخطر 25–50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 50–75</source>
            <translation>الخطر 50–75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Risk 75–100 (dangerous for patrols)</source>
            <translation>الخطر 75–100 (خطر على الدوريات)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Severity 1</source>
            <translation>الخطورة 1</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Severity 2</source>
            <translation>الخطورة 2</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>Severity 3</source>
            <translation>الخطورة 3</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>Severity 4+</source>
            <translation>الخطورة 4+</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>True new track</source>
            <translation>مسلك جديد حقيقي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>True older track</source>
            <translation>مسلك قديم حقيقي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="75" />
            <source>No change</source>
            <translation>لا تغيّر</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="75" />
            <source>Significant change</source>
            <translation>تغيّر دالّ</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="131" />
            <source>No Fragile Borders results in {}: choose the pipeline's output folder or its fragile_borders.gpkg.</source>
            <translation>لا توجد نتائج Fragile Borders في {}: اختر مجلد مخرجات السلسلة أو ملف fragile_borders.gpkg الخاص بها.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="214" />
            <source>Could not read the style {}.</source>
            <translation>تعذّرت قراءة النمط {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="360" />
            <source>The run produced no layer that could be opened ({}).</source>
            <translation>لم ينتج التشغيل أي طبقة يمكن فتحها ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="395" />
            <source>The training scene could not be opened ({}).</source>
            <translation>تعذّر فتح مشهد التدريب ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="396" />
            <source>Training borderland</source>
            <translation>منطقة التدريب الحدودية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="229" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>critical</source>
            <translation>حرجة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="229" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>high</source>
            <translation>عالية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="230" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="11" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="230" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>low</source>
            <translation>منخفضة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="14" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="14" />
            <source>1 = highest score</source>
            <translation>1 = أعلى درجة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="15" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Score</source>
            <translation>الدرجة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="15" />
            <source>Patrol priority score, 0–100</source>
            <translation>درجة أولوية الدوريات، 0–100</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="16" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="16" />
            <source>critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest</source>
            <translation>حرجة = أعلى 10 % من المقاطع، عالية = الـ 20 % التالية، متوسطة = الـ 30 % التالية، منخفضة = الباقي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="18" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="394" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Risk</source>
            <translation>الخطر</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="18" />
            <source>Risk to patrol personnel, 0–100 (separate from the priority)</source>
            <translation>الخطر على أفراد الدوريات، 0–100 (منفصل عن الأولوية)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="19" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="394" />
            <source>Drivers</source>
            <translation>العوامل المؤثرة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="19" />
            <source>The factors that add most to the score</source>
            <translation>العوامل الأكثر إسهاماً في الدرجة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="62" />
            <source>Click a row to zoom the map to that segment.</source>
            <translation>انقر على صف لتكبير الخريطة إلى ذلك المقطع.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="63" />
            <source>The Processing algorithm {} is not available: check that the Fragile Borders provider is enabled (Processing &gt; Options &gt; Providers).</source>
            <translation>خوارزمية المعالجة {} غير متاحة: تأكّد من تفعيل مزوّد Fragile Borders (المعالجة &gt; الخيارات &gt; المزوّدون).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="122" />
            <source>The algorithm failed; see the Processing log for details.</source>
            <translation>فشلت الخوارزمية؛ راجع سجل المعالجة للتفاصيل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="23" />
            <source>Change detection</source>
            <translation>كشف التغيّرات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="24" />
            <source>Track extraction</source>
            <translation>استخراج المسالك</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="25" />
            <source>Border segments and patrols</source>
            <translation>مقاطع الحدود والدوريات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="27" />
            <source>Workflows</source>
            <translation>سلاسل المعالجة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="92" />
            <source>optional</source>
            <translation>اختياري</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="100" />
            <source>Outputs</source>
            <translation>المخرجات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="101" />
            <source>Runs offline: no data leaves this computer.</source>
            <translation>يعمل دون اتصال: لا تغادر أي بيانات هذا الحاسوب.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Cancelled by the user: no output was written.</source>
            <translation>ألغاه المستخدم: لم يُكتب أي مخرج.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="120" />
            <source>Could not read or write a file: {}</source>
            <translation>تعذّرت قراءة ملف أو كتابته: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Cancelled by the user: outputs are incomplete.</source>
            <translation>ألغاه المستخدم: المخرجات غير مكتملة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="25" />
            <source>Briefing (PDF) of a pipeline run</source>
            <translation>إحاطة (PDF) لتشغيل سلسلة المعالجة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="27" />
            <source>Writes a print-ready A4 landscape PDF of a pipeline run, laid out by a QGIS print layout: page 1 is the map of the area on the AFTER image with the styled results, legend, scale bar, north arrow, a latitude/longitude grid, an overview inset, the dates of both images and of the run and the marking at the top and bottom; page 2 ranks the top segments (rank, km, score, priority, risk, drivers) and lists the patrol posts with their coordinates, beside a "method and limits" box (steps that ran, masked share, missing inputs and layers); optional pages hold one detail map per top segment. In English, French or Arabic (right to left), whatever the interface language. Needs no network.</source>
            <translation>يكتب ملف PDF بحجم A4 أفقي جاهزاً للطباعة لتشغيل سلسلة المعالجة، بتخطيط طباعة QGIS: الصفحة 1 خريطة المنطقة على الصورة اللاحقة مع النتائج المنسقة ومفتاح الخريطة ومقياس الرسم وسهم الشمال وشبكة خطوط العرض والطول وخريطة موقع مصغرة وتاريخَي الصورتين وتاريخ التشغيل ودرجة السرية أعلى الصفحة وأسفلها؛ الصفحة 2 ترتب أعلى المقاطع (الرتبة، كم، الدرجة، الأولوية، الخطر، العوامل) وتسرد مواقع الدوريات بإحداثياتها، بجانب إطار «المنهج والحدود» (الخطوات المنفذة، الجزء المحجوب، المدخلات والطبقات الناقصة)؛ وصفحات اختيارية تحمل خريطة تفصيلية لكل مقطع من المقاطع الأعلى. بالإنجليزية أو الفرنسية أو العربية (من اليمين إلى اليسار) أياً كانت لغة الواجهة. لا يحتاج إلى شبكة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="35" />
            <source>Number of pages of the PDF.</source>
            <translation>عدد صفحات ملف PDF.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="41" />
            <source>Pipeline run folder</source>
            <translation>مجلد تشغيل سلسلة المعالجة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="43" />
            <source>Output folder of a pipeline run (fragile_borders.gpkg, rasters, run.json).</source>
            <translation>مجلد مخرجات تشغيل سلسلة المعالجة (fragile_borders.gpkg، الصور النقطية، run.json).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="44" />
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="45" />
            <source>Title printed at the top of page 1; empty = "Border surveillance briefing" in the briefing's language.</source>
            <translation>العنوان المطبوع أعلى الصفحة 1؛ فارغ = «إحاطة مراقبة الحدود» بلغة الإحاطة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="47" />
            <source>Marking</source>
            <translation>درجة السرية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="48" />
            <source>Protective marking printed at the top and bottom of every page (free text, e.g. RESTRICTED); empty = none.</source>
            <translation>درجة السرية المطبوعة أعلى كل صفحة وأسفلها (نص حر، مثل: مقيّد)؛ فارغ = بلا.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="50" />
            <source>Language</source>
            <translation>اللغة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="51" />
            <source>auto (interface language)</source>
            <translation>تلقائي (لغة الواجهة)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="53" />
            <source>Language of every text of the briefing; Arabic is laid out right to left.</source>
            <translation>لغة كل نصوص الإحاطة؛ العربية تُخطَّط من اليمين إلى اليسار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="54" />
            <source>Segments in the table</source>
            <translation>المقاطع في الجدول</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="56" />
            <source>How many of the highest-ranked segments the table lists (1–15).</source>
            <translation>عدد المقاطع الأعلى رتبة التي يسردها الجدول (1–15).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="57" />
            <source>Detail maps</source>
            <translation>خرائط تفصيلية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="59" />
            <source>One detail map for each of this many top segments, four per page (0 = none).</source>
            <translation>خريطة تفصيلية لكل مقطع من هذا العدد من المقاطع الأعلى، أربع في كل صفحة (0 = بلا).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="60" />
            <source>Briefing PDF</source>
            <translation>ملف PDF للإحاطة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="60" />
            <source>PDF files (*.pdf)</source>
            <translation>ملفات PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="61" />
            <source>The PDF to write.</source>
            <translation>ملف PDF المراد كتابته.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="62" />
            <source>Page images folder</source>
            <translation>مجلد صور الصفحات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="64" />
            <source>Folder that receives one PNG per page, named after the PDF (briefing.png, briefing_2.png, …); empty = no images.</source>
            <translation>المجلد الذي يستقبل صورة PNG لكل صفحة باسم ملف PDF (briefing.png، briefing_2.png، …)؛ فارغ = بلا صور.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="66" />
            <source>Pages</source>
            <translation>الصفحات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="76" />
            <source>INPUT: choose the output folder of a pipeline run (it holds fragile_borders.gpkg).</source>
            <translation>INPUT: اختر مجلد مخرجات تشغيل سلسلة المعالجة (يحتوي على fragile_borders.gpkg).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="87" />
            <source>Reading the run in {}</source>
            <translation>قراءة التشغيل في {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="93" />
            <source>Layout: {} page(s), language {}.</source>
            <translation>التخطيط: {} صفحة، اللغة {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="113" />
            <source>Briefing written: {} ({} pages).</source>
            <translation>كُتبت الإحاطة: {} ({} صفحات).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="120" />
            <source>OUTPUT: choose where to write the briefing PDF.</source>
            <translation>OUTPUT: اختر مكان كتابة ملف PDF للإحاطة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="127" />
            <source>OUTPUT: cannot create the folder {} ({}): choose another place for the briefing.</source>
            <translation>OUTPUT: تعذّر إنشاء المجلد {} ({}): اختر مكاناً آخر للإحاطة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="130" />
            <source>OUTPUT: {} cannot be written (no permission): choose another place for the briefing.</source>
            <translation>OUTPUT: لا يمكن كتابة {} (لا إذن): اختر مكاناً آخر للإحاطة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="105" />
            <source>{} track crossing(s)</source>
            <translation>{} عبور مسالك</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="105" />
            <source>{} km of tracks per km²</source>
            <translation>{} كم من المسالك لكل كم²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="106" />
            <source>{} km of tracks per km² ({} km new)</source>
            <translation>{} كم من المسالك لكل كم² ({} كم جديدة)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="107" />
            <source>{} m² of change</source>
            <translation>{} م² من التغير</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="108" />
            <source>{} incident(s) (weight {} after decay)</source>
            <translation>{} حادثة (وزن {} بعد التناقص)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="109" />
            <source>{} km from an official crossing</source>
            <translation>{} كم من معبر رسمي</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="110" />
            <source>passable terrain (mean slope {}°)</source>
            <translation>أرض سالكة (متوسط الانحدار {}°)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="110" />
            <source>no indicator</source>
            <translation>لا مؤشر</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="251" />
            <source>The segments layer of the run could not be opened.</source>
            <translation>تعذّر فتح طبقة المقاطع لهذا التشغيل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="277" />
            <source>Fragile Borders – page {} of {}</source>
            <translation>Fragile Borders – الصفحة {} من {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="282" />
            <source>Border surveillance briefing</source>
            <translation>إحاطة مراقبة الحدود</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="284" />
            <source>unknown</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="285" />
            <source>Images: before {}, after {}. Analysis run: {}.</source>
            <translation>الصور: قبل {}، بعد {}. تاريخ التحليل: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="314" />
            <source>Overview: the map frame within three times its area</source>
            <translation>موقع عام: إطار الخريطة ضمن ثلاثة أضعاف مساحته</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="357" />
            <source>Legend</source>
            <translation>مفتاح الخريطة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="385" />
            <source>Ranked border segments (top {})</source>
            <translation>مقاطع الحدود المرتبة (أعلى {})</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Segment</source>
            <translation>المقطع</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>km</source>
            <translation>كم</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="397" />
            <source>Patrol posts ({})</source>
            <translation>مواقع الدوريات ({})</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Post</source>
            <translation>الموقع</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Latitude</source>
            <translation>خط العرض</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Longitude</source>
            <translation>خط الطول</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Easting / northing (m)</source>
            <translation>الإحداثي الشرقي / الشمالي (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Covered priority</source>
            <translation>الأولوية المغطاة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="407" />
            <source>No patrol post was placed in this run (see the limits).</source>
            <translation>لم يوضع أي موقع دورية في هذا التشغيل (انظر الحدود).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="411" />
            <source>Method and limits</source>
            <translation>المنهج والحدود</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="450" />
            <source>change detection (iMAD)</source>
            <translation>كشف التغيرات (iMAD)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="451" />
            <source>track extraction</source>
            <translation>استخراج المسالك</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="452" />
            <source>segment scoring</source>
            <translation>تقييم المقاطع</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="453" />
            <source>patrol planning</source>
            <translation>تخطيط الدوريات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="454" />
            <source>Steps that ran: {}.</source>
            <translation>الخطوات المنفذة: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="457" />
            <source>Segments of {:.0f} m; score 0–100 from explained factors (drivers).</source>
            <translation>مقاطع بطول {:.0f} م؛ درجة 0–100 من عوامل مفسَّرة (العوامل الرئيسية).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="460" />
            <source>Cloud and shadow mask: {:.1%} of the image left out of change detection.</source>
            <translation>قناع السحب والظلال: استُبعد {:.1%} من الصورة من كشف التغيرات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="463" />
            <source>No change score (no data or masked) on {:.1%} of the image.</source>
            <translation>لا درجة تغيّر (بلا بيانات أو محجوب) على {:.1%} من الصورة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="465" />
            <source>no incidents: the incident factor and the risk to patrols are unknown, not zero</source>
            <translation>لا حوادث: عامل الحوادث والخطر على الدوريات مجهولان، لا صفر</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="467" />
            <source>no official crossings: remoteness is not scored</source>
            <translation>لا معابر رسمية: البُعد غير مُقيَّم</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="468" />
            <source>no cloud mask: clouds and shadows may show as change</source>
            <translation>لا قناع سحب: قد تظهر السحب والظلال كتغيرات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="469" />
            <source>no area of interest: the whole image was analysed</source>
            <translation>لا منطقة اهتمام: حُلّلت الصورة كلها</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="472" />
            <source>no change layer in the run</source>
            <translation>لا طبقة تغيرات في التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="472" />
            <source>no track layer in the run</source>
            <translation>لا طبقة مسالك في التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="473" />
            <source>no patrol plan in the run</source>
            <translation>لا خطة دوريات في التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="474" />
            <source>no patrol coverage in the run</source>
            <translation>لا تغطية دوريات في التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="478" />
            <source>Automatic detections: confirm on the images before acting.</source>
            <translation>كشوف آلية: تحقّق منها على الصور قبل التصرف.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="484" />
            <source>Detail maps of the top segments</source>
            <translation>خرائط تفصيلية للمقاطع الأعلى</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="497" />
            <source>Rank {}: segment {}, km {}–{}, score {}, risk {}</source>
            <translation>الرتبة {}: المقطع {}، كم {}–{}، الدرجة {}، الخطر {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="26" />
            <source>Detect changes between two images</source>
            <translation>كشف التغيّرات بين صورتين</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="28" />
            <source>Finds what changed between an earlier (BEFORE) and a later (AFTER) multispectral image of the same area — new compounds, cleared ground, pits, vegetation cut — while ignoring what is not change: a different illumination or sensor calibration, a sub-pixel misregistration, clouds given in MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignment.&lt;/b&gt; The analysis runs on BEFORE's pixel grid, restricted to the overlap of the two images. AFTER (any CRS, pixel size, extent) is resampled onto it: bilinear (no half-pixel jitter, no overshoot at sharp edges that would itself look like change), or average when AFTER is much finer; MASK with nearest. Nodata of both images, MASK and the outside of the AOI are left out of the statistics and come out as nodata.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methods.&lt;/b&gt; &lt;i&gt;Automatic&lt;/i&gt; (default): iMAD where the images have 2 or more independent bands that relate pixel to pixel (largest canonical correlation 0.7 or more); on weakly related dates (very high resolution pairs: buildings lean, shadows move) the texture: the edge energy of each date over 21-pixel windows, compared by its log ratio, which neither a shift nor a gain changes; the brightness difference on a single band (panchromatic, one SAR band, an index). The log says which. &lt;i&gt;iMAD&lt;/i&gt;: iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007) — canonical correlation between the dates, pixels re-weighted by their no-change probability until the canonical correlations move by less than 0.001 (at most 100 iterations); insensitive to any per-band gain and offset between the dates; the score is the chi-square statistic (degrees of freedom = bands), calibrated on the unchanged pixels (texture and blur make them wider than chi-square); constant or duplicated bands are dropped with a warning; needs 2 independent bands or more (an error otherwise). &lt;i&gt;CVA&lt;/i&gt;: length of the per-band difference vector after a robust per-band gain/offset normalisation of AFTER onto BEFORE (score in pixel units). &lt;i&gt;NDVI difference&lt;/i&gt;: |NDVI after − NDVI before| (vegetation changes only). &lt;i&gt;Brightness difference&lt;/i&gt;: |difference of the mean of the bands| in pixel units (bare soil, clearing, roofs, pits).&lt;br&gt;&lt;br&gt;&lt;b&gt;Threshold.&lt;/b&gt; Adaptive (default): the squared change of the sampled pixels is modelled as two classes, unchanged and changed (a two-gamma mixture fitted by EM); the threshold is the smaller of the SIGNIFICANCE quantile of the unchanged class and the boundary where a pixel becomes more likely changed than not. Where changes are rare SIGNIFICANCE decides (1 − SIGNIFICANCE = false-alarm rate on unchanged pixels); where much changed the boundary does. The log gives the estimated changed share; when under 30 % of the pixels look unchanged the images are taken as unrelated ("no stable background" warning) and nothing is mapped. &lt;i&gt;No-change quantile&lt;/i&gt;: SIGNIFICANCE quantile only; &lt;i&gt;Otsu&lt;/i&gt;: the larger of that and Otsu's threshold.&lt;br&gt;&lt;br&gt;&lt;b&gt;Misregistration.&lt;/b&gt; A pixel stays changed only if it cannot be explained by moving the blurrier date by up to TOLERANCE_PX pixels along the 8 directions — as far as the shift measured between the dates plus 0.3 pixel: edges that only moved are dropped, a new one-pixel wall is kept. Skipped on dates that relate weakly pixel to pixel. Then isolated pixels and changes smaller than MIN_AREA_M2 are removed; thin outlines (walls, fences) are kept.&lt;br&gt;&lt;br&gt;&lt;b&gt;Thin lines.&lt;/b&gt; Walls, fences and new tracks too faint for the pixel test are found from the evidence summed along 1-pixel lines of LINE_LENGTH_M (30 m by default; 0 = off, about a third faster); the misregistration test drops such a line only where both dates show an edge there (a dune crest that moved).&lt;br&gt;&lt;br&gt;&lt;b&gt;Change classes&lt;/b&gt; (change_class, from the mean spectral change of each polygon, AFTER normalised onto BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — NDVI drops by 0.08 or more from vegetation (NDVI ≥ 0.2 before); &lt;i&gt;vegetation_gain&lt;/i&gt; — NDVI rises by 0.08 or more to vegetation; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % brighter or more (structures, roofs, cleared ground, airstrips, new tracks); &lt;i&gt;darkening&lt;/i&gt; — 8 % darker or more (excavation, pits, burn scars, water, tarmac); &lt;i&gt;other&lt;/i&gt; — the rest (colour changes). Vegetation classes need the red and NIR bands among the compared bands.&lt;br&gt;&lt;br&gt;Large images are processed in one streaming pass of row blocks after the statistics are taken from a sample: memory does not grow with the image height.</source>
            <translation>يكشف ما تغيّر بين صورة متعددة الأطياف سابقة (BEFORE) ولاحقة (AFTER) للمنطقة نفسها — مجمّعات جديدة، أرض مُجرّفة، حُفر، نبات مقطوع — مع تجاهل ما ليس تغيّرًا: إضاءة أو معايرة مستشعر مختلفة، إزاحة دون البكسل، الغيوم المعطاة في MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;المحاذاة.&lt;/b&gt; يجري التحليل على شبكة بكسلات BEFORE مقصورةً على تداخل الصورتين. يُعاد تشكيل AFTER (أي نظام إحداثيات أو حجم بكسل أو امتداد) عليها: ثنائي الخطية (بلا اهتزاز نصف بكسل ولا تجاوز عند الحواف الحادة قد يبدو هو نفسه تغيّرًا)، أو بالمتوسط حين تكون AFTER أدق بكثير؛ وMASK بأقرب جار. تُستبعد البكسلات بلا بيانات في الصورتين وMASK وخارج منطقة الاهتمام من الإحصاءات وتخرج بلا بيانات.&lt;br&gt;&lt;br&gt;&lt;b&gt;الطرائق.&lt;/b&gt; &lt;i&gt;تلقائي&lt;/i&gt; (افتراضي): iMAD حين يكون للصورتين نطاقان مستقلان أو أكثر مترابطان بكسلًا ببكسل (أكبر ارتباط قانوني 0.7 أو أكثر)؛ والنسيج على تاريخين ضعيفي الارتباط (أزواج عالية الدقة جدًا: تميل المباني وتتحرك الظلال): طاقة الحواف لكل تاريخ على نوافذ من 21 بكسلًا، تُقارن بلوغاريتم نسبتها الذي لا تغيّره إزاحة ولا كسب؛ وفرق السطوع على نطاق واحد (بانكروماتي، نطاق SAR واحد، مؤشر). ويذكر السجل أيها استُخدم. &lt;i&gt;iMAD&lt;/i&gt;: كشف التغيّر متعدد المتغيرات المعاد ترجيحه تكراريًا (Nielsen 2007) — ارتباط قانوني بين التاريخين، وتُعاد أوزان البكسلات باحتمال عدم تغيّرها حتى تتحرك الارتباطات القانونية بأقل من 0.001 (100 تكرار على الأكثر)؛ لا يتأثر بأي كسب أو إزاحة لكل نطاق بين التاريخين؛ الدرجة هي إحصاء كاي تربيع (درجات الحرية = النطاقات) معايرًا على البكسلات غير المتغيّرة (النسيج والضبابية يجعلانها أوسع من كاي تربيع)؛ تُستبعد النطاقات الثابتة أو المكررة مع تحذير؛ يتطلب نطاقين مستقلين أو أكثر (وإلا فخطأ). &lt;i&gt;CVA&lt;/i&gt;: طول متجه الفرق لكل نطاق بعد تطبيع متين للكسب/الإزاحة لكل نطاق من AFTER إلى BEFORE (الدرجة بوحدات البكسل). &lt;i&gt;فرق NDVI&lt;/i&gt;: |NDVI بعد − NDVI قبل| (تغيّرات النبات فقط). &lt;i&gt;فرق السطوع&lt;/i&gt;: |فرق متوسط النطاقات| بوحدات البكسل (تربة عارية، تجريف، أسطح، حُفر).&lt;br&gt;&lt;br&gt;&lt;b&gt;العتبة.&lt;/b&gt; تكيّفية (افتراضية): يُنمذج مربع التغيّر للبكسلات المعاينة بصنفين، غير متغيّر ومتغيّر (مزيج من توزيعي غاما يُلاءَم بخوارزمية EM)؛ والعتبة هي الأصغر بين مئين SIGNIFICANCE لصنف غير المتغيّر والحدّ الذي يصبح عنده البكسل متغيّرًا على الأرجح. حيث تكون التغيّرات نادرة تحسم SIGNIFICANCE (1 − SIGNIFICANCE = معدل الإنذارات الكاذبة على البكسلات غير المتغيّرة)؛ وحيث تغيّر الكثير يحسم الحدّ. يعطي السجل الحصة المتغيّرة المقدّرة؛ وحين يبدو أقل من 30 % من البكسلات غير متغيّر تُعدّ الصورتان غير مترابطتين (تحذير «لا خلفية مستقرة») ولا يُرسم شيء. &lt;i&gt;مئين عدم التغيّر&lt;/i&gt;: مئين SIGNIFICANCE وحده؛ &lt;i&gt;Otsu&lt;/i&gt;: الأكبر بينه وبين عتبة Otsu.&lt;br&gt;&lt;br&gt;&lt;b&gt;الإزاحة.&lt;/b&gt; لا يبقى البكسل متغيّرًا إلا إذا تعذّر تفسيره بتحريك التاريخ الأكثر ضبابية حتى TOLERANCE_PX بكسل في الاتجاهات الثمانية — بقدر الإزاحة المقيسة بين التاريخين مضافًا إليها 0.3 بكسل: تُستبعد الحواف التي تحركت فقط، ويُحتفظ بجدار جديد بعرض بكسل واحد. لا يُطبّق على تاريخين ضعيفي الارتباط بكسلًا ببكسل. ثم تُزال البكسلات المعزولة والتغيّرات الأصغر من MIN_AREA_M2؛ ويُحتفظ بالخطوط الرفيعة (الجدران، الأسوار).&lt;br&gt;&lt;br&gt;&lt;b&gt;الخطوط الرفيعة.&lt;/b&gt; تُكشف الجدران والأسوار والمسالك الجديدة الأخفت من أن يلتقطها اختبار البكسل من الدليل المجموع على امتداد خطوط بعرض بكسل واحد بطول LINE_LENGTH_M (30 م افتراضيًا؛ 0 = معطّل، أسرع بنحو الثلث)؛ ولا يستبعد اختبارُ سوء التسجيل مثل هذا الخط إلا حيث يُظهر التاريخان كلاهما حافة هناك (قمة كثيب منزاحة).&lt;br&gt;&lt;br&gt;&lt;b&gt;أصناف التغيّر&lt;/b&gt; (change_class، من متوسط التغيّر الطيفي لكل مضلع، مع تطبيع AFTER على BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — ينخفض NDVI بمقدار 0.08 أو أكثر من غطاء نباتي (NDVI ≥ 0.2 قبل)؛ &lt;i&gt;vegetation_gain&lt;/i&gt; — يرتفع NDVI بمقدار 0.08 أو أكثر إلى غطاء نباتي؛ &lt;i&gt;new_bright_surface&lt;/i&gt; — أفتح بنسبة 8 % أو أكثر (منشآت، أسطح، أرض مجرّفة، مهابط طائرات، مسالك جديدة)؛ &lt;i&gt;darkening&lt;/i&gt; — أغمق بنسبة 8 % أو أكثر (حفر، حُفر، آثار حرائق، ماء، إسفلت)؛ &lt;i&gt;other&lt;/i&gt; — الباقي (تغيّرات اللون). تتطلب أصناف النبات وجود النطاقين الأحمر وتحت الأحمر القريب بين النطاقات المقارنة.&lt;br&gt;&lt;br&gt;تُعالج الصور الكبيرة في تمريرة متدفقة واحدة بكتل من الصفوف بعد أخذ الإحصاءات من عينة: لا تنمو الذاكرة مع ارتفاع الصورة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="90" />
            <source>Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR). Its grid (CRS, pixel size) is the grid of the outputs.</source>
            <translation>الصورة متعددة الأطياف الأقدم (GeoTIFF؛ مثلاً أزرق، أخضر، أحمر، تحت الحمراء القريبة). شبكتها (نظام الإحداثيات، حجم البكسل) هي شبكة المخرجات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="93" />
            <source>Later image of the same area; may differ in CRS, pixel size, extent and band count (resampled onto BEFORE's grid, bilinear).</source>
            <translation>الصورة الأحدث للمنطقة نفسها؛ قد تختلف في نظام الإحداثيات وحجم البكسل والامتداد وعدد النطاقات (يُعاد أخذ عيّناتها على شبكة BEFORE، ثنائي الخطية).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="98" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="99" />
            <source>iMAD (iteratively re-weighted MAD)</source>
            <translation>iMAD (MAD معاد الترجيح تكرارياً)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="99" />
            <source>CVA (change vector magnitude)</source>
            <translation>CVA (طول متجه التغيّر)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>NDVI difference</source>
            <translation>فرق NDVI</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>Brightness difference</source>
            <translation>فرق السطوع</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>Automatic (iMAD, texture or brightness)</source>
            <translation>تلقائي (iMAD أو النسيج أو السطوع)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="102" />
            <source>Automatic (recommended): iMAD on 2+ independent, related bands, texture (edge energy over windows) on weakly related dates, brightness on a single band; the log says which. iMAD: chi-square statistic, insensitive to gain/offset differences (2+ bands). CVA: spectral difference magnitude. NDVI: vegetation changes. Brightness: bare soil / bright or dark surfaces.</source>
            <translation>تلقائي (موصى به): iMAD على نطاقين مستقلين ومترابطين أو أكثر، والنسيج (طاقة الحواف على نوافذ) على تاريخين ضعيفي الارتباط، والسطوع على نطاق واحد؛ ويذكر السجل أيها استُخدم. iMAD: إحصاء كاي تربيع، لا يتأثر بفروق الكسب/الإزاحة (نطاقان أو أكثر). CVA: مقدار الفرق الطيفي. NDVI: تغيّرات الغطاء النباتي. السطوع: التربة العارية / الأسطح الفاتحة أو الداكنة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="108" />
            <source>Probability of change required to mark a pixel changed (0.5–0.999999); higher = fewer, surer changes. Where changes are rare, 1 − SIGNIFICANCE is the false-alarm rate on unchanged pixels.</source>
            <translation>احتمال التغيّر المطلوب لاعتبار البكسل متغيّرًا (0.5–0.999999)؛ القيمة الأعلى = تغيّرات أقل وأوثق. حيث تكون التغيّرات نادرة، يكون 1 − SIGNIFICANCE معدل الإنذارات الكاذبة على البكسلات غير المتغيّرة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="113" />
            <source>Changes smaller than this area in square metres are dropped (areas are true m² also for images in a geographic CRS). 50 m² keeps a mining pit 10 m across.</source>
            <translation>تُحذف التغيّرات الأصغر من هذه المساحة بالأمتار المربعة (المساحات بالمتر المربع الحقيقي حتى للصور في نظام إحداثيات جغرافي). تحتفظ 50 م² بحفرة تعدين قطرها 10 م.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="118" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="94" />
            <location filename="../../processing_algorithms/pipeline.py" line="93" />
            <source>Area of interest</source>
            <translation>منطقة الاهتمام</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="119" />
            <source>Polygons (any CRS) limiting the analysis; pixels outside are nodata.</source>
            <translation>مضلعات (بأي نظام إحداثيات) تحصر التحليل؛ البكسلات خارجها بلا بيانات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="120" />
            <source>Bands of BEFORE</source>
            <translation>نطاقات BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="122" />
            <source>Bands of BEFORE to compare, paired in order with BANDS_AFTER. Empty = the first N bands, N = the smaller band count of the two images.</source>
            <translation>نطاقات BEFORE المطلوب مقارنتها، مقترنة بالترتيب مع BANDS_AFTER. فارغ = أول N نطاقات، N = أصغر عدد نطاقات بين الصورتين.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="124" />
            <source>Bands of AFTER</source>
            <translation>نطاقات AFTER</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="126" />
            <source>Bands of AFTER paired with BANDS_BEFORE (same number of bands). Empty = same band numbers as BANDS_BEFORE.</source>
            <translation>نطاقات AFTER المقترنة بـ BANDS_BEFORE (العدد نفسه). فارغ = أرقام النطاقات نفسها في BANDS_BEFORE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="128" />
            <location filename="../../processing_algorithms/pipeline.py" line="90" />
            <source>Ignore mask (cloud, shadow)</source>
            <translation>قناع الاستبعاد (سحب، ظل)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="129" />
            <source>Raster whose non-zero pixels are ignored (clouds, shadows, known artefacts); left out of the statistics and nodata in the outputs. Resampled with nearest.</source>
            <translation>طبقة نقطية تُهمل بكسلاتها غير الصفرية (سحب، ظلال، تشوهات معروفة)؛ تُستبعد من الإحصاءات وتكون بلا بيانات في المخرجات. يُعاد أخذ عيّناتها بأقرب جار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="134" />
            <source>Red band of BEFORE</source>
            <translation>النطاق الأحمر في BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="136" />
            <source>Band number of BEFORE holding red (matched to AFTER through the band lists); used by NDVI and the vegetation classes.</source>
            <translation>رقم النطاق الأحمر في BEFORE (يُطابق مع AFTER عبر قوائم النطاقات)؛ يُستخدم في NDVI وفئات النبات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="138" />
            <source>NIR band of BEFORE</source>
            <translation>نطاق تحت الحمراء القريبة في BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="140" />
            <source>Band number of BEFORE holding near-infrared; used by NDVI and the vegetation classes.</source>
            <translation>رقم نطاق تحت الحمراء القريبة في BEFORE؛ يُستخدم في NDVI وفئات النبات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="142" />
            <source>Misregistration tolerance (pixels)</source>
            <translation>سماحية عدم التطابق (بكسل)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="144" />
            <source>Largest shift, in pixels, between the dates that is not counted as change (0 = compare pixel to pixel); within it, only the measured shift plus 0.3 pixel is allowed.</source>
            <translation>أكبر إزاحة بالبكسل بين التاريخين لا تُحتسب تغيّرًا (0 = مقارنة بكسل ببكسل)؛ وضمنها لا يُسمح إلا بالإزاحة المقيسة مضافًا إليها 0.3 بكسل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="147" />
            <source>Line test length (m)</source>
            <translation>طول اختبار الخطوط (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="149" />
            <source>Also find thin, faint straight changes (walls, fences, new tracks) from the evidence summed along 1-pixel lines of about this length in metres, in 8 orientations, after removing the measured shift; the misregistration tolerance then drops such a line only where both dates show an edge (a moved dune crest). 0 = off: about a third faster, but most thin walls and faint new tracks are missed.</source>
            <translation>يكشف أيضًا التغيّرات الرفيعة والخافتة والمستقيمة (الجدران والأسوار والمسالك الجديدة) من الدليل المجموع على امتداد خطوط بعرض بكسل واحد بطول يقارب هذه القيمة بالأمتار، في 8 اتجاهات، بعد إزالة الإزاحة المقيسة؛ ولا يستبعد حينئذٍ تسامحُ سوء التسجيل مثل هذا الخط إلا حيث يُظهر التاريخان كلاهما حافة (قمة كثيب منزاحة). 0 = معطّل: أسرع بنحو الثلث، لكن معظم الجدران الرفيعة والمسالك الجديدة الخافتة تفوت.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="154" />
            <source>Compare 3×3 means</source>
            <translation>مقارنة متوسطات 3×3</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="155" />
            <source>Compare 3×3 pixel means instead of single pixels: less noise on noisy images, at the cost of 1 pixel of blur on change outlines.</source>
            <translation>مقارنة متوسطات 3×3 بكسل بدلاً من البكسلات المفردة: ضجيج أقل في الصور المشوّشة، مقابل بكسل واحد من الضبابية على حواف التغيّرات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="157" />
            <source>Threshold</source>
            <translation>العتبة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="158" />
            <source>no-change model at SIGNIFICANCE</source>
            <translation>نموذج عدم التغيّر عند SIGNIFICANCE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="158" />
            <source>Otsu</source>
            <translation>Otsu</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="159" />
            <source>adaptive (two-class model)</source>
            <translation>تكيّفية (نموذج من صنفين)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="161" />
            <source>Adaptive (recommended): the smaller of the SIGNIFICANCE quantile of the unchanged class and the boundary of a two-class (unchanged/changed) model of the score, so that recall holds where much changed. No-change model: the SIGNIFICANCE quantile only. Otsu: the larger of that and Otsu's threshold of the score histogram.</source>
            <translation>تكيّفية (موصى بها): الأصغر بين مئين SIGNIFICANCE لصنف غير المتغيّر وحدّ نموذج من صنفين (غير متغيّر/متغيّر) للدرجة، كي يبقى الاستدعاء جيدًا حيث تغيّر الكثير. نموذج عدم التغيّر: مئين SIGNIFICANCE وحده. Otsu: الأكبر بينه وبين عتبة Otsu لمدرّج الدرجات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="170" />
            <source>Float32 GeoTIFF on BEFORE's grid: iMAD = calibrated chi-square statistic (unitless, degrees of freedom = bands); CVA and brightness = change magnitude in the image's pixel units (e.g. reflectance × 10000); NDVI = |NDVI difference|; texture = |log ratio of the edge energy|. Nodata −9999.</source>
            <translation>GeoTIFF بصيغة Float32 على شبكة BEFORE: iMAD = إحصاءة مربع كاي معايَرة (بلا وحدة، درجات الحرية = النطاقات)؛ CVA والسطوع = مقدار التغيّر بوحدات بكسلات الصورة (مثل الانعكاسية × 10000)؛ NDVI = |فرق NDVI|؛ النسيج = |لوغاريتم نسبة طاقة الحواف|. قيمة انعدام البيانات −9999.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="175" />
            <source>Uint8 GeoTIFF: 1 = change, 0 = no change, 255 = nodata (no data, MASK, outside AOI).</source>
            <translation>GeoTIFF بصيغة Uint8: 1 = تغيّر، 0 = لا تغيّر، 255 = بلا بيانات (انعدام البيانات، MASK، خارج AOI).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="177" />
            <source>Polygons (GeoPackage) in BEFORE's CRS: area_m2 (m²), score (mean), score_max, p_value (probability that an unchanged pixel scores the polygon's mean score), change_class (see above), d_ndvi (mean NDVI change) and d_brightness (relative brightness change).</source>
            <translation>مضلعات (GeoPackage) بنظام إحداثيات BEFORE: area_m2 (م²) وscore (المتوسط) وscore_max وp_value (احتمال أن ينال بكسل غير متغيّر متوسط درجة المضلع) وchange_class (انظر أعلاه) وd_ndvi (متوسط تغيّر NDVI) وd_brightness (التغيّر النسبي للسطوع).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="209" />
            <source>iMAD: {} iteration(s), converged: {}, canonical correlations {}.</source>
            <translation>iMAD: {} تكرار، التقارب: {}، الارتباطات القانونية {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="211" />
            <source>Method {}; estimated changed share {:.1f} %; {} change(s), {} changed pixel(s) of {} valid; threshold {:.4g}.</source>
            <translation>الطريقة {}؛ الحصة المتغيّرة المقدّرة {:.1f} %؛ {} تغيّر، {} بكسل متغيّر من {} صالح؛ العتبة {:.4g}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="20" />
            <source>Extract desert tracks</source>
            <translation>استخراج المسالك الصحراوية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="22" />
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. A small neural network shipped with the plugin (run on the processor, no download) or, on request, oriented line filters with dune-field, edge and blob suppression give a track response; it is thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (each date's response is computed from its own relative contrast, so a different illumination does not matter), and the detector also reads the difference of the two dates, in which dune crests and rock texture cancel: faint new tracks that the image alone hides are found.</source>
            <translation>يعثر على مسارات المركبات — خطوط رفيعة متعرجة وغالبًا باهتة، أفتح (قشرة مضطربة) أو أغمق من الصحراء المحيطة بها — ويعيدها خطوطًا متصلة مع درجة ثقة. تعطي شبكة عصبية صغيرة مرفقة بالإضافة (تعمل على المعالج، دون تنزيل) أو، عند الطلب، مرشحات خطوط موجهة مع إزالة حقول الكثبان والحواف والبقع استجابةً للمسار؛ تُعتبَّب بالتخلف (hysteresis) وتُرقَّق وتُحوَّل إلى مخطط تُشذَّب فروعه القصيرة وتُجسَر فجواته القصيرة المغطاة بالرمل، ثم تُبسَّط. تُعالَج الصور الكبيرة في بلاطات متداخلة؛ وتخرج الخطوط العابرة لحدود البلاطات كاملة. مع صورة سابقة (BEFORE)، تُعلَّم المسارات التي لا تظهر فيها بأنها جديدة (تُحسب استجابة كل تاريخ من تباينه النسبي الخاص، فلا يؤثر اختلاف الإضاءة). ويقرأ الكاشف أيضًا الفرق بين التاريخين، حيث تتلاشى قمم الكثبان ونسيج الصخور: فتُكتشف مسالك جديدة باهتة تخفيها الصورة وحدها.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="43" />
            <source>Image</source>
            <translation>الصورة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="44" />
            <source>Image in which to find tracks (GeoTIFF, any number of bands, projected or geographic CRS).</source>
            <translation>الصورة التي يُبحث فيها عن المسالك (GeoTIFF، أي عدد من النطاقات، نظام إحداثيات مُسقَط أو جغرافي).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="46" />
            <source>Earlier image</source>
            <translation>الصورة الأقدم</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="47" />
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. It also finds faint new tracks: it is matched to INPUT (sub-pixel shift, sharpness, illumination) and the tracks that appear in the difference, where what both dates show cancels, are added. A faint track that faded between the dates on dunes can then come out as a new one. With the learned detector, where it shows an old track that INPUT shows only faintly (dusted over, less contrast), the two dates' responses are pooled, so the track comes out whole; a track of which INPUT shows no trace is not drawn. Resampled onto INPUT's grid when needed.</source>
            <translation>صورة أقدم للمنطقة نفسها؛ المسالك الغائبة عنها تأخذ is_new = 1، والخط الذي يمتد من مسلك قديم إلى مسلك جديد يُقطع حيث تتوقف الصورة الأقدم عن إظهاره. وتساعد أيضًا في إيجاد المسالك الجديدة الباهتة: تُطابَق مع INPUT (إزاحة دون البكسل، والحدّة، والإضاءة) وتُضاف المسالك التي تظهر في الفرق، حيث يتلاشى ما يُظهره التاريخان. وقد يظهر عندئذ مسلك باهت اختفى بين التاريخين فوق الكثبان كأنه جديد. ومع الكاشف المتعلَّم، حيث تُظهر مسلكًا قديمًا لا تُظهره INPUT إلا باهتًا (مغطى بالرمل أو أقل تباينًا)، تُجمع استجابتا التاريخين فيخرج المسلك كاملًا؛ ولا يُرسم مسلك لا تُظهر INPUT أي أثر له. يُعاد أخذ عيّناتها على شبكة INPUT عند الحاجة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="62" />
            <source>Typical width of the tracks in metres (0.5 to 50 pixels). Tracks up to about twice this width are found too. On imagery finer than half this width (e.g. 6 m tracks on 0.5 m pixels) the image is averaged onto a coarser analysis grid on which a track is about 2 pixels wide: faster, and less disturbed by pixel-scale texture.</source>
            <translation>العرض النموذجي للمسالك بالأمتار (من 0.5 إلى 50 بكسل). تُكتشف أيضاً المسالك التي يصل عرضها إلى نحو ضعف هذا العرض. في الصور الأدق من نصف هذا العرض (مثل مسالك بعرض 6 م على بكسلات 0.5 م) تُحسب متوسطات الصورة على شبكة تحليل أخشن يكون فيها عرض المسلك نحو بكسلين: أسرع وأقل تأثراً بنسيج البكسلات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="66" />
            <source>Track polarity</source>
            <translation>قطبية المسالك</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>both</source>
            <translation>كلاهما</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <source>brighter than the ground</source>
            <translation>أفتح من الأرض</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <source>darker than the ground</source>
            <translation>أغمق من الأرض</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="68" />
            <source>Whether tracks are brighter (disturbed crust) or darker than their surroundings, or both.</source>
            <translation>هل المسالك أفتح (قشرة مضطربة) أو أغمق من محيطها، أو كلاهما.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="72" />
            <source>Lines shorter than this length in metres are dropped.</source>
            <translation>تُستبعد الخطوط الأقصر من هذا الطول بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="73" />
            <source>Sensitivity (0–1)</source>
            <translation>الحساسية (0–1)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="75" />
            <source>0 = only clear tracks, 1 = faint ones too (more false lines). Hysteresis thresholds on the response: high = 1.6 + 2.4 × (1 − S), low = 0.55 × high. Learned detector: response = 5.6 × track probability (S = 0.5 keeps pixels above probability 0.5 connected to others above 0.275). Filters: response in noise units, one unit being exceeded by 1 % of the pixels of pure noise.</source>
            <translation>0 = المسارات الواضحة فقط، 1 = الباهتة أيضًا (خطوط خاطئة أكثر). عتبتا التخلف على الاستجابة: العليا = 1.6 + 2.4 × (1 − S)، الدنيا = 0.55 × العليا. الكاشف المتعلَّم: الاستجابة = 5.6 × احتمال المسار (S = 0.5 تُبقي البكسلات التي يزيد احتمالها على 0.5 والمتصلة بأخرى فوق 0.275). المرشحات: الاستجابة بوحدات الضجيج، وتتجاوز الوحدةَ الواحدة 1 % من بكسلات الضجيج الصرف.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="80" />
            <source>Detector</source>
            <translation>الكاشف</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="81" />
            <source>learned (neural network)</source>
            <translation>متعلَّم (شبكة عصبية)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="81" />
            <source>oriented filters</source>
            <translation>مرشحات موجهة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="82" />
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). Each run measures INPUT's texture (median relative contrast) against the training scenes' and says in the log whether INPUT lies outside that domain; on much coarser texture (towns, farmland) the same network fine-tuned on real road images runs, reading the contrast proportionally weaker, and still finds only part of the roads. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; to cross-check. Both run offline on the processor.</source>
            <translation>مُتعلَّم: شبكة U-Net صغيرة دُرِّبت على مناطق حدودية صحراوية مُولَّدة وعلى أشباه مرسومة (قمم الكثبان، حواف الأودية والحقول، النتوءات الصخرية، الغطاء النباتي)؛ تجد هناك مسارات أكثر بخطوط خاطئة أقل (انظر اختبار الأداء في README). في كل تشغيل تُقاس نسيجية INPUT (التباين النسبي الوسيط) مقارنةً بنسيجية مشاهد التدريب، ويُذكر في السجل إن كان INPUT خارج هذا النطاق؛ على نسيج أخشن بكثير (المدن، الأراضي الزراعية) تعمل الشبكة نفسها المُحسَّنة على صور طرق حقيقية، وتقرأ التباين أضعف بالنسبة نفسها، ولا تجد مع ذلك إلا جزءًا من الطرق. المرشحات الموجهة: كاشف الخطوط المبني يدويًا مع كبت حقول الكثبان والحواف والبقع؛ للمقارنة والتحقق. كلاهما يعمل دون اتصال على المعالج.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="95" />
            <source>Polygons: only their extent is processed and the lines are clipped to them.</source>
            <translation>مضلعات: يُعالج امتدادها فقط وتُقصّ الخطوط عليها.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="97" />
            <source>Band</source>
            <translation>النطاق</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="98" />
            <source>Band to use alone. Empty = brightness, the mean of the visible bands (bands 1–3 of a 4-band blue/green/red/NIR image; all bands when there are fewer than 4).</source>
            <translation>النطاق المستخدم وحده. فارغ = السطوع، متوسط النطاقات المرئية (النطاقات 1–3 لصورة رباعية أزرق/أخضر/أحمر/تحت الحمراء القريبة؛ كل النطاقات إن كانت أقل من 4).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="101" />
            <source>Largest bridged gap (m)</source>
            <translation>أكبر فجوة يُجسَر عليها (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="103" />
            <source>Largest interruption (e.g. sand cover), in metres, bridged between two line ends pointing at each other. 0 = automatic: 10 track widths, at least 10 pixels.</source>
            <translation>أكبر انقطاع (مثل غطاء رملي) بالأمتار يُجسَر بين طرفي خطين متقابلين. 0 = تلقائي: 10 أضعاف عرض المسلك، 10 بكسلات على الأقل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="106" />
            <source>Tile size (pixels)</source>
            <translation>حجم البلاطات (بكسل)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="108" />
            <source>Side of the tiles, in pixels of the analysis grid, in which large images are processed (memory grows with its square).</source>
            <translation>ضلع البلاطات، ببكسلات شبكة التحليل، التي تُعالَج فيها الصور الكبيرة (تزداد الذاكرة مع مربعه).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="113" />
            <location filename="../../processing_algorithms/score_segments.py" line="103" />
            <source>Tracks</source>
            <translation>المسالك</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="114" />
            <source>Line layer (GeoPackage) in INPUT's CRS with length_m (metres), confidence (0–1, from response strength and continuity), mean_response (see SENSITIVITY), is_new (0/1), azimuth_deg (0–180, clockwise from north) and sinuosity (length / straight distance).</source>
            <translation>طبقة خطوط (GeoPackage) بنظام إحداثيات الصورة المدخلة مع length_m (بالأمتار)، confidence (0–1، من قوة الاستجابة والاستمرارية)، mean_response (انظر الحساسية)، is_new (0/1)، azimuth_deg (0–180، باتجاه عقارب الساعة من الشمال) وsinuosity (الطول / المسافة المستقيمة).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="119" />
            <source>Float32 GeoTIFF of the track response on the analysis grid: 5.6 × probability (learned detector) or noise units (filters), as under SENSITIVITY. With BEFORE, the response the lines are drawn from: the difference's new tracks and the two dates' pooled evidence included.</source>
            <translation>ملف GeoTIFF بصيغة Float32 لاستجابة المسار على شبكة التحليل: 5.6 × الاحتمال (الكاشف المتعلَّم) أو وحدات الضجيج (المرشحات)، كما في الحساسية. مع BEFORE، هي الاستجابة التي تُرسم منها الخطوط، بما فيها المسالك الجديدة في الفرق والأدلة المجمّعة من التاريخين.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="150" />
            <source>{} track(s), {:.1f} km, {} new.</source>
            <translation>{} مسلك، {:.1f} كم، {} جديد.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="165" />
            <source>Detector: oriented filters (as chosen).</source>
            <translation>الكاشف: المرشحات الموجهة (كما اخترت).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="167" />
            <source>Detector: learned network. INPUT's texture (median relative contrast {:.1f} %) is like that of the scenes it was trained on (about {:.1f} %).</source>
            <translation>الكاشف: الشبكة المتعلَّمة. نسيجية INPUT (التباين النسبي الوسيط {:.1f} %) تشبه نسيجية المشاهد التي دُرِّبت عليها (نحو {:.1f} %).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="171" />
            <source>Detector: learned network fine-tuned on real road images: INPUT's texture (median relative contrast {:.1f} %) is much coarser than that of the generated desert scenes (about {:.1f} %), as in towns, farmland and very fine imagery, outside the domain of the desert-scene network. It read the image's contrast {:.1f} times weaker, as in its training; its quality on real images is still low (README benchmark on real images): cross-check with DETECTOR = oriented filters.</source>
            <translation>الكاشف: الشبكة المتعلَّمة المُحسَّنة على صور طرق حقيقية: نسيجية INPUT (التباين النسبي الوسيط {:.1f} %) أخشن بكثير من نسيجية المشاهد الصحراوية المولَّدة (نحو {:.1f} %)، كما في المدن والأراضي الزراعية والصور الدقيقة جدًا، خارج نطاق شبكة المشاهد الصحراوية. قرأت تباين الصورة أضعف بـ {:.1f} مرة، كما في تدريبها؛ وما زالت جودتها على الصور الحقيقية منخفضة (اختبار README على صور حقيقية): تحقّق بـ DETECTOR = المرشحات الموجهة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="179" />
            <source>Detector: learned network. INPUT is flatter than the scenes it was trained on (median relative contrast {:.1f} % against about {:.1f} %: haze, a smooth plain or a flat band); it was read as it is. Faint tracks may be missed: raise SENSITIVITY if needed.</source>
            <translation>الكاشف: الشبكة المتعلَّمة. INPUT أكثر تجانسًا من مشاهد التدريب (التباين النسبي الوسيط {:.1f} % مقابل نحو {:.1f} %: ضباب أو سهل أملس أو نطاق مسطح)؛ قُرئ كما هو. قد تفوت المسارات الباهتة: ارفع SENSITIVITY عند الحاجة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="189" />
            <source>No track: INPUT is constant (every valid pixel has the same value), so there is no texture in which to find tracks. Check the band selection and the file.</source>
            <translation>لا مسار: INPUT ثابت (لكل البكسلات الصالحة القيمة نفسها)، فلا نسيج يُبحث فيه عن مسارات. تحقّق من اختيار النطاق ومن الملف.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="192" />
            <source>No track: no pixel reached the detector's high threshold ({:.2f}; highest response {:.2f}). The image shows no line of about TRACK_WIDTH_M; check the width, or raise SENSITIVITY.</source>
            <translation>لا مسار: لم يبلغ أي بكسل العتبة العليا للكاشف ({:.2f}؛ أعلى استجابة {:.2f}). لا تُظهر الصورة أي خط بعرض TRACK_WIDTH_M تقريبًا؛ تحقّق من العرض أو ارفع SENSITIVITY.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="197" />
            <source>No track: candidate lines were found, but none is at least MIN_LENGTH_M long with enough response along it. Lower MIN_LENGTH_M or raise SENSITIVITY.</source>
            <translation>لا مسار: وُجدت خطوط مرشحة، لكن لا يبلغ أيٌّ منها MIN_LENGTH_M باستجابة كافية على طوله. خفّض MIN_LENGTH_M أو ارفع SENSITIVITY.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="24" />
            <source>Import incidents (CSV)</source>
            <translation>استيراد الحوادث (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="26" />
            <source>Reads dated incidents from a CSV file into points with date (a real Date field), type, severity and source_line (the line of the row in the file). ACLED-style files use the columns event_date, latitude, longitude, event_type and fatalities (severity 1–4 from fatalities: 0 → 1, 1–2 → 2, 3–9 → 3, 10 or more → 4) unless other columns are named; generic files use the columns named below (common names such as date, lon/lat, x/y are found automatically). Dates are recognised automatically: ISO 2024-01-15, 15/01/2024 (day first, month first when the file shows it), '15 January 2024' (English or French months), or DATE_FORMAT. Rows that cannot be used (unreadable date, coordinates out of range or empty, empty rows) are never dropped silently: they are counted, listed by line number in the log and written with the reason to the optional rejected-rows CSV. Delimiter (, ; tab |) and encoding (UTF-8 or Windows-1252) are detected.</source>
            <translation>تقرأ حوادث مؤرّخة من ملف CSV وتحوّلها إلى نقاط مع date (حقل تاريخ حقيقي) وtype وseverity وsource_line (سطر الصف في الملف). تستخدم ملفات نمط ACLED الأعمدة event_date وlatitude وlongitude وevent_type وfatalities (الخطورة 1–4 حسب عدد القتلى: 0 → 1، 1–2 → 2، 3–9 → 3، 10 فأكثر → 4) ما لم تُسمَّ أعمدة أخرى؛ وتستخدم الملفات العامة الأعمدة المسمّاة أدناه (يُعثر تلقائياً على الأسماء الشائعة مثل date وlon/lat وx/y). تُتعرّف التواريخ تلقائياً: ISO 2024-01-15، و15/01/2024 (اليوم أولاً، أو الشهر أولاً عندما يدل الملف على ذلك)، و'15 January 2024' (أسماء الأشهر بالإنجليزية أو الفرنسية)، أو DATE_FORMAT. الصفوف غير الصالحة (تاريخ غير مقروء، إحداثيات خارج النطاق أو فارغة، صفوف فارغة) لا تُحذف بصمت أبداً: تُعدّ وتُسرد بأرقام أسطرها في السجل وتُكتب مع السبب في ملف CSV الاختياري للصفوف المرفوضة. يُكشف الفاصل (, ; tab |) والترميز (UTF-8 أو Windows-1252) تلقائياً.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="38" />
            <source>Incident points: date, type, severity, source_line (and fatalities for ACLED).</source>
            <translation>نقاط الحوادث: date وtype وseverity وsource_line (وfatalities لملفات ACLED).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="39" />
            <source>CSV of the rejected rows: line, reason, raw row.</source>
            <translation>ملف CSV للصفوف المرفوضة: رقم السطر، السبب، الصف الخام.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="40" />
            <source>Number of incidents imported.</source>
            <translation>عدد الحوادث المستوردة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="41" />
            <source>Number of rows rejected.</source>
            <translation>عدد الصفوف المرفوضة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="45" />
            <source>Incident CSV file</source>
            <translation>ملف CSV للحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="46" />
            <source>CSV file with one incident per row and a header line.</source>
            <translation>ملف CSV فيه حادثة واحدة في كل صف وسطر عناوين.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>Format</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>ACLED-style</source>
            <translation>على نمط ACLED</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>generic</source>
            <translation>عامة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="49" />
            <source>ACLED-style (event_date, latitude, longitude, event_type, fatalities) or generic (columns named below).</source>
            <translation>على نمط ACLED (event_date وlatitude وlongitude وevent_type وfatalities) أو عامة (الأعمدة المسمّاة أدناه).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="51" />
            <source>Longitude / X column</source>
            <translation>عمود خط الطول / X</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="52" />
            <source>Column of the longitude (degrees) or X (CRS units); empty = format default or auto-detected (longitude, lon, lng, x).</source>
            <translation>عمود خط الطول (بالدرجات) أو X (بوحدات نظام الإحداثيات)؛ فارغ = افتراضي الصيغة أو كشف تلقائي (longitude أو lon أو lng أو x).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="54" />
            <source>Latitude / Y column</source>
            <translation>عمود خط العرض / Y</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="55" />
            <source>Column of the latitude (degrees) or Y (CRS units); empty = format default or auto-detected (latitude, lat, y).</source>
            <translation>عمود خط العرض (بالدرجات) أو Y (بوحدات نظام الإحداثيات)؛ فارغ = افتراضي الصيغة أو كشف تلقائي (latitude أو lat أو y).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="57" />
            <source>Coordinate CRS</source>
            <translation>نظام إحداثيات الإحداثيات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="58" />
            <source>CRS of the coordinates: EPSG:4326 (the default) for longitude/latitude in degrees (checked to lie within ±180 / ±90), or a projected CRS for X/Y in metres.</source>
            <translation>نظام إحداثيات القيم: EPSG:4326 (الافتراضي) لخطوط الطول والعرض بالدرجات (يُتحقَّق من وقوعها ضمن ±180 / ±90)، أو نظام مُسقَط لـ X/Y بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="60" />
            <source>Date column</source>
            <translation>عمود التاريخ</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="61" />
            <source>Column of the date; empty = event_date (ACLED) or auto-detected (date).</source>
            <translation>عمود التاريخ؛ فارغ = event_date (ACLED) أو كشف تلقائي (date).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="62" />
            <source>Type column</source>
            <translation>عمود النوع</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="63" />
            <source>Column of the incident type; empty = event_type (ACLED) or auto-detected (type).</source>
            <translation>عمود نوع الحادثة؛ فارغ = event_type (ACLED) أو كشف تلقائي (type).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="65" />
            <source>Severity column</source>
            <translation>عمود الخطورة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="66" />
            <source>Column of a numeric severity (or low/medium/high/critical); empty values count 1. For ACLED, empty = severity from fatalities.</source>
            <translation>عمود خطورة رقمية (أو low/medium/high/critical)؛ القيم الفارغة تُحتسب 1. في ACLED، فارغ = الخطورة من عدد القتلى.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="68" />
            <source>Fatalities column (ACLED)</source>
            <translation>عمود القتلى (ACLED)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="70" />
            <source>Column of the fatality count mapped to severity for ACLED files; empty = fatalities.</source>
            <translation>عمود عدد القتلى المحوَّل إلى خطورة لملفات ACLED؛ فارغ = fatalities.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="72" />
            <source>Date format</source>
            <translation>صيغة التاريخ</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="73" />
            <source>Optional strptime format such as %m/%d/%Y; empty = automatic (ISO, day/month/year, '15 January 2024').</source>
            <translation>صيغة strptime اختيارية مثل %m/%d/%Y؛ فارغ = تلقائي (ISO، يوم/شهر/سنة، '15 January 2024').</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="76" />
            <source>Output incident points.</source>
            <translation>نقاط الحوادث الناتجة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="77" />
            <source>Rejected rows</source>
            <translation>الصفوف المرفوضة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="77" />
            <location filename="../../processing_algorithms/score_segments.py" line="208" />
            <source>CSV files (*.csv)</source>
            <translation>ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="79" />
            <source>Optional CSV listing every rejected row with its line number and the reason.</source>
            <translation>ملف CSV اختياري يسرد كل صف مرفوض مع رقم سطره والسبب.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="80" />
            <source>Incidents imported</source>
            <translation>الحوادث المستوردة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="81" />
            <source>Rows rejected</source>
            <translation>الصفوف المرفوضة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="101" />
            <source>{} rows read: {} incidents imported, {} rejected (columns: {}).</source>
            <translation>قُرئ {} صفاً: استُورد {} حادثة، ورُفض {} (الأعمدة: {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="105" />
            <source>Numeric dates were read month first (MM/DD/YYYY): some have a day &gt; 12 in second place. Set DATE_FORMAT if this is wrong.</source>
            <translation>قُرئت التواريخ الرقمية بالشهر أولاً (MM/DD/YYYY): في بعضها يوم &gt; 12 في الموضع الثاني. حدّد DATE_FORMAT إن كان ذلك خطأ.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="108" />
            <source>Line {}: rejected, {}</source>
            <translation>السطر {}: مرفوض، {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="110" />
            <source>… and {} more rejected rows (see the rejected-rows CSV).</source>
            <translation>… و{} صفوف مرفوضة أخرى (راجع ملف CSV للصفوف المرفوضة).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="113" />
            <source>No row of {} could be imported ({} rejected): check the columns and the date format.</source>
            <translation>تعذّر استيراد أي صف من {} (رُفض {}): تحقّق من الأعمدة وصيغة التاريخ.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="21" />
            <source>{}: the raster must be a file readable by GDAL (e.g. GeoTIFF); save it to a file first (right-click &gt; Export &gt; Save As).</source>
            <translation>{}: يجب أن تكون الطبقة النقطية ملفاً يقرؤه GDAL (مثل GeoTIFF)؛ احفظها أولاً في ملف (نقر بالزر الأيمن &gt; تصدير &gt; حفظ باسم).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="58" />
            <source>{}: field(s) {} not found; the layer has: {}. Pick an existing field.</source>
            <translation>{}: الحقل (الحقول) {} غير موجود؛ تحتوي الطبقة على: {}. اختر حقلاً موجوداً.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="59" />
            <source>no fields</source>
            <translation>لا حقول</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="73" />
            <source>Reading {}: {} of {} features</source>
            <translation>قراءة {}: {} من {} عنصراً</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="49" />
            <source>BORDER: the border layer holds no line; choose the border line layer.</source>
            <translation>BORDER: طبقة الحدود لا تحتوي أي خط؛ اختر طبقة خط الحدود.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="55" />
            <source>Border surveillance pipeline (all steps)</source>
            <translation>سلسلة مراقبة الحدود (جميع الخطوات)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="57" />
            <source>Runs the whole analysis in one go, for batch runs and models: detects changes between the BEFORE and AFTER images, extracts desert tracks from AFTER (flagging those absent from BEFORE as new), scores the border segments from tracks, changes, incidents and official crossings, and, when TEAMS &gt; 0, plans patrol posts. All vector results go to one GeoPackage (fragile_borders.gpkg with layers changes, tracks, segments, patrol_posts, patrol_coverage), rasters beside it, and run.json records the parameters and a summary. Results appear only when every step succeeded.</source>
            <translation>تنفّذ التحليل كاملاً دفعة واحدة، للتشغيل الجماعي والنماذج: تكشف التغيّرات بين الصورتين BEFORE وAFTER، وتستخرج المسالك الصحراوية من AFTER (وتعلّم الغائبة عن BEFORE بأنها جديدة)، وتقيّم مقاطع الحدود انطلاقاً من المسالك والتغيّرات والحوادث والمعابر الرسمية، وتخطّط مواقع الدوريات عندما تكون TEAMS &gt; 0. تُكتب كل النتائج المتجهة في GeoPackage واحد (fragile_borders.gpkg بالطبقات changes وtracks وsegments وpatrol_posts وpatrol_coverage)، والطبقات النقطية بجانبه، ويسجّل run.json المعاملات وملخّصاً. لا تظهر النتائج إلا إذا نجحت كل الخطوات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="66" />
            <source>fragile_borders.gpkg with all vector results.</source>
            <translation>fragile_borders.gpkg بكل النتائج المتجهة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="67" />
            <source>Change polygons (area_m2, score, score_max, p_value, change_class).</source>
            <translation>مضلعات التغيّر (area_m2 وscore وscore_max وp_value وchange_class).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="68" />
            <source>Track lines (length_m, confidence 0–1, is_new).</source>
            <translation>خطوط المسالك (length_m وconfidence من 0 إلى 1 وis_new).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="69" />
            <source>Border segments with factors, score 0–100, rank, priority, drivers, risk.</source>
            <translation>مقاطع الحدود مع العوامل والدرجة 0–100 والرتبة والأولوية والعوامل المؤثرة والخطر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="70" />
            <source>Chosen patrol posts (only when TEAMS &gt; 0).</source>
            <translation>مواقع الدوريات المختارة (فقط عندما تكون TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="71" />
            <source>Segments covered by each post (only when TEAMS &gt; 0).</source>
            <translation>المقاطع التي يغطيها كل موقع (فقط عندما تكون TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="72" />
            <source>change_score.tif, per-pixel change statistic.</source>
            <translation>change_score.tif، إحصاءة التغيّر لكل بكسل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="73" />
            <source>change_mask.tif, 1 = change.</source>
            <translation>change_mask.tif، 1 = تغيّر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="74" />
            <source>track_response.tif, response of the track detector (5.6 × track probability).</source>
            <translation>track_response.tif، استجابة كاشف المسارات (5.6 × احتمال المسار).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="75" />
            <source>run.json: parameters and summary figures of the run.</source>
            <translation>run.json: معاملات التشغيل وأرقامه الملخّصة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="76" />
            <source>Share (0–1) of the total segment priority covered by the patrol posts.</source>
            <translation>نسبة (0–1) من مجموع أولوية المقاطع تغطيها مواقع الدوريات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="81" />
            <source>Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR).</source>
            <translation>الصورة متعددة الأطياف الأقدم (GeoTIFF؛ مثلاً أزرق، أخضر، أحمر، تحت الحمراء القريبة).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="83" />
            <source>Later image of the same area; resampled onto BEFORE's grid where they differ.</source>
            <translation>الصورة الأحدث للمنطقة نفسها؛ يُعاد أخذ عيّناتها على شبكة BEFORE إن اختلفتا.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="85" />
            <source>The border as one or more lines, in any CRS (lengths are measured in metres).</source>
            <translation>الحدود كخط واحد أو أكثر، بأي نظام إحداثيات (تُقاس الأطوال بالأمتار).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="87" />
            <source>Dated incident points (fields date, type, severity by default).</source>
            <translation>نقاط حوادث مؤرّخة (الحقول date وtype وseverity افتراضياً).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="89" />
            <source>Official border crossing points; segments far from them score higher.</source>
            <translation>نقاط العبور الرسمية؛ المقاطع البعيدة عنها تنال درجة أعلى.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="91" />
            <source>Raster whose non-zero pixels are left out of change detection (e.g. clouds).</source>
            <translation>طبقة نقطية تُستبعد بكسلاتها غير الصفرية من كشف التغيّرات (مثل السحب).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="94" />
            <source>Polygons that limit change detection and track extraction.</source>
            <translation>مضلعات تحصر كشف التغيّرات واستخراج المسالك.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="97" />
            <source>Probability of change above which a pixel is marked changed (0.5–0.999999).</source>
            <translation>احتمال التغيّر الذي يُعلَّم فوقه البكسل متغيّراً (0.5–0.999999).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="100" />
            <source>Change polygons smaller than this area in square metres are dropped.</source>
            <translation>تُستبعد مضلعات التغيّر الأصغر من هذه المساحة بالأمتار المربعة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="103" />
            <source>Typical width of the tracks to find, in metres.</source>
            <translation>العرض النموذجي للمسالك المطلوب إيجادها، بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="106" />
            <source>Tracks shorter than this length in metres are dropped.</source>
            <translation>تُستبعد المسالك الأقصر من هذا الطول بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="109" />
            <source>Length of the border segments in metres; empty = derived from the border's length (at least 10 segments, a readable length of at most 2000 m, said in the log).</source>
            <translation>طول مقاطع الحدود بالأمتار؛ فارغ = يُستنتج من طول الحدود (10 مقاطع على الأقل، بطول مقروء لا يتجاوز 2000 م، يُذكر في السجل).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="113" />
            <source>Distance in metres on each side of the border within which evidence is counted.</source>
            <translation>المسافة بالأمتار على جانبي الحدود التي تُحتسب ضمنها المؤشرات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="114" />
            <location filename="../../processing_algorithms/score_segments.py" line="130" />
            <source>Reference date (YYYY-MM-DD)</source>
            <translation>التاريخ المرجعي (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="115" />
            <source>Date at which incident recency is measured; empty = latest incident date.</source>
            <translation>التاريخ الذي تُقاس عنده حداثة الحوادث؛ فارغ = تاريخ آخر حادثة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="118" />
            <source>An incident this many days old counts half as much as one on the reference date.</source>
            <translation>الحادثة التي مضى عليها هذا العدد من الأيام تُحتسب بنصف وزن حادثة في التاريخ المرجعي.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="119" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="47" />
            <source>Patrol teams</source>
            <translation>فرق الدوريات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="121" />
            <source>Number of patrol teams to place; 0 skips patrol planning.</source>
            <translation>عدد فرق الدوريات المطلوب توزيعها؛ 0 يتخطّى تخطيط الدوريات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="124" />
            <source>How far along the border, in metres each way, one team covers from its post; empty = 2.5 segment lengths, rounded to a readable length (5000 m for 2000 m segments).</source>
            <translation>المسافة على طول الحدود، بالأمتار في كل اتجاه، التي يغطيها فريق من موقعه؛ فارغ = 2.5 طول مقطع، مقرّبة إلى طول مقروء (5000 م لمقاطع 2000 م).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="128" />
            <source>Posts are never placed on segments whose personnel risk exceeds this value.</source>
            <translation>لا تُوضع المواقع أبداً على مقاطع يتجاوز فيها الخطر على الأفراد هذه القيمة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="130" />
            <source>Folder that receives fragile_borders.gpkg, the rasters and run.json.</source>
            <translation>المجلد الذي يستقبل fragile_borders.gpkg والطبقات النقطية وrun.json.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="131" />
            <source>Results GeoPackage</source>
            <translation>GeoPackage النتائج</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="136" />
            <source>Run summary</source>
            <translation>ملخّص التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="137" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="80" />
            <source>Covered priority share</source>
            <translation>نسبة الأولوية المغطّاة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="188" />
            <source>SEGMENT_LENGTH_M left empty: {:.0f} m, for about {:.0f} segments along the {:.2f} km border.</source>
            <translation>SEGMENT_LENGTH_M تُرك فارغاً: {:.0f} م، لنحو {:.0f} مقطعاً على طول الحدود البالغ {:.2f} كم.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="193" />
            <source>REACH_M left empty: {:.0f} m each way from a post ({:.1f} segment lengths).</source>
            <translation>REACH_M تُرك فارغاً: {:.0f} م في كل اتجاه من الموقع ({:.1f} طول مقطع).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="216" />
            <source>Step {} of {}: {}</source>
            <translation>الخطوة {} من {}: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="263" />
            <source>TEAMS = {} but the border has only {} segment(s): placing {} team(s).</source>
            <translation>TEAMS = {} لكن الحدود لا تضم سوى {} مقطع: سيُوزَّع {} فريق.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="24" />
            <source>Plan patrol posts</source>
            <translation>تخطيط مواقع الدوريات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="26" />
            <source>Chooses where to post TEAMS patrol teams along a scored border so that the covered priority is the largest (maximal covering location problem). Candidates are the segment midpoints; a post covers the segments whose midpoints are within REACH_M along the border (chainage from start_km/end_km; straight-line distance when the layer has none). No new post goes on a segment whose risk is above MAX_RISK; existing posts stay and count among the TEAMS. Solved exactly with HiGHS (scipy.optimize.milp) when the eligible candidates are at most EXACT_MAX_CANDIDATES, otherwise greedily (always at least 63 % = 1 − 1/e of the optimum, usually within 1 %); the log says which. When every segment is above MAX_RISK no post is placed and the log explains why.</source>
            <translation>تختار أين تُنشر فرق الدوريات TEAMS على امتداد حدود مقيَّمة بحيث تكون الأولوية المغطّاة أكبر ما يمكن (مسألة موقع التغطية القصوى). المرشّحون هم منتصفات المقاطع؛ يغطي الموقع المقاطع التي تقع منتصفاتها ضمن REACH_M على امتداد الحدود (المسافة على الخط من start_km/end_km؛ المسافة المستقيمة إن لم تكن في الطبقة). لا يوضع موقع جديد على مقطع يتجاوز خطره MAX_RISK؛ تبقى المواقع القائمة وتُحتسب ضمن TEAMS. تُحلّ المسألة بدقة باستخدام HiGHS (scipy.optimize.milp) عندما لا يتجاوز المرشّحون المؤهَّلون EXACT_MAX_CANDIDATES، وإلا بالطريقة الجشعة (63 % على الأقل دائماً = 1 − 1/e من الأمثل، وعادةً ضمن 1 %)؛ ويذكر السجل الطريقة المستخدمة. عندما يتجاوز كل مقطع MAX_RISK لا يوضع أي موقع ويشرح السجل السبب.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="36" />
            <source>Posts (points at segment midpoints): post_id, segment_id, covered_priority (priority of the segments it covers, each counted once for its nearest post), risk, existing (1 = existing post).</source>
            <translation>المواقع (نقاط في منتصف المقاطع): post_id وsegment_id وcovered_priority (أولوية المقاطع التي يغطيها، يُحتسب كل مقطع مرة واحدة لأقرب موقع) وrisk وexisting (1 = موقع قائم).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="39" />
            <source>Covered segment lines: segment_id, post_id (nearest post).</source>
            <translation>خطوط المقاطع المغطّاة: segment_id وpost_id (أقرب موقع).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="40" />
            <source>Share (0–1) of the total priority that the posts cover.</source>
            <translation>نسبة (0–1) من مجموع الأولوية التي تغطيها المواقع.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="41" />
            <source>Method used: exact, exact (time limit, best found) or greedy.</source>
            <translation>الطريقة المستخدمة: دقيقة، دقيقة (حدّ زمني، أفضل ما وُجد) أو جشعة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="45" />
            <location filename="../../processing_algorithms/score_segments.py" line="206" />
            <source>Scored segments</source>
            <translation>المقاطع المقيَّمة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="46" />
            <source>Border segments from Score border segments (segment_id, start_km, end_km, score, risk).</source>
            <translation>مقاطع الحدود الناتجة عن «تقييم مقاطع الحدود» (segment_id وstart_km وend_km وscore وrisk).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="49" />
            <source>Number of posts, one team each, existing posts included.</source>
            <translation>عدد المواقع، فريق لكل موقع، بما فيها المواقع القائمة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="52" />
            <source>How far in metres along the border one team covers from its post, each way.</source>
            <translation>المسافة بالأمتار على امتداد الحدود التي يغطيها فريق من موقعه، في كل اتجاه.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="55" />
            <source>No new post is placed on a segment whose risk (0–100) is above this value.</source>
            <translation>لا يُوضع موقع جديد على مقطع يتجاوز خطره (0–100) هذه القيمة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="56" />
            <source>Existing posts</source>
            <translation>المواقع القائمة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="57" />
            <source>Posts that must stay (points); each is moved to the nearest segment midpoint.</source>
            <translation>مواقع يجب إبقاؤها (نقاط)؛ يُنقل كل منها إلى أقرب منتصف مقطع.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="58" />
            <source>Priority field</source>
            <translation>حقل الأولوية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="59" />
            <source>Numeric field with the priority to cover (default score, 0–100; empty or negative values count 0).</source>
            <translation>حقل رقمي للأولوية المطلوب تغطيتها (score افتراضياً، 0–100؛ القيم الفارغة أو السالبة تُحتسب 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="61" />
            <source>Risk field</source>
            <translation>حقل الخطر</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="62" />
            <source>Numeric field with the risk to personnel (0–100) compared with MAX_RISK; leave empty to plan without the risk rule.</source>
            <translation>حقل رقمي للخطر على الأفراد (0–100) يُقارن بـ MAX_RISK؛ اتركه فارغاً للتخطيط دون قاعدة الخطر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>auto</source>
            <translation>تلقائي</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>exact</source>
            <translation>دقيقة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="65" />
            <source>greedy</source>
            <translation>جشعة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="66" />
            <source>auto = exact when the eligible candidates are at most EXACT_MAX_CANDIDATES, greedy otherwise.</source>
            <translation>تلقائي = دقيقة عندما لا يتجاوز عدد المرشّحين المؤهَّلين EXACT_MAX_CANDIDATES، وجشعة في غير ذلك.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="68" />
            <source>Largest exact problem (candidates)</source>
            <translation>أكبر مسألة دقيقة (مرشّحون)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="70" />
            <source>With auto, problems with more eligible candidate segments are solved greedily.</source>
            <translation>في الوضع التلقائي، تُحلّ المسائل ذات عدد أكبر من المقاطع المرشّحة بالطريقة الجشعة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="72" />
            <source>Time limit of the exact solver (s)</source>
            <translation>الحدّ الزمني للحلّال الدقيق (ث)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="74" />
            <source>Seconds after which HiGHS stops; the better of its best plan and the greedy plan is kept.</source>
            <translation>الثواني التي يتوقف بعدها HiGHS؛ تُحفظ الخطة الأفضل بين أفضل خطة له والخطة الجشعة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="77" />
            <source>Output points: the chosen posts.</source>
            <translation>النقاط الناتجة: المواقع المختارة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="79" />
            <source>Output lines: the covered segments and the post covering each.</source>
            <translation>الخطوط الناتجة: المقاطع المغطّاة والموقع الذي يغطي كلاً منها.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="81" />
            <source>Method used</source>
            <translation>الطريقة المستخدمة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="88" />
            <source>SEGMENTS: choose the scored segment layer.</source>
            <translation>SEGMENTS: اختر طبقة المقاطع المقيَّمة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="105" />
            <source>Method: {} ({} eligible candidates, distance {}).</source>
            <translation>الطريقة: {} ({} مرشّحاً مؤهَّلاً، المسافة {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="107" />
            <source>{} posts cover {:.1%} of the total priority {:.1f} (greedy alone: {:.1%}).</source>
            <translation>{} مواقع تغطي {:.1%} من مجموع الأولوية {:.1f} (الطريقة الجشعة وحدها: {:.1%}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/provider.py" line="33" />
            <source>Fragile Borders – GEOINT of insecure borderlands</source>
            <translation>Fragile Borders – الاستخبارات الجغرافية المكانية للمناطق الحدودية غير الآمنة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="37" />
            <source>Score border segments</source>
            <translation>تقييم مقاطع الحدود</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="39" />
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); with FIT_WEIGHTS the weights are learned from your own dated incidents: a regularised Poisson model of the incidents per segment (exposure = segment length) is fitted to one half of them (split at the median date) and checked on the other, both ways, which chooses the penalty, the share of the incident history and σ (f_incidents is then the incident factor ÷ its maximum, the linear scale the fit uses); with too few incidents (under 30, or all on one day) WEIGHTS are kept and the log says why; the fitted weights and their bootstrap standard errors are in the log and in OUTPUT_WEIGHTS; rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation>تقسّم الحدود إلى مقاطع متساوية الطول (تُقاس بالأمتار في نطاق UTM محلي عندما تكون الحدود بالدرجات؛ الحدود متعددة الأجزاء والفجوات مقبولة، وتُحتسب الفجوة في المسافة على الخط) وتقيّم كل مقطع لأولوية الدوريات انطلاقاً من عوامل مفسَّرة، كل منها بين 0 و1 (أعمدة f_*): &lt;b&gt;crossings&lt;/b&gt; = المسالك التي تعبر المقطع (موزونة بالثقة، والمسالك الجديدة × NEW_TRACK_WEIGHT) لكل كم، × (1 + REMOTE_CROSSING_BOOST × remoteness) عند توفير المعابر الرسمية؛ &lt;b&gt;tracks&lt;/b&gt; = طول المسالك في الممر لكل كم² (بالأوزان نفسها)؛ &lt;b&gt;changes&lt;/b&gt; = مساحة التغيّر في الممر لكل كم²، موزونة بفئة التغيّر؛ &lt;b&gt;incidents&lt;/b&gt; = Σ الخطورة × وزن النوع × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(العمر / HALF_LIFE_DAYS)) لكل كم (المعدّل طويل الأمد ممزوجاً بالشدّة الحديثة المتناقصة)؛ &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−المسافة على امتداد الحدود إلى أقرب معبر رسمي / REMOTENESS_SCALE_M)؛ &lt;b&gt;terrain&lt;/b&gt; = قابلية العبور من انحدار نموذج الارتفاعات الرقمي (1 − الانحدار / MAX_SLOPE_DEG). تُقسم العوامل الكثيفة على الأصغر بين المئين 95 و5 × وسيط قيمها غير الصفرية وتُسقط على 0–0.5 حتى هذا المقياس وتُضغط في 0.5–1 فوقه (تحافظ أشد المقاطع نشاطاً على ترتيبها). score = 100 × (Σ الوزن × العامل / Σ أوزان العوامل التي تتوفر بياناتها)، مع تنعيم على امتداد الحدود (غاوسي، σ = SMOOTHING_M، يُختار افتراضياً من الحوادث)؛ ومع FIT_WEIGHTS تُتعلَّم الأوزان من حوادثك المؤرَّخة: يُقدَّر نموذج بواسون منتظَم لعدد الحوادث في كل مقطع (التعرّض = طول المقطع) على أحد نصفيها (القسمة عند التاريخ الوسيط) ويُتحقَّق منه على النصف الآخر في الاتجاهين، وهذا ما يختار العقوبة وحصة سجل الحوادث وσ (ويكون f_incidents عندئذٍ عامل الحوادث ÷ قيمته العظمى، أي المقياس الخطي الذي يستعمله التقدير)؛ ومع عدد قليل جداً من الحوادث (أقل من 30، أو كلها في يوم واحد) يُبقى على WEIGHTS ويذكر السجل السبب؛ الأوزان المقدَّرة وأخطاؤها المعيارية بطريقة bootstrap في السجل وفي OUTPUT_WEIGHTS؛ rank 1 = الأعلى؛ priority critical = أعلى 10 % من المقاطع، وhigh = الـ 20 % التالية، وmedium = الـ 30 % التالية، وlow = الباقي (وكل مقطع قيمة score فيه 0)؛ يسمّي drivers العاملين الأكثر إسهاماً في score؛ hotspot_z هي قيمة z لإحصاءة Getis-Ord Gi* لقيمة score غير المنعَّمة (الجيران ضمن HOTSPOT_DISTANCE_M على امتداد الحدود؛ z &gt; 1.96 بؤرة ساخنة دالّة إحصائياً عند مستوى 5 %). risk (0–100) منفصل ولا يرفع score أبداً: R = Σ الخطورة × 0.5^(العمر / RISK_HALF_LIFE_DAYS) على الحوادث العنيفة ضمن RISK_DISTANCE_M، وrisk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). تحتفظ القيم الخام بوحداتها: n_track_crossings وtrack_km_per_km2 وnew_track_km وchange_area_m2 وn_incidents وincident_intensity وkm_to_crossing وmean_slope_deg وn_violent_incidents. هندسة الناتج هي خط كل مقطع في نظام إحداثيات الحدود.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="70" />
            <source>Segment lines: segment_id, part, start_km, end_km (chainage), length_m, f_crossings, f_tracks, f_changes, f_incidents, f_remoteness, f_terrain (0–1), raw values, score (0–100), rank, priority, drivers, risk (0–100), hotspot_z.</source>
            <translation>خطوط المقاطع: segment_id وpart وstart_km وend_km (المسافة على الخط) وlength_m وf_crossings وf_tracks وf_changes وf_incidents وf_remoteness وf_terrain (0–1) والقيم الخام وscore (0–100) وrank وpriority وdrivers وrisk (0–100) وhotspot_z.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="73" />
            <source>CSV, one row per factor: factor, weight (as used in the score), share (of Σ weights, 0–1), std_error (bootstrap standard error of the fitted share; empty for fixed weights), status (fitted, today's weight, dropped: constant along the border, no data, weight 0 in WEIGHTS, not used).</source>
            <translation>ملف CSV، سطر لكل عامل: factor وweight (كما يُستخدم في الدرجة) وshare (حصته من Σ الأوزان، 0–1) وstd_error (الخطأ المعياري بطريقة bootstrap للحصة المقدَّرة؛ فارغ للأوزان الثابتة) وstatus (fitted أو today's weight أو dropped: constant along the border أو no data أو weight 0 in WEIGHTS أو not used).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="87" />
            <source>The border line (one or several parts, any CRS; lengths are measured in metres).</source>
            <translation>خط الحدود (جزء واحد أو أكثر، بأي نظام إحداثيات؛ تُقاس الأطوال بالأمتار).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="90" />
            <source>Length of each segment in metres; a last piece shorter than half a segment joins the previous one.</source>
            <translation>طول كل مقطع بالأمتار؛ القطعة الأخيرة الأقصر من نصف مقطع تُضمّ إلى السابقة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="94" />
            <source>Width in metres of the corridor on each side of the border in which tracks, changes and incidents are counted.</source>
            <translation>عرض الممر بالأمتار على كل جانب من الحدود الذي تُحتسب فيه المسالك والتغيّرات والحوادث.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>Corridor side</source>
            <translation>جانب الممر</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>left</source>
            <translation>يسار</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="97" />
            <source>right</source>
            <translation>يمين</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="98" />
            <source>Count both sides of the border or one side only; left/right as seen walking along the border in the digitised direction of its longest part.</source>
            <translation>احتساب جانبي الحدود أو جانب واحد فقط؛ اليسار/اليمين كما يُرى عند السير على الحدود في اتجاه ترقيم أطول أجزائها.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="104" />
            <source>Track lines (e.g. from Extract tracks: confidence 0–1, is_new 0/1); used for crossings and track density.</source>
            <translation>خطوط المسالك (مثلاً من «استخراج المسالك»: confidence 0–1 وis_new 0/1)؛ تُستخدم للعبور وكثافة المسالك.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="107" />
            <source>Change polygons (e.g. from Detect changes: change_class); area counted inside the corridor in m².</source>
            <translation>مضلعات التغيّر (مثلاً من «كشف التغيّرات»: change_class)؛ تُحتسب المساحة داخل الممر بالمتر المربع.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="110" />
            <source>Incident points with a date (e.g. from Import incidents).</source>
            <translation>نقاط حوادث مؤرّخة (مثلاً من «استيراد الحوادث»).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="112" />
            <source>Official border crossing points; segments far from them score higher on remoteness.</source>
            <translation>نقاط العبور الرسمية؛ المقاطع البعيدة عنها تنال قيمة أعلى في عامل البعد.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="114" />
            <source>Elevation model</source>
            <translation>نموذج الارتفاعات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="115" />
            <source>Digital elevation model in metres (GeoTIFF); gentle slopes mean passable terrain.</source>
            <translation>نموذج ارتفاعات رقمي بالأمتار (GeoTIFF)؛ الانحدارات الخفيفة تعني أرضاً قابلة للعبور.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="120" />
            <source>Incident date field</source>
            <translation>حقل تاريخ الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="121" />
            <source>Field with the incident date (Date field, or text such as 2024-01-15, 15/01/2024 or '15 January 2024').</source>
            <translation>حقل تاريخ الحادثة (حقل تاريخ، أو نص مثل 2024-01-15 أو 15/01/2024 أو '15 January 2024').</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="123" />
            <source>Incident severity field</source>
            <translation>حقل خطورة الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="125" />
            <source>Numeric severity multiplying each incident (empty values count 1). Leave empty to give every incident severity 1.</source>
            <translation>خطورة رقمية تضاعف كل حادثة (القيم الفارغة تُحتسب 1). اتركه فارغاً لإعطاء كل الحوادث الخطورة 1.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="127" />
            <source>Incident type field</source>
            <translation>حقل نوع الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="128" />
            <source>Incident type, used for TYPE_WEIGHTS and to pick the violent incidents of the risk.</source>
            <translation>نوع الحادثة، يُستخدم لـ TYPE_WEIGHTS ولاختيار الحوادث العنيفة في حساب الخطر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="132" />
            <source>Date from which incident ages are counted, as YYYY-MM-DD; empty = the latest incident date (today when there are none). Later incidents are ignored.</source>
            <translation>التاريخ الذي تُحسب منه أعمار الحوادث بصيغة YYYY-MM-DD؛ فارغ = تاريخ آخر حادثة (اليوم إن لم توجد حوادث). تُهمل الحوادث اللاحقة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="136" />
            <source>An incident counts half as much after this many days, a quarter after twice as many.</source>
            <translation>تُحتسب الحادثة بنصف وزنها بعد هذا العدد من الأيام، وبربعه بعد ضعفه.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="137" />
            <source>Long-run share of the incident factor</source>
            <translation>الحصة طويلة الأمد من عامل الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="139" />
            <source>0–1, no unit. In the incident factor each incident weighs this share plus (1 − share) × 0.5^(age / HALF_LIFE_DAYS): old incidents keep this share (the long-run rate), recent ones count fully. 0 = pure decay, 1 = plain count. incident_intensity stays the decayed sum.</source>
            <translation>0–1، بلا وحدة. في عامل الحوادث تزن كل حادثة هذه الحصة مضافاً إليها (1 − الحصة) × 0.5^(العمر / HALF_LIFE_DAYS): تحتفظ الحوادث القديمة بهذه الحصة (المعدّل طويل الأمد)، وتُحتسب الحديثة كاملةً. 0 = تناقص خالص، 1 = عدّ بسيط. يبقى incident_intensity المجموع المتناقص.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="146" />
            <source>Fit the weights to the incident history</source>
            <translation>تقدير الأوزان من سجل الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="147" />
            <source>Learn the factor weights from the dated incidents (each half, split at the median date, fitted and checked on the other; at least 30 incidents in the corridors on two or more days). Off, or with too thin a history: WEIGHTS as given.</source>
            <translation>يتعلّم أوزان العوامل من الحوادث المؤرَّخة (يُقدَّر النموذج على كل نصف، والقسمة عند التاريخ الوسيط، ويُتحقَّق منه على النصف الآخر؛ 30 حادثة على الأقل في الممرات على يومين أو أكثر). عند التعطيل أو إذا كان السجل ضئيلاً جداً: تُستخدم WEIGHTS كما أُعطيت.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="150" />
            <source>Factor weights</source>
            <translation>أوزان العوامل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="151" />
            <source>Weight of each factor in the score as factor=weight, comma-separated (factors: crossings, tracks, changes, incidents, remoteness, terrain; unnamed keep their default). Used when FIT_WEIGHTS is off or the history is too thin to fit; a factor with weight 0 stays out of the score and of the fit. Default: {}.</source>
            <translation>وزن كل عامل في الدرجة بصيغة عامل=وزن مفصولة بفواصل (العوامل: crossings وtracks وchanges وincidents وremoteness وterrain؛ غير المذكورة تحتفظ بقيمتها الافتراضية). تُستخدم عند تعطيل FIT_WEIGHTS أو إذا كان السجل أضأل من أن يُقدَّر منه؛ العامل ذو الوزن 0 يبقى خارج الدرجة وخارج التقدير. الافتراضي: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="155" />
            <source>Incident type weights</source>
            <translation>أوزان أنواع الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="156" />
            <source>Multipliers of the severity per incident type as type=weight (e.g. fuel_smuggling=2); other types count 1.</source>
            <translation>مضاعِفات الخطورة لكل نوع حادثة بصيغة نوع=وزن (مثل fuel_smuggling=2)؛ الأنواع الأخرى تُحتسب 1.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="158" />
            <source>Change class weights</source>
            <translation>أوزان فئات التغيّر</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="160" />
            <source>Weight of the change area per change_class as class=weight. Default: {}.</source>
            <translation>وزن مساحة التغيّر لكل change_class بصيغة فئة=وزن. الافتراضي: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="165" />
            <source>Weight of new tracks</source>
            <translation>وزن المسالك الجديدة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="167" />
            <source>Tracks with is_new = 1 count this many times (crossings and density).</source>
            <translation>المسالك ذات is_new = 1 تُحتسب هذا العدد من المرات (العبور والكثافة).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="168" />
            <source>Remoteness scale (m)</source>
            <translation>مقياس البعد (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="170" />
            <source>Distance in metres along the border from an official crossing at which remoteness reaches 63 %.</source>
            <translation>المسافة بالأمتار على امتداد الحدود من معبر رسمي التي يبلغ عندها البعد 63 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="172" />
            <source>Remote crossing boost</source>
            <translation>تعزيز المعابر النائية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="174" />
            <source>Track crossings count (1 + this × remoteness) times, so informal crossings far from an official post weigh more (needs CROSSINGS; 0 = off).</source>
            <translation>تُحتسب عبورات المسالك (1 + هذه القيمة × البعد) مرة، فيزيد وزن المعابر غير الرسمية البعيدة عن مركز رسمي (يتطلب CROSSINGS؛ 0 = معطّل).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="176" />
            <source>Impassable slope (degrees)</source>
            <translation>الانحدار غير القابل للعبور (درجات)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="178" />
            <source>Slope in degrees at which terrain counts as impassable for vehicles.</source>
            <translation>الانحدار بالدرجات الذي تُعدّ عنده الأرض غير قابلة لعبور المركبات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="179" />
            <source>Smoothing along the border (m)</source>
            <translation>التنعيم على امتداد الحدود (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="181" />
            <source>σ in metres of the Gaussian smoothing of the score along the border; 0 = none; empty = chosen from the incidents: 0, ½, 1 or 2 segment lengths, whichever lets the earlier half of the dated incidents best predict the later half (one segment length when fewer than 40 incidents lie in the corridors).</source>
            <translation>σ بالأمتار للتنعيم الغاوسي للدرجة على طول الحدود؛ 0 = بدون؛ فارغ = يُختار من الحوادث: 0 أو ½ أو 1 أو 2 من طول المقطع، أيها يجعل النصف الأقدم من الحوادث المؤرخة يتنبأ بالنصف الأحدث على أفضل وجه (طول مقطع واحد عندما تقع أقل من 40 حادثة في الممرات).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="188" />
            <source>Hot-spot neighbourhood (m)</source>
            <translation>جوار البؤر الساخنة (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="190" />
            <source>Segments whose midpoints are within this many metres along the border are neighbours in the Gi* hot-spot statistic; empty = 5 segment lengths.</source>
            <translation>المقاطع التي تقع منتصفاتها ضمن هذه المسافة بالأمتار على امتداد الحدود متجاورة في إحصاءة Gi* للبؤر الساخنة؛ فارغ = 5 أطوال مقاطع.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="192" />
            <source>Violent incident types</source>
            <translation>أنواع الحوادث العنيفة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="193" />
            <source>Comma-separated incident types that count in the personnel risk (case, spaces and underscores ignored).</source>
            <translation>أنواع الحوادث المفصولة بفواصل التي تُحتسب في الخطر على الأفراد (تُهمل حالة الأحرف والمسافات والشرطات السفلية).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="195" />
            <source>Risk half-life (days)</source>
            <translation>عمر النصف للخطر (أيام)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="197" />
            <source>A violent incident weighs half as much in the risk after this many days.</source>
            <translation>تزن الحادثة العنيفة نصف وزنها في الخطر بعد هذا العدد من الأيام.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="198" />
            <source>Risk distance (m)</source>
            <translation>مسافة الخطر (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="200" />
            <source>Violent incidents within this many metres of a segment raise its risk; empty = the corridor half-width.</source>
            <translation>الحوادث العنيفة ضمن هذه المسافة بالأمتار من مقطع ترفع خطره؛ فارغ = نصف عرض الممر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="202" />
            <source>Severity for risk 50</source>
            <translation>الخطورة المقابلة لخطر 50</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="204" />
            <source>Sum of decayed severities that gives a risk of 50 (100 × (1 − 0.5^(R / this))).</source>
            <translation>مجموع الخطورات المتناقصة الذي يعطي خطراً قدره 50 (100 × (1 − 0.5^(R / هذه القيمة))).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="207" />
            <source>Output segment lines with factors, score, rank, priority, drivers, risk and hotspot_z.</source>
            <translation>خطوط المقاطع الناتجة مع العوامل والدرجة والرتبة والأولوية والعوامل المؤثرة والخطر وhotspot_z.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="208" />
            <source>Weight table</source>
            <translation>جدول الأوزان</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="210" />
            <source>Optional CSV beside the segments: the weight of each factor, its share, its standard error when fitted, and why a factor is left out.</source>
            <translation>ملف CSV اختياري بجانب المقاطع: وزن كل عامل وحصته وخطؤه المعياري عند تقديره وسبب استبعاد أي عامل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="218" />
            <source>BORDER: choose the border line layer.</source>
            <translation>BORDER: اختر طبقة خط الحدود.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="223" />
            <source>INCIDENT_DATE_FIELD: name the date field of the incident layer.</source>
            <translation>INCIDENT_DATE_FIELD: حدّد حقل التاريخ في طبقة الحوادث.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="229" />
            <source>Border {:.2f} km in {} part(s), measured in {}; {} segments.</source>
            <translation>الحدود {:.2f} كم في {} جزء (أجزاء)، مقيسة في {}؛ {} مقطعاً.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="231" />
            <source>Factors in the score: {}; reference date: {}.</source>
            <translation>العوامل في الدرجة: {}؛ التاريخ المرجعي: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="234" />
            <source>given as SMOOTHING_M</source>
            <translation>محدد في SMOOTHING_M</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="234" />
            <source>chosen from the incidents</source>
            <translation>مختار من الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="235" />
            <source>chosen with the weights fitted to the incidents</source>
            <translation>اختير مع الأوزان المقدَّرة من الحوادث</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="236" />
            <source>one segment length: too few dated incidents to choose</source>
            <translation>طول مقطع واحد: عدد الحوادث المؤرخة أقل من أن يسمح بالاختيار</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="237" />
            <source>Smoothing along the border: σ = {:.0f} m ({}).</source>
            <translation>التنعيم على طول الحدود: σ = {:.0f} م ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="240" />
            <source>Rank {}: segment {} (km {:.1f}–{:.1f}), score {:.1f}, {}, risk {:.0f}: {}</source>
            <translation>الرتبة {}: المقطع {} (كم {:.1f}–{:.1f})، الدرجة {:.1f}، {}، الخطر {:.0f}: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="289" />
            <source>Left out of the weight fit: {}.</source>
            <translation>مستبعد من تقدير الأوزان: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="292" />
            <source>Weights fitted to the incident history ({} incidents before {} and {} from it, each part checked on the other; penalty {:g}, incident history share {:.0%}): {}. On the check, their log-likelihood of the checked incidents minus that of WEIGHTS is {:+.3f} per incident (positive: the fit predicted better; it is used either way).</source>
            <translation>أوزان مقدَّرة من سجل الحوادث ({} حادثة قبل {} و{} ابتداءً منه، وكل جزء يُتحقَّق منه على الآخر؛ العقوبة {:g}، حصة سجل الحوادث {:.0%}): {}. في التحقق، لوغاريتم احتمال الحوادث المتحقَّق منها بها ناقص نظيره مع WEIGHTS يساوي {:+.3f} لكل حادثة (موجب: التقدير تنبأ أفضل؛ ويُستخدم في كل الأحوال).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="301" />
            <source>WEIGHTS kept, not fitted: {}.</source>
            <translation>أُبقي على WEIGHTS دون تقدير: {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="27" />
            <source>Generates a synthetic Sahel desert borderland for training and testing: a pair of 4-band images (blue, green, red, NIR; uint16 reflectance x 10000) of the same area at two dates, with dunes, wadis, rock and sparse vegetation, desert tracks from strong to faint (some new between the dates), real changes (compounds, pits, a cleared strip, vegetation loss) and nuisances that are not change (illumination difference, sub-pixel misregistration, a cloud with its shadow). Also writes the border, official crossings, dated incidents and the ground truth (truth_changes, truth_tracks) so a trainee can check the answers. The same seed always gives the same scene.</source>
            <translation>تُنشئ منطقة حدودية صحراوية ساحلية اصطناعية للتدريب والاختبار: زوج من الصور رباعية النطاقات (أزرق، أخضر، أحمر، تحت الحمراء القريبة؛ انعكاسية uint16 × 10000) للمنطقة نفسها في تاريخين، فيها كثبان وأودية وصخور ونبات متناثر، ومسالك صحراوية من الواضحة إلى الباهتة (بعضها جديد بين التاريخين)، وتغيّرات حقيقية (مجمّعات، حفر، شريط مُزال، فقدان نبات) وتشويشات ليست تغيّراً (اختلاف الإضاءة، انزياح دون البكسل، سحابة مع ظلها). وتكتب أيضاً الحدود والمعابر الرسمية وحوادث مؤرّخة والحقيقة الميدانية (truth_changes وtruth_tracks) ليتحقق المتدرّب من إجاباته. البذرة نفسها تعطي دائماً المشهد نفسه.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="37" />
            <source>before.tif, the earlier 4-band image.</source>
            <translation>before.tif، الصورة الأقدم رباعية النطاقات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="38" />
            <source>after.tif, the later 4-band image.</source>
            <translation>after.tif، الصورة الأحدث رباعية النطاقات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="39" />
            <source>cloud_mask.tif, 1 where the after image has cloud or cloud shadow.</source>
            <translation>cloud_mask.tif، 1 حيث تحتوي الصورة اللاحقة على سحابة أو ظلها.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="40" />
            <source>scene.gpkg with layers border, crossings, incidents, truth_changes, truth_tracks and truth_nuisances.</source>
            <translation>scene.gpkg بالطبقات border وcrossings وincidents وtruth_changes وtruth_tracks وtruth_nuisances.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="42" />
            <source>scene.json: dates, radiometric and geometric nuisances, counts.</source>
            <translation>scene.json: التواريخ والتشويشات الإشعاعية والهندسية والأعداد.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="46" />
            <source>Random seed</source>
            <translation>البذرة العشوائية</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="47" />
            <source>Seed of the generator; the same seed always gives the same scene.</source>
            <translation>بذرة المولّد؛ البذرة نفسها تعطي دائماً المشهد نفسه.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="48" />
            <source>Scene size (pixels)</source>
            <translation>حجم المشهد (بكسل)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="50" />
            <source>Width and height of the square scene in pixels (256–16384).</source>
            <translation>عرض المشهد المربع وارتفاعه بالبكسل (256–16384).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="51" />
            <source>Pixel size (m)</source>
            <translation>حجم البكسل (م)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="53" />
            <source>Ground sampling distance in metres; the scene covers SIZE_PX × PIXEL_SIZE_M metres.</source>
            <translation>مسافة الاعتيان الأرضية بالأمتار؛ يغطي المشهد SIZE_PX × PIXEL_SIZE_M متراً.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="55" />
            <source>Folder that receives before.tif, after.tif, cloud_mask.tif, scene.gpkg and scene.json.</source>
            <translation>المجلد الذي يستقبل before.tif وafter.tif وcloud_mask.tif وscene.gpkg وscene.json.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="59" />
            <source>Scene GeoPackage</source>
            <translation>GeoPackage المشهد</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="60" />
            <source>Scene description</source>
            <translation>وصف المشهد</translation>
        </message>
        <message>
            <source>Also find thin, faint straight changes (walls, fences, new tracks) from the evidence summed along 1-pixel lines of about this length in metres, in 8 orientations, after removing the measured shift (0 = off). 30 m found more walls and new tracks on the benchmark scenes, at a small cost in precision.</source>
            <translation type="vanished">يكشف أيضًا التغيرات الرفيعة والخافتة المستقيمة (الجدران والأسوار والمسارات الجديدة) من الأدلة المجمّعة على امتداد خطوط بعرض بكسل واحد وبطول يقارب هذه القيمة بالأمتار، في 8 اتجاهات، بعد إزالة الإزاحة المقيسة (0 = معطّل). وجد طول 30 م جدرانًا ومسارات جديدة أكثر في مشاهد الاختبار، مقابل انخفاض طفيف في الدقة.</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. It also finds faint new tracks: it is matched to INPUT (sub-pixel shift, sharpness, illumination) and the tracks that appear in the difference, where what both dates show cancels, are added. A faint track that faded between the dates on dunes can then come out as a new one. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">صورة أقدم للمنطقة نفسها؛ المسالك الغائبة عنها تأخذ is_new = 1، والخط الذي يمتد من مسلك قديم إلى مسلك جديد يُقطع حيث تتوقف الصورة الأقدم عن إظهاره. وتساعد أيضًا في إيجاد المسالك الجديدة الباهتة: تُطابَق مع INPUT (إزاحة دون البكسل، والحدّة، والإضاءة) وتُضاف المسالك التي تظهر في الفرق، حيث يتلاشى ما يُظهره التاريخان. وقد يظهر عندئذ مسلك باهت اختفى بين التاريخين فوق الكثبان كأنه جديد. يُعاد أخذ عيّناتها على شبكة INPUT عند الحاجة.</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the track response on the analysis grid: 5.6 × probability (learned detector) or noise units (filters), as under SENSITIVITY.</source>
            <translation type="vanished">ملف GeoTIFF بصيغة Float32 لاستجابة المسار على شبكة التحليل: 5.6 × الاحتمال (الكاشف المتعلَّم) أو وحدات الضجيج (المرشحات)، كما في الحساسية.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); with FIT_WEIGHTS the weights are learned from your own dated incidents: a regularised Poisson model of the incidents per segment (exposure = segment length) is fitted to the earlier half of them and checked on the later half, which chooses the penalty, the share of the incident history and σ; with too few incidents (under 30, or all on one day) WEIGHTS are kept and the log says why; the fitted weights and their bootstrap standard errors are in the log and in OUTPUT_WEIGHTS; rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">تقسّم الحدود إلى مقاطع متساوية الطول (تُقاس بالأمتار في نطاق UTM محلي عندما تكون الحدود بالدرجات؛ الحدود متعددة الأجزاء والفجوات مقبولة، وتُحتسب الفجوة في المسافة على الخط) وتقيّم كل مقطع لأولوية الدوريات انطلاقاً من عوامل مفسَّرة، كل منها بين 0 و1 (أعمدة f_*): &lt;b&gt;crossings&lt;/b&gt; = المسالك التي تعبر المقطع (موزونة بالثقة، والمسالك الجديدة × NEW_TRACK_WEIGHT) لكل كم، × (1 + REMOTE_CROSSING_BOOST × remoteness) عند توفير المعابر الرسمية؛ &lt;b&gt;tracks&lt;/b&gt; = طول المسالك في الممر لكل كم² (بالأوزان نفسها)؛ &lt;b&gt;changes&lt;/b&gt; = مساحة التغيّر في الممر لكل كم²، موزونة بفئة التغيّر؛ &lt;b&gt;incidents&lt;/b&gt; = Σ الخطورة × وزن النوع × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(العمر / HALF_LIFE_DAYS)) لكل كم (المعدّل طويل الأمد ممزوجاً بالشدّة الحديثة المتناقصة)؛ &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−المسافة على امتداد الحدود إلى أقرب معبر رسمي / REMOTENESS_SCALE_M)؛ &lt;b&gt;terrain&lt;/b&gt; = قابلية العبور من انحدار نموذج الارتفاعات الرقمي (1 − الانحدار / MAX_SLOPE_DEG). تُقسم العوامل الكثيفة على الأصغر بين المئين 95 و5 × وسيط قيمها غير الصفرية وتُسقط على 0–0.5 حتى هذا المقياس وتُضغط في 0.5–1 فوقه (تحافظ أشد المقاطع نشاطاً على ترتيبها). score = 100 × (Σ الوزن × العامل / Σ أوزان العوامل التي تتوفر بياناتها)، مع تنعيم على امتداد الحدود (غاوسي، σ = SMOOTHING_M، يُختار افتراضياً من الحوادث)؛ ومع FIT_WEIGHTS تُتعلَّم الأوزان من حوادثك المؤرَّخة: يُقدَّر نموذج بواسون منتظَم لعدد الحوادث في كل مقطع (التعرّض = طول المقطع) على النصف الأقدم منها ويُتحقَّق منه على النصف الأحدث، وهذا ما يختار العقوبة وحصة سجل الحوادث وσ؛ ومع عدد قليل جداً من الحوادث (أقل من 30، أو كلها في يوم واحد) يُبقى على WEIGHTS ويذكر السجل السبب؛ الأوزان المقدَّرة وأخطاؤها المعيارية بطريقة bootstrap في السجل وفي OUTPUT_WEIGHTS؛ rank 1 = الأعلى؛ priority critical = أعلى 10 % من المقاطع، وhigh = الـ 20 % التالية، وmedium = الـ 30 % التالية، وlow = الباقي (وكل مقطع قيمة score فيه 0)؛ يسمّي drivers العاملين الأكثر إسهاماً في score؛ hotspot_z هي قيمة z لإحصاءة Getis-Ord Gi* لقيمة score غير المنعَّمة (الجيران ضمن HOTSPOT_DISTANCE_M على امتداد الحدود؛ z &gt; 1.96 بؤرة ساخنة دالّة إحصائياً عند مستوى 5 %). risk (0–100) منفصل ولا يرفع score أبداً: R = Σ الخطورة × 0.5^(العمر / RISK_HALF_LIFE_DAYS) على الحوادث العنيفة ضمن RISK_DISTANCE_M، وrisk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). تحتفظ القيم الخام بوحداتها: n_track_crossings وtrack_km_per_km2 وnew_track_km وchange_area_m2 وn_incidents وincident_intensity وkm_to_crossing وmean_slope_deg وn_violent_incidents. هندسة الناتج هي خط كل مقطع في نظام إحداثيات الحدود.</translation>
        </message>
        <message>
            <source>Learn the factor weights from the dated incidents (earlier half fitted, later half checked; at least 30 incidents in the corridors on two or more days). Off, or with too thin a history: WEIGHTS as given.</source>
            <translation type="vanished">يتعلّم أوزان العوامل من الحوادث المؤرَّخة (يُقدَّر النموذج على النصف الأقدم ويُتحقَّق منه على النصف الأحدث؛ 30 حادثة على الأقل في الممرات على يومين أو أكثر). عند التعطيل أو إذا كان السجل ضئيلاً جداً: تُستخدم WEIGHTS كما أُعطيت.</translation>
        </message>
        <message>
            <source>Weights fitted to the incident history ({} incidents before {} fitted, {} from it checked; penalty {:g}, incident history share {:.0%}): {}. On the check, their log-likelihood of the later incidents minus that of WEIGHTS is {:+.3f} per incident (positive: the fit predicted better; it is used either way).</source>
            <translation type="vanished">أوزان مقدَّرة من سجل الحوادث ({} حادثة قبل {} للتقدير، و{} ابتداءً منه للتحقق؛ العقوبة {:g}، حصة سجل الحوادث {:.0%}): {}. في التحقق، لوغاريتم احتمال الحوادث اللاحقة بها ناقص نظيره مع WEIGHTS يساوي {:+.3f} لكل حادثة (موجب: التقدير تنبأ أفضل؛ ويُستخدم في كل الأحوال).</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). Each run measures INPUT's texture (median relative contrast) against the training scenes' and says in the log whether INPUT lies outside that domain; on much coarser texture (towns, farmland) the network reads the contrast proportionally weaker, and still finds only part of the roads. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">مُتعلَّم: شبكة U-Net صغيرة دُرِّبت على مناطق حدودية صحراوية مُولَّدة وعلى أشباه مرسومة (قمم الكثبان، حواف الأودية والحقول، النتوءات الصخرية، الغطاء النباتي)؛ تجد هناك مسارات أكثر بخطوط خاطئة أقل (انظر اختبار الأداء في README). في كل تشغيل تُقاس نسيجية INPUT (التباين النسبي الوسيط) مقارنةً بنسيجية مشاهد التدريب، ويُذكر في السجل إن كان INPUT خارج هذا النطاق؛ على نسيج أخشن بكثير (المدن، الأراضي الزراعية) تقرأ الشبكة التباين أضعف بالنسبة نفسها، ولا تجد مع ذلك إلا جزءًا من الطرق. المرشحات الموجهة: كاشف الخطوط المبني يدويًا مع كبت حقول الكثبان والحواف والبقع؛ للمقارنة والتحقق. كلاهما يعمل دون اتصال على المعالج.</translation>
        </message>
        <message>
            <source>Detector: learned network, outside its training domain: INPUT's texture (median relative contrast {:.1f} %) is much coarser than that of the desert scenes it was trained on (about {:.1f} %), as in towns, farmland and very fine imagery. It read the image's contrast {:.1f} times weaker to match them; expect missed roads and some false lines (README benchmark on real images), and cross-check with DETECTOR = oriented filters.</source>
            <translation type="vanished">الكاشف: الشبكة المتعلَّمة، خارج نطاق تدريبها: نسيجية INPUT (التباين النسبي الوسيط {:.1f} %) أخشن بكثير من نسيجية المشاهد الصحراوية التي دُرِّبت عليها (نحو {:.1f} %)، كما في المدن والأراضي الزراعية والصور الدقيقة جدًا. قرأت تباين الصورة أضعف بـ {:.1f} مرة لتقاربها؛ توقّع طرقًا فائتة وبعض الخطوط الخاطئة (اختبار README على صور حقيقية)، وتحقّق بـ DETECTOR = المرشحات الموجهة.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark), but few of the roads in real images of farmland and suburbs, where the oriented filters find more. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; use it on imagery unlike a sandy or rocky desert, or to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">متعلَّم: شبكة U-Net صغيرة دُرِّبت على مناطق حدودية صحراوية مولَّدة وعلى أشباه مرسومة (قمم الكثبان، حواف الأودية والحقول، النتوءات الصخرية، النباتات)؛ تجد هناك مسارات أكثر بخطوط خاطئة أقل (انظر اختبار الأداء في README)، لكنها لا تجد إلا قليلًا من الطرق في صور حقيقية لمناطق زراعية وضواحٍ، حيث تجد المرشحات الموجهة أكثر منها. المرشحات الموجهة: كاشف الخطوط المبني يدويًا مع إزالة حقول الكثبان والحواف والبقع؛ استخدمه على صور لا تشبه صحراء رملية أو صخرية، أو للتحقق المتقاطع. كلاهما يعمل دون اتصال على المعالج.</translation>
        </message>
        <message>
            <source>Finds what changed between an earlier (BEFORE) and a later (AFTER) multispectral image of the same area — new compounds, cleared ground, pits, vegetation cut — while ignoring what is not change: a different illumination or sensor calibration, a sub-pixel misregistration, clouds given in MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignment.&lt;/b&gt; The analysis runs on BEFORE's pixel grid, restricted to the overlap of the two images. AFTER (any CRS, pixel size, extent) is resampled onto it: bilinear (no half-pixel jitter, no overshoot at sharp edges that would itself look like change), or average when AFTER is much finer; MASK with nearest. Nodata of both images, MASK and the outside of the AOI are left out of the statistics and come out as nodata.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methods.&lt;/b&gt; &lt;i&gt;iMAD&lt;/i&gt; (default): iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007) — canonical correlation between the dates, pixels re-weighted by their no-change probability until the canonical correlations move by less than 0.001 (at most 100 iterations); insensitive to any per-band gain and offset between the dates; the score is the chi-square statistic (degrees of freedom = bands), calibrated so that its median over the scene matches the chi-square median (texture and blur make unchanged pixels wider than chi-square); constant or duplicated bands are dropped with a warning; needs 2 bands or more. &lt;i&gt;CVA&lt;/i&gt;: length of the per-band difference vector after a robust per-band gain/offset normalisation of AFTER onto BEFORE (score in pixel units). &lt;i&gt;NDVI difference&lt;/i&gt;: |NDVI after − NDVI before| (vegetation changes only). &lt;i&gt;Brightness difference&lt;/i&gt;: |difference of the mean of the bands| in pixel units (bare soil, clearing, roofs, pits).&lt;br&gt;&lt;br&gt;&lt;b&gt;Threshold.&lt;/b&gt; iMAD: pixels whose statistic exceeds the chi-square quantile at SIGNIFICANCE. Other methods: the SIGNIFICANCE quantile of a robust model of the unchanged pixels' score (median and MAD of the no-change component), or Otsu's threshold (advanced). A pixel stays changed only if it cannot be explained by moving AFTER (or BEFORE) by up to one pixel along the 8 directions, i.e. by a sub-pixel misregistration or a sharper/blurrier sensor at an edge. Then a morphological opening (3×3 cross) and MIN_AREA_M2 remove speckle.&lt;br&gt;&lt;br&gt;&lt;b&gt;Change classes&lt;/b&gt; (change_class, from the mean spectral change of each polygon, AFTER normalised onto BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — NDVI drops by 0.08 or more from vegetation (NDVI ≥ 0.2 before); &lt;i&gt;vegetation_gain&lt;/i&gt; — NDVI rises by 0.08 or more to vegetation; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % brighter or more (structures, roofs, cleared ground, airstrips, new tracks); &lt;i&gt;darkening&lt;/i&gt; — 8 % darker or more (excavation, pits, burn scars, water, tarmac); &lt;i&gt;other&lt;/i&gt; — the rest (colour changes). Vegetation classes need the red and NIR bands among the compared bands.&lt;br&gt;&lt;br&gt;Large images are processed in one streaming pass of row blocks after the statistics are taken from a sample: memory does not grow with the image height.</source>
            <translation type="vanished">تعثر على ما تغيّر بين صورة متعددة الأطياف أقدم (BEFORE) وأخرى أحدث (AFTER) للمنطقة نفسها — مجمّعات جديدة، أرض مُزالة، حفر، نبات مقطوع — مع إهمال ما ليس تغيّراً: اختلاف الإضاءة أو معايرة المستشعر، انزياح دون البكسل، السحب المعطاة في MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;المحاذاة.&lt;/b&gt; يجري التحليل على شبكة بكسلات BEFORE، مقصوراً على تداخل الصورتين. يُعاد أخذ عيّنات AFTER (بأي نظام إحداثيات وحجم بكسل وامتداد) عليها: ثنائي الخطية (بلا اهتزاز نصف بكسل ولا تجاوز عند الحواف الحادة قد يبدو هو نفسه تغيّراً)، أو بالمتوسط حين تكون AFTER أدق بكثير؛ وMASK بأقرب جار. تُستبعد من الإحصاءات البكسلات الخالية من البيانات في الصورتين وMASK وما هو خارج AOI، وتخرج بلا بيانات.&lt;br&gt;&lt;br&gt;&lt;b&gt;الطرق.&lt;/b&gt; &lt;i&gt;iMAD&lt;/i&gt; (الافتراضية): كشف التبدّل متعدد المتغيرات المعاد ترجيحه تكرارياً (Nielsen 2007) — ارتباط قانوني بين التاريخين، مع إعادة ترجيح البكسلات باحتمال عدم تغيّرها حتى تتغيّر الارتباطات القانونية بأقل من 0.001 (100 تكرار على الأكثر)؛ لا تتأثر بأي كسب أو إزاحة لكل نطاق بين التاريخين؛ الدرجة هي إحصاءة مربع كاي (درجات الحرية = النطاقات)، معايَرة بحيث يطابق وسيطها على المشهد وسيط مربع كاي (النسيج والضبابية يوسّعان توزيع البكسلات غير المتغيّرة)؛ تُستبعد النطاقات الثابتة أو المكرّرة مع تحذير؛ تتطلب نطاقين أو أكثر. &lt;i&gt;CVA&lt;/i&gt;: طول متجه الفروق لكل نطاق بعد تطبيع متين للكسب/الإزاحة لكل نطاق من AFTER إلى BEFORE (الدرجة بوحدات البكسل). &lt;i&gt;فرق NDVI&lt;/i&gt;: |NDVI اللاحق − NDVI السابق| (تغيّرات النبات فقط). &lt;i&gt;فرق السطوع&lt;/i&gt;: |فرق متوسط النطاقات| بوحدات البكسل (تربة عارية، إزالة، أسطح، حفر).&lt;br&gt;&lt;br&gt;&lt;b&gt;العتبة.&lt;/b&gt; iMAD: البكسلات التي تتجاوز إحصاءتها مئين مربع كاي عند SIGNIFICANCE. الطرق الأخرى: المئين SIGNIFICANCE لنموذج متين لدرجة البكسلات غير المتغيّرة (الوسيط وMAD لمكوّن عدم التغيّر)، أو عتبة Otsu (متقدّم). يبقى البكسل متغيّراً فقط إن تعذّر تفسيره بتحريك AFTER (أو BEFORE) بما يصل إلى بكسل واحد في الاتجاهات الثمانية، أي بانزياح دون البكسل أو بمستشعر أحدّ/أكثر ضبابية عند حافة. ثم يزيل فتح مورفولوجي (صليب 3×3) وMIN_AREA_M2 النقاط المتناثرة.&lt;br&gt;&lt;br&gt;&lt;b&gt;فئات التغيّر&lt;/b&gt; (change_class، من متوسط التغيّر الطيفي لكل مضلع، بعد تطبيع AFTER إلى BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — ينخفض NDVI بمقدار 0.08 أو أكثر من نبات (NDVI ≥ 0.2 قبلاً)؛ &lt;i&gt;vegetation_gain&lt;/i&gt; — يرتفع NDVI بمقدار 0.08 أو أكثر إلى نبات؛ &lt;i&gt;new_bright_surface&lt;/i&gt; — أفتح بنسبة 8 % أو أكثر (منشآت، أسطح، أرض مُزالة، مدارج، مسالك جديدة)؛ &lt;i&gt;darkening&lt;/i&gt; — أغمق بنسبة 8 % أو أكثر (حفريات، حفر، آثار حرائق، ماء، إسفلت)؛ &lt;i&gt;other&lt;/i&gt; — الباقي (تغيّرات اللون). تتطلب فئات النبات وجود النطاقين الأحمر وتحت الأحمر القريب بين النطاقات المقارنة.&lt;br&gt;&lt;br&gt;تُعالج الصور الكبيرة في تمريرة واحدة من كتل الصفوف بعد أخذ الإحصاءات من عيّنة: لا تزداد الذاكرة مع ارتفاع الصورة.</translation>
        </message>
        <message>
            <source>iMAD: chi-square statistic, insensitive to gain/offset differences (recommended, 2+ bands). CVA: spectral difference magnitude. NDVI: vegetation changes. Brightness: bare soil / bright or dark surfaces.</source>
            <translation type="vanished">iMAD: إحصاءة مربع كاي، لا تتأثر بفروق الكسب/الإزاحة (موصى بها، نطاقان أو أكثر). CVA: طول الفرق الطيفي. NDVI: تغيّرات النبات. السطوع: التربة العارية / الأسطح الفاتحة أو الداكنة.</translation>
        </message>
        <message>
            <source>Probability of change required to mark a pixel changed (0.5–0.999999); higher = fewer, surer changes.</source>
            <translation type="vanished">احتمال التغيّر المطلوب لتعليم البكسل متغيّراً (0.5–0.999999)؛ أعلى = تغيّرات أقل وأوثق.</translation>
        </message>
        <message>
            <source>Changes smaller than this area in square metres are dropped (areas are true m² also for images in a geographic CRS).</source>
            <translation type="vanished">تُستبعد التغيّرات الأصغر من هذه المساحة بالأمتار المربعة (المساحات أمتار مربعة حقيقية حتى للصور بنظام إحداثيات جغرافي).</translation>
        </message>
        <message>
            <source>Largest shift, in pixels, between the dates that is not counted as change (0 = compare pixel to pixel).</source>
            <translation type="vanished">أكبر انزياح بالبكسل بين التاريخين لا يُحتسب تغيّراً (0 = مقارنة بكسل ببكسل).</translation>
        </message>
        <message>
            <source>Threshold (CVA, NDVI, brightness)</source>
            <translation type="vanished">العتبة (CVA وNDVI والسطوع)</translation>
        </message>
        <message>
            <source>How CVA, NDVI and brightness scores are thresholded: the SIGNIFICANCE quantile of the unchanged pixels' score (robust median/MAD model), or Otsu's threshold of the score histogram (never below the first). iMAD always uses the chi-square quantile.</source>
            <translation type="vanished">كيفية تحديد عتبة درجات CVA وNDVI والسطوع: المئين SIGNIFICANCE لدرجة البكسلات غير المتغيّرة (نموذج متين للوسيط/MAD)، أو عتبة Otsu لمدرّج الدرجة (لا تقل أبداً عن الأولى). يستخدم iMAD دائماً مئين مربع كاي.</translation>
        </message>
        <message>
            <source>{} change(s), {} changed pixel(s) of {} valid; threshold {:.4g}.</source>
            <translation type="vanished">{} تغيّر، {} بكسل متغيّر من أصل {} صالح؛ العتبة {:.4g}.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">تقسّم الحدود إلى مقاطع متساوية الطول (تُقاس بالأمتار في نطاق UTM محلي عندما تكون الحدود بالدرجات؛ الحدود متعددة الأجزاء والفجوات مقبولة، وتُحتسب الفجوة في المسافة على الخط) وتقيّم كل مقطع لأولوية الدوريات انطلاقاً من عوامل مفسَّرة، كل منها بين 0 و1 (أعمدة f_*): &lt;b&gt;crossings&lt;/b&gt; = المسالك التي تعبر المقطع (موزونة بالثقة، والمسالك الجديدة × NEW_TRACK_WEIGHT) لكل كم، × (1 + REMOTE_CROSSING_BOOST × remoteness) عند توفير المعابر الرسمية؛ &lt;b&gt;tracks&lt;/b&gt; = طول المسالك في الممر لكل كم² (بالأوزان نفسها)؛ &lt;b&gt;changes&lt;/b&gt; = مساحة التغيّر في الممر لكل كم²، موزونة بفئة التغيّر؛ &lt;b&gt;incidents&lt;/b&gt; = Σ الخطورة × وزن النوع × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(العمر / HALF_LIFE_DAYS)) لكل كم (المعدّل طويل الأمد ممزوجاً بالشدّة الحديثة المتناقصة)؛ &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−المسافة على امتداد الحدود إلى أقرب معبر رسمي / REMOTENESS_SCALE_M)؛ &lt;b&gt;terrain&lt;/b&gt; = قابلية العبور من انحدار نموذج الارتفاعات الرقمي (1 − الانحدار / MAX_SLOPE_DEG). تُقسم العوامل الكثيفة على الأصغر بين المئين 95 و5 × وسيط قيمها غير الصفرية وتُسقط على 0–0.5 حتى هذا المقياس وتُضغط في 0.5–1 فوقه (تحافظ أشد المقاطع نشاطاً على ترتيبها). score = 100 × (Σ الوزن × العامل / Σ أوزان العوامل التي تتوفر بياناتها)، مع تنعيم على امتداد الحدود (غاوسي، σ = SMOOTHING_M، يُختار افتراضياً من الحوادث)؛ rank 1 = الأعلى؛ priority critical = أعلى 10 % من المقاطع، وhigh = الـ 20 % التالية، وmedium = الـ 30 % التالية، وlow = الباقي (وكل مقطع قيمة score فيه 0)؛ يسمّي drivers العاملين الأكثر إسهاماً في score؛ hotspot_z هي قيمة z لإحصاءة Getis-Ord Gi* لقيمة score غير المنعَّمة (الجيران ضمن HOTSPOT_DISTANCE_M على امتداد الحدود؛ z &gt; 1.96 بؤرة ساخنة دالّة إحصائياً عند مستوى 5 %). risk (0–100) منفصل ولا يرفع score أبداً: R = Σ الخطورة × 0.5^(العمر / RISK_HALF_LIFE_DAYS) على الحوادث العنيفة ضمن RISK_DISTANCE_M، وrisk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). تحتفظ القيم الخام بوحداتها: n_track_crossings وtrack_km_per_km2 وnew_track_km وchange_area_m2 وn_incidents وincident_intensity وkm_to_crossing وmean_slope_deg وn_violent_incidents. هندسة الناتج هي خط كل مقطع في نظام إحداثيات الحدود.</translation>
        </message>
        <message>
            <source>Weight of each factor in the score as factor=weight, comma-separated (factors: crossings, tracks, changes, incidents, remoteness, terrain; unnamed keep their default). Default: {}.</source>
            <translation type="vanished">وزن كل عامل في الدرجة بصيغة عامل=وزن مفصولة بفواصل (العوامل: crossings وtracks وchanges وincidents وremoteness وterrain؛ غير المذكورة تحتفظ بقيمتها الافتراضية). الافتراضي: {}.</translation>
        </message>
        <message>
            <source>Length of the border segments in metres.</source>
            <translation type="vanished">طول مقاطع الحدود بالأمتار.</translation>
        </message>
        <message>
            <source>How far along the border, in metres each way, one team covers from its post.</source>
            <translation type="vanished">المسافة على امتداد الحدود، بالأمتار في كل اتجاه، التي يغطيها فريق من موقعه.</translation>
        </message>
        <message>
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. A small neural network shipped with the plugin (run on the processor, no download) or, on request, oriented line filters with dune-field, edge and blob suppression give a track response; it is thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (each date's response is computed from its own relative contrast, so a different illumination does not matter).</source>
            <translation type="vanished">يعثر على مسارات المركبات — خطوط رفيعة متعرجة وغالبًا باهتة، أفتح (قشرة مضطربة) أو أغمق من الصحراء المحيطة بها — ويعيدها خطوطًا متصلة مع درجة ثقة. تعطي شبكة عصبية صغيرة مرفقة بالإضافة (تعمل على المعالج، دون تنزيل) أو، عند الطلب، مرشحات خطوط موجهة مع إزالة حقول الكثبان والحواف والبقع استجابةً للمسار؛ تُعتبَّب بالتخلف (hysteresis) وتُرقَّق وتُحوَّل إلى مخطط تُشذَّب فروعه القصيرة وتُجسَر فجواته القصيرة المغطاة بالرمل، ثم تُبسَّط. تُعالَج الصور الكبيرة في بلاطات متداخلة؛ وتخرج الخطوط العابرة لحدود البلاطات كاملة. مع صورة سابقة (BEFORE)، تُعلَّم المسارات التي لا تظهر فيها بأنها جديدة (تُحسب استجابة كل تاريخ من تباينه النسبي الخاص، فلا يؤثر اختلاف الإضاءة).</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">صورة أقدم للمنطقة نفسها؛ المسالك الغائبة عنها تأخذ is_new = 1، والخط الذي يمتد من مسلك قديم إلى مسلك جديد يُقطع حيث تتوقف الصورة الأقدم عن إظهاره. يُعاد أخذ عيّناتها على شبكة INPUT عند الحاجة.</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">صورة أقدم للمنطقة نفسها؛ المسالك الغائبة عنها تأخذ is_new = 1. يُعاد أخذ عيّناتها على شبكة INPUT عند الحاجة.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark), but found nothing on real road images of farmland and suburbs. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; use it on imagery unlike a sandy or rocky desert, or to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">متعلَّم: شبكة U-Net صغيرة دُرِّبت على مناطق حدودية صحراوية مولَّدة وعلى أشباه مرسومة (قمم الكثبان، حواف الأودية والحقول، النتوءات الصخرية، النباتات)؛ تجد هناك مسارات أكثر بخطوط خاطئة أقل (انظر اختبار الأداء في README)، لكنها لم تجد شيئًا في صور طرق حقيقية لمناطق زراعية وضواحٍ. المرشحات الموجهة: كاشف الخطوط المبني يدويًا مع إزالة حقول الكثبان والحواف والبقع؛ استخدمه على صور لا تشبه صحراء رملية أو صخرية، أو للتحقق المتقاطع. كلاهما يعمل دون اتصال على المعالج.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). oriented filters: the hand-built line detector with dune-field, edge and blob suppression; try it on imagery unlike a sandy or rocky desert. Both run offline on the processor.</source>
            <translation type="vanished">متعلَّم: شبكة U-Net صغيرة دُرِّبت على مناطق حدودية صحراوية مولَّدة وعلى أشباه مرسومة (قمم الكثبان، حواف الأودية والحقول، النتوءات الصخرية، النباتات)؛ تجد هناك مسارات أكثر بخطوط خاطئة أقل (انظر اختبار الأداء في README). المرشحات الموجهة: كاشف الخطوط المبني يدويًا مع إزالة حقول الكثبان والحواف والبقع؛ جرّبه على صور لا تشبه صحراء رملية أو صخرية. كلاهما يعمل دون اتصال على المعالج.</translation>
        </message>
        <message>
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. An oriented line detector with symmetric flanks (edges of wadis and fields are not lines), continuity (vegetation clumps are not lines) and a periodicity test (regular dune crests are not tracks) is normalised by the local noise, thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (the comparison uses the noise-normalised response, so a different illumination does not matter).</source>
            <translation type="vanished">تعثر على مسالك المركبات — خطوط رفيعة منحنية باهتة غالباً، أفتح (قشرة مضطربة) أو أغمق من الصحراء المحيطة — وتعيدها خطوطاً متصلة مع درجة ثقة. يُطبَّع كاشف خطوط موجّه بجانبين متناظرين (حواف الأودية والحقول ليست خطوطاً) مع معيار استمرارية (كتل النبات ليست خطوطاً) واختبار دورية (قمم الكثبان المنتظمة ليست مسالك) بحسب الضجيج المحلي، ثم تُحدَّد العتبة بالتخلّف، ويُرقَّق الناتج ويُحوَّل إلى شبكة تُقلَّم تفرعاتها القصيرة وتُجسَر فجواتها القصيرة المغطاة بالرمل، ثم يُبسَّط. تُعالج الصور الكبيرة في بلاطات متداخلة؛ وتخرج الخطوط العابرة لحدود البلاطات كاملة. مع صورة BEFORE، تُعلَّم المسالك التي لا تظهر فيها بأنها جديدة (تستخدم المقارنة الاستجابة المطبَّعة بالضجيج، فلا يؤثر اختلاف الإضاءة).</translation>
        </message>
        <message>
            <source>0 = only clear tracks, 1 = faint ones too (more false lines). Hysteresis thresholds in noise units: high = 1.6 + 2.4 × (1 − S), low = 0.55 × high; one noise unit is the response exceeded by 1 % of the pixels of pure noise.</source>
            <translation type="vanished">0 = المسالك الواضحة فقط، 1 = الباهتة أيضاً (خطوط زائفة أكثر). عتبات التخلّف بوحدات الضجيج: العليا = 1.6 + 2.4 × (1 − S)، الدنيا = 0.55 × العليا؛ وحدة الضجيج هي الاستجابة التي يتجاوزها 1 % من بكسلات الضجيج الخالص.</translation>
        </message>
        <message>
            <source>Line layer (GeoPackage) in INPUT's CRS with length_m (metres), confidence (0–1, from response strength and continuity), mean_response (noise units), is_new (0/1), azimuth_deg (0–180, clockwise from north) and sinuosity (length / straight distance).</source>
            <translation type="vanished">طبقة خطوط (GeoPackage) بنظام إحداثيات INPUT مع length_m (أمتار) وconfidence (0–1، من قوة الاستجابة والاستمرارية) وmean_response (وحدات ضجيج) وis_new (0/1) وazimuth_deg (0–180، باتجاه عقارب الساعة من الشمال) وsinuosity (الطول / المسافة المستقيمة).</translation>
        </message>
        <message>
            <source>Ridge response</source>
            <translation type="vanished">استجابة الحواف</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the ridge response in noise units (1 = exceeded by 1 % of pure-noise pixels), on the analysis grid.</source>
            <translation type="vanished">ملف GeoTIFF بصيغة Float32 لاستجابة الخطوط بوحدات الضجيج (1 = تتجاوزها 1 % من بكسلات الضجيج الصرف)، على شبكة التحليل.</translation>
        </message>
        <message>
            <source>track_response.tif, ridge response of the track filter.</source>
            <translation type="vanished">track_response.tif، استجابة الحواف لمرشّح المسالك.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values and capped at 1. score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M); rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">تقسّم الحدود إلى مقاطع متساوية الطول (تُقاس بالأمتار في نطاق UTM محلي عندما تكون الحدود بالدرجات؛ الحدود متعددة الأجزاء والفجوات مقبولة، وتُحتسب الفجوة في المسافة على الخط) وتقيّم كل مقطع لأولوية الدوريات انطلاقاً من عوامل مفسَّرة، كل منها بين 0 و1 (أعمدة f_*): &lt;b&gt;crossings&lt;/b&gt; = المسالك التي تعبر المقطع (موزونة بالثقة، والمسالك الجديدة × NEW_TRACK_WEIGHT) لكل كم، × (1 + REMOTE_CROSSING_BOOST × remoteness) عند توفير المعابر الرسمية؛ &lt;b&gt;tracks&lt;/b&gt; = طول المسالك في الممر لكل كم² (بالأوزان نفسها)؛ &lt;b&gt;changes&lt;/b&gt; = مساحة التغيّر في الممر لكل كم²، موزونة بفئة التغيّر؛ &lt;b&gt;incidents&lt;/b&gt; = Σ الخطورة × وزن النوع × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(العمر / HALF_LIFE_DAYS)) لكل كم (المعدّل طويل الأمد ممزوجاً بالشدّة الحديثة المتناقصة)؛ &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−المسافة على امتداد الحدود إلى أقرب معبر رسمي / REMOTENESS_SCALE_M)؛ &lt;b&gt;terrain&lt;/b&gt; = قابلية العبور من انحدار نموذج الارتفاعات الرقمي (1 − الانحدار / MAX_SLOPE_DEG). تُقسم العوامل الكثيفة على الأصغر بين المئين 95 و5 × وسيط قيمها غير الصفرية وتُحدّ بـ 1. score = 100 × (Σ الوزن × العامل / Σ أوزان العوامل التي تتوفر بياناتها)، مع تنعيم على امتداد الحدود (غاوسي، σ = SMOOTHING_M)؛ rank 1 = الأعلى؛ priority critical = أعلى 10 % من المقاطع، وhigh = الـ 20 % التالية، وmedium = الـ 30 % التالية، وlow = الباقي (وكل مقطع قيمة score فيه 0)؛ يسمّي drivers العاملين الأكثر إسهاماً في score؛ hotspot_z هي قيمة z لإحصاءة Getis-Ord Gi* لقيمة score غير المنعَّمة (الجيران ضمن HOTSPOT_DISTANCE_M على امتداد الحدود؛ z &gt; 1.96 بؤرة ساخنة دالّة إحصائياً عند مستوى 5 %). risk (0–100) منفصل ولا يرفع score أبداً: R = Σ الخطورة × 0.5^(العمر / RISK_HALF_LIFE_DAYS) على الحوادث العنيفة ضمن RISK_DISTANCE_M، وrisk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). تحتفظ القيم الخام بوحداتها: n_track_crossings وtrack_km_per_km2 وnew_track_km وchange_area_m2 وn_incidents وincident_intensity وkm_to_crossing وmean_slope_deg وn_violent_incidents. هندسة الناتج هي خط كل مقطع في نظام إحداثيات الحدود.</translation>
        </message>
        <message>
            <source>Typical width of the tracks in metres (0.5 to 50 pixels). Tracks up to about twice this width are found too.</source>
            <translation type="vanished">العرض النموذجي للمسالك بالأمتار (0.5 إلى 50 بكسل). تُكتشف أيضاً المسالك حتى ضعف هذا العرض تقريباً.</translation>
        </message>
        <message>
            <source>Side of the tiles, in pixels, in which large images are processed (memory grows with its square).</source>
            <translation type="vanished">ضلع البلاطات بالبكسل التي تُعالج فيها الصور الكبيرة (تزداد الذاكرة مع مربعه).</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the ridge response in noise units (1 = exceeded by 1 % of pure-noise pixels).</source>
            <translation type="vanished">GeoTIFF بصيغة Float32 لاستجابة الحواف بوحدات الضجيج (1 = يتجاوزها 1 % من بكسلات الضجيج الخالص).</translation>
        </message>
        <message>
            <source>σ in metres of the Gaussian smoothing of the score along the border; empty = one segment length, 0 = none.</source>
            <translation type="vanished">σ بالأمتار للتنعيم الغاوسي للدرجة على امتداد الحدود؛ فارغ = طول مقطع واحد، 0 = بلا تنعيم.</translation>
        </message>
    </context>
</TS>
