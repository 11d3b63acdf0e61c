<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
    <context>
        <name>FragileBorders</name>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="44" />
            <location filename="../../fragile_borders_plugin/plugin.py" line="64" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="119" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="315" />
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <location filename="../../processing_algorithms/provider.py" line="24" />
            <source>Fragile Borders</source>
            <translation>Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="46" />
            <source>Fragile Borders: changes, desert tracks, border priorities and patrols</source>
            <translation>Fragile Borders: التغيّرات والمسالك الصحراوية وأولويات الحدود والدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="50" />
            <source>Training borderland…</source>
            <translation>منطقة حدودية للتدريب…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="52" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="232" />
            <source>Load results…</source>
            <translation>تحميل النتائج…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="57" />
            <location filename="../../fragile_borders_plugin/plugin.py" line="79" />
            <source>&amp;Fragile Borders</source>
            <translation>&amp;Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="55" />
            <location filename="../../processing_algorithms/pipeline.py" line="60" />
            <location filename="../../processing_algorithms/training_scene.py" line="56" />
            <source>Before image</source>
            <translation>الصورة السابقة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="56" />
            <location filename="../../processing_algorithms/pipeline.py" line="62" />
            <location filename="../../processing_algorithms/training_scene.py" line="57" />
            <source>After image</source>
            <translation>الصورة اللاحقة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="57" />
            <location filename="../../processing_algorithms/pipeline.py" line="64" />
            <source>Border line</source>
            <translation>خط الحدود</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="58" />
            <source>Incidents (optional)</source>
            <translation>الحوادث (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="59" />
            <source>Official crossings (optional)</source>
            <translation>المعابر الرسمية (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="60" />
            <source>Ignore mask, non-zero = ignore (optional)</source>
            <translation>قناع الاستبعاد، غير الصفر = مستبعد (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="61" />
            <source>Area of interest (optional)</source>
            <translation>منطقة الاهتمام (اختياري)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="66" />
            <source>Patrol teams (0 = no patrol plan)</source>
            <translation>فرق الدوريات (0 = دون خطة دوريات)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="67" />
            <location filename="../../processing_algorithms/pipeline.py" line="75" />
            <source>Change significance (probability)</source>
            <translation>دلالة التغيّر (احتمال)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="68" />
            <location filename="../../processing_algorithms/pipeline.py" line="78" />
            <source>Minimum change area (m²)</source>
            <translation>الحد الأدنى لمساحة التغيّر (م²)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="69" />
            <location filename="../../processing_algorithms/pipeline.py" line="81" />
            <source>Track width (m)</source>
            <translation>عرض المسالك (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="70" />
            <location filename="../../processing_algorithms/pipeline.py" line="84" />
            <source>Minimum track length (m)</source>
            <translation>الحد الأدنى لطول المسلك (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="71" />
            <location filename="../../processing_algorithms/pipeline.py" line="87" />
            <source>Segment length (m)</source>
            <translation>طول المقاطع (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="72" />
            <location filename="../../processing_algorithms/pipeline.py" line="90" />
            <source>Corridor half-width (m)</source>
            <translation>نصف عرض الممر (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="73" />
            <location filename="../../processing_algorithms/pipeline.py" line="95" />
            <source>Incident half-life (days)</source>
            <translation>عمر النصف للحوادث (أيام)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="74" />
            <location filename="../../processing_algorithms/pipeline.py" line="100" />
            <source>Team reach along the border (m)</source>
            <translation>مدى الفريق على امتداد الحدود (م)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="75" />
            <location filename="../../processing_algorithms/pipeline.py" line="103" />
            <source>Maximum risk for a post (0–100)</source>
            <translation>أقصى خطر مقبول لموقع دورية (0–100)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="141" />
            <source>Analysis</source>
            <translation>التحليل</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="142" />
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="143" />
            <location filename="../../processing_algorithms/base.py" line="22" />
            <source>Training</source>
            <translation>التدريب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="149" />
            <source>Ready.</source>
            <translation>جاهز.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="151" />
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="169" />
            <source>Inputs</source>
            <translation>المدخلات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="184" />
            <location filename="../../processing_algorithms/base.py" line="98" />
            <source>Parameters</source>
            <translation>المعاملات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="197" />
            <source>Reference date</source>
            <translation>التاريخ المرجعي</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="198" />
            <source>Unticked: the date of the latest incident.</source>
            <translation>إذا لم يُحدَّد: تاريخ آخر حادثة.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="209" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="213" />
            <location filename="../../processing_algorithms/pipeline.py" line="106" />
            <location filename="../../processing_algorithms/training_scene.py" line="54" />
            <source>Output folder</source>
            <translation>مجلد المخرجات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="210" />
            <source>[new folder in the Fragile Borders work folder]</source>
            <translation>[مجلد جديد داخل مجلد عمل Fragile Borders]</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="216" />
            <source>Run</source>
            <translation>تشغيل</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="217" />
            <source>Run the whole analysis in the background; QGIS stays usable.</source>
            <translation>تشغيل التحليل كاملاً في الخلفية؛ يبقى QGIS قابلاً للاستخدام.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="226" />
            <source>No results loaded yet. Run the analysis or load an earlier run.</source>
            <translation>لم تُحمَّل أي نتائج بعد. شغّل التحليل أو حمّل نتائج تشغيل سابق.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="229" />
            <source>Top border segments (click a row to zoom):</source>
            <translation>أهم مقاطع الحدود (انقر على صف للتكبير إليه):</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="233" />
            <source>Re-open an earlier run: its output folder's fragile_borders.gpkg or run.json, with the same styles.</source>
            <translation>إعادة فتح تشغيل سابق: ملف fragile_borders.gpkg أو run.json في مجلد مخرجاته، بالأنماط نفسها.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="242" />
            <source>Generate a synthetic desert borderland with two image dates, a border, crossings and incidents. Find the new tracks and changes, then tick "Show answers" to compare with the truth.</source>
            <translation>إنشاء منطقة حدودية صحراوية اصطناعية بصورتين في تاريخين وحدود ومعابر وحوادث. ابحث عن المسالك الجديدة والتغيّرات، ثم فعّل «إظهار الإجابات» للمقارنة مع الحقيقة الميدانية.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="252" />
            <source>The same seed always gives the same scene: share it with your trainees.</source>
            <translation>البذرة نفسها تعطي دائماً المشهد نفسه: شاركها مع متدرّبيك.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="253" />
            <source>Seed</source>
            <translation>البذرة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="256" />
            <source>{0} × {0} px ({1:.1f} km)</source>
            <translation>{0} × {0} بكسل ({1:.1f} كم)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="258" />
            <source>Scene size</source>
            <translation>حجم المشهد</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="260" />
            <location filename="../../processing_algorithms/training_scene.py" line="25" />
            <source>Generate training borderland</source>
            <translation>إنشاء منطقة حدودية للتدريب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="263" />
            <source>Show answers</source>
            <translation>إظهار الإجابات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="327" />
            <source>Choose the missing input(s) first: {}.</source>
            <translation>اختر أولاً المدخلات الناقصة: {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="330" />
            <source>The before and after images are the same layer: pick two dates.</source>
            <translation>الصورتان السابقة واللاحقة هما الطبقة نفسها: اختر تاريخين مختلفين.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="347" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="359" />
            <source>A run is already in progress: wait for it or cancel it.</source>
            <translation>هناك تشغيل قيد التنفيذ: انتظر انتهاءه أو ألغِه.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="354" />
            <source>Fragile Borders analysis</source>
            <translation>تحليل Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="364" />
            <source>Fragile Borders training borderland</source>
            <translation>منطقة التدريب الحدودية Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="378" />
            <source>Running in the background… QGIS stays usable.</source>
            <translation>جارٍ التشغيل في الخلفية… يبقى QGIS قابلاً للاستخدام.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="384" />
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="405" />
            <source>Cancelled: nothing was loaded.</source>
            <translation>أُلغي: لم يُحمَّل أي شيء.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="408" />
            <source>The run failed: {}</source>
            <translation>فشل التشغيل: {}</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="434" />
            <source>Results loaded into the group "{}".</source>
            <translation>حُمّلت النتائج في المجموعة «{}».</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="446" />
            <source>{} changes, {} tracks ({} new), {} segments, {} patrol posts.</source>
            <translation>{} تغيّرات، {} مسالك ({} جديدة)، {} مقاطع، {} مواقع دوريات.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="451" />
            <source>Posts cover {:.0%} of the total priority.</source>
            <translation>تغطي المواقع {:.0%} من مجموع الأولوية.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="466" />
            <source>Load results of an earlier run</source>
            <translation>تحميل نتائج تشغيل سابق</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="467" />
            <source>Fragile Borders results (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</source>
            <translation>نتائج Fragile Borders (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="475" />
            <source>Training borderland (seed {})</source>
            <translation>منطقة التدريب الحدودية (البذرة {})</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="488" />
            <source>Training borderland loaded into "{}": the inputs are filled in, press Run on the Analysis tab.</source>
            <translation>حُمّلت منطقة التدريب في «{}»: المدخلات معبّأة، اضغط «تشغيل» في تبويب التحليل.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="32" />
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
            <source>Patrol coverage</source>
            <translation>تغطية الدوريات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="39" />
            <source>Changes</source>
            <translation>التغيّرات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="43" />
            <source>Change mask</source>
            <translation>قناع التغيّرات</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="44" />
            <source>Track response</source>
            <translation>استجابة مرشّح المسالك</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="45" />
            <source>Change score</source>
            <translation>درجة التغيّر</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="50" />
            <source>Answers: true tracks</source>
            <translation>الإجابات: المسالك الحقيقية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="51" />
            <source>Answers: true changes</source>
            <translation>الإجابات: التغيّرات الحقيقية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="52" />
            <location filename="../../processing_algorithms/pipeline.py" line="68" />
            <source>Official crossings</source>
            <translation>المعابر الرسمية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="53" />
            <location filename="../../processing_algorithms/base.py" line="26" />
            <location filename="../../processing_algorithms/pipeline.py" line="66" />
            <source>Incidents</source>
            <translation>الحوادث</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="54" />
            <source>Border</source>
            <translation>الحدود</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="57" />
            <location filename="../../processing_algorithms/training_scene.py" line="58" />
            <source>Cloud mask</source>
            <translation>قناع السحب</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="58" />
            <source>After image (RGB)</source>
            <translation>الصورة اللاحقة (أحمر-أخضر-أزرق)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="59" />
            <source>Before image (RGB)</source>
            <translation>الصورة السابقة (أحمر-أخضر-أزرق)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="116" />
            <source>No Fragile Borders results in {}: choose the pipeline's output folder or its fragile_borders.gpkg.</source>
            <translation>لا توجد نتائج Fragile Borders في {}: اختر مجلد مخرجات السلسلة أو ملف fragile_borders.gpkg الخاص بها.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="146" />
            <location filename="../../fragile_borders_plugin/gui/results.py" line="159" />
            <source>Could not read the style {}.</source>
            <translation>تعذّرت قراءة النمط {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="294" />
            <source>The run produced no layer that could be opened ({}).</source>
            <translation>لم ينتج التشغيل أي طبقة يمكن فتحها ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="325" />
            <source>The training scene could not be opened ({}).</source>
            <translation>تعذّر فتح مشهد التدريب ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="326" />
            <source>Training borderland</source>
            <translation>منطقة التدريب الحدودية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="9" />
            <source>critical</source>
            <translation>حرجة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="9" />
            <source>high</source>
            <translation>عالية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="9" />
            <source>medium</source>
            <translation>متوسطة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <source>low</source>
            <translation>منخفضة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="13" />
            <source>Rank</source>
            <translation>الرتبة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="14" />
            <source>Score (0–100)</source>
            <translation>الدرجة (0–100)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="15" />
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="16" />
            <source>Risk (0–100)</source>
            <translation>الخطر (0–100)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="17" />
            <source>Drivers</source>
            <translation>العوامل المؤثرة</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="55" />
            <source>Click a row to zoom the map to that segment.</source>
            <translation>انقر على صف لتكبير الخريطة إلى ذلك المقطع.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="63" />
            <source>The Processing algorithm {} is not available: check that the Fragile Borders provider is enabled (Processing &gt; Options &gt; Providers).</source>
            <translation>خوارزمية المعالجة {} غير متاحة: تأكّد من تفعيل مزوّد Fragile Borders (المعالجة &gt; الخيارات &gt; المزوّدون).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="105" />
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
            <location filename="../../processing_algorithms/base.py" line="115" />
            <source>Cancelled by the user: no output was written.</source>
            <translation>ألغاه المستخدم: لم يُكتب أي مخرج.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="119" />
            <source>Could not read or write a file: {}</source>
            <translation>تعذّرت قراءة ملف أو كتابته: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="121" />
            <source>Cancelled by the user: outputs are incomplete.</source>
            <translation>ألغاه المستخدم: المخرجات غير مكتملة.</translation>
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
            <location filename="../../processing_algorithms/pipeline.py" line="35" />
            <source>Border surveillance pipeline (all steps)</source>
            <translation>سلسلة مراقبة الحدود (جميع الخطوات)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="37" />
            <source>Runs the whole analysis in one go, for batch runs and models: detects changes between the BEFORE and AFTER images, extracts desert tracks from AFTER (flagging those absent from BEFORE as new), scores the border segments from tracks, changes, incidents and official crossings, and, when TEAMS &gt; 0, plans patrol posts. All vector results go to one GeoPackage (fragile_borders.gpkg with layers changes, tracks, segments, patrol_posts, patrol_coverage), rasters beside it, and run.json records the parameters and a summary. Results appear only when every step succeeded.</source>
            <translation>تنفّذ التحليل كاملاً دفعة واحدة، للتشغيل الجماعي والنماذج: تكشف التغيّرات بين الصورتين BEFORE وAFTER، وتستخرج المسالك الصحراوية من AFTER (وتعلّم الغائبة عن BEFORE بأنها جديدة)، وتقيّم مقاطع الحدود انطلاقاً من المسالك والتغيّرات والحوادث والمعابر الرسمية، وتخطّط مواقع الدوريات عندما تكون TEAMS &gt; 0. تُكتب كل النتائج المتجهة في GeoPackage واحد (fragile_borders.gpkg بالطبقات changes وtracks وsegments وpatrol_posts وpatrol_coverage)، والطبقات النقطية بجانبه، ويسجّل run.json المعاملات وملخّصاً. لا تظهر النتائج إلا إذا نجحت كل الخطوات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="46" />
            <source>fragile_borders.gpkg with all vector results.</source>
            <translation>fragile_borders.gpkg بكل النتائج المتجهة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="47" />
            <source>Change polygons (area_m2, score, score_max, p_value, change_class).</source>
            <translation>مضلعات التغيّر (area_m2 وscore وscore_max وp_value وchange_class).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="48" />
            <source>Track lines (length_m, confidence 0–1, is_new).</source>
            <translation>خطوط المسالك (length_m وconfidence من 0 إلى 1 وis_new).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="49" />
            <source>Border segments with factors, score 0–100, rank, priority, drivers, risk.</source>
            <translation>مقاطع الحدود مع العوامل والدرجة 0–100 والرتبة والأولوية والعوامل المؤثرة والخطر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="50" />
            <source>Chosen patrol posts (only when TEAMS &gt; 0).</source>
            <translation>مواقع الدوريات المختارة (فقط عندما تكون TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="51" />
            <source>Segments covered by each post (only when TEAMS &gt; 0).</source>
            <translation>المقاطع التي يغطيها كل موقع (فقط عندما تكون TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="52" />
            <source>change_score.tif, per-pixel change statistic.</source>
            <translation>change_score.tif، إحصاءة التغيّر لكل بكسل.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="53" />
            <source>change_mask.tif, 1 = change.</source>
            <translation>change_mask.tif، 1 = تغيّر.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="54" />
            <source>track_response.tif, ridge response of the track filter.</source>
            <translation>track_response.tif، استجابة الحواف لمرشّح المسالك.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="55" />
            <source>run.json: parameters and summary figures of the run.</source>
            <translation>run.json: معاملات التشغيل وأرقامه الملخّصة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="56" />
            <source>Share (0–1) of the total segment priority covered by the patrol posts.</source>
            <translation>نسبة (0–1) من مجموع أولوية المقاطع تغطيها مواقع الدوريات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="61" />
            <source>Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR).</source>
            <translation>الصورة متعددة الأطياف الأقدم (GeoTIFF؛ مثلاً أزرق، أخضر، أحمر، تحت الحمراء القريبة).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="63" />
            <source>Later image of the same area; resampled onto BEFORE's grid where they differ.</source>
            <translation>الصورة الأحدث للمنطقة نفسها؛ يُعاد أخذ عيّناتها على شبكة BEFORE إن اختلفتا.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="65" />
            <source>The border as one or more lines, in any CRS (lengths are measured in metres).</source>
            <translation>الحدود كخط واحد أو أكثر، بأي نظام إحداثيات (تُقاس الأطوال بالأمتار).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="67" />
            <source>Dated incident points (fields date, type, severity by default).</source>
            <translation>نقاط حوادث مؤرّخة (الحقول date وtype وseverity افتراضياً).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="69" />
            <source>Official border crossing points; segments far from them score higher.</source>
            <translation>نقاط العبور الرسمية؛ المقاطع البعيدة عنها تنال درجة أعلى.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="70" />
            <source>Ignore mask (cloud, shadow)</source>
            <translation>قناع الاستبعاد (سحب، ظل)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="71" />
            <source>Raster whose non-zero pixels are left out of change detection (e.g. clouds).</source>
            <translation>طبقة نقطية تُستبعد بكسلاتها غير الصفرية من كشف التغيّرات (مثل السحب).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="73" />
            <source>Area of interest</source>
            <translation>منطقة الاهتمام</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="74" />
            <source>Polygons that limit change detection and track extraction.</source>
            <translation>مضلعات تحصر كشف التغيّرات واستخراج المسالك.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="77" />
            <source>Probability of change above which a pixel is marked changed (0.5–0.999999).</source>
            <translation>احتمال التغيّر الذي يُعلَّم فوقه البكسل متغيّراً (0.5–0.999999).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="80" />
            <source>Change polygons smaller than this area in square metres are dropped.</source>
            <translation>تُستبعد مضلعات التغيّر الأصغر من هذه المساحة بالأمتار المربعة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="83" />
            <source>Typical width of the tracks to find, in metres.</source>
            <translation>العرض النموذجي للمسالك المطلوب إيجادها، بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="86" />
            <source>Tracks shorter than this length in metres are dropped.</source>
            <translation>تُستبعد المسالك الأقصر من هذا الطول بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="89" />
            <source>Length of the border segments in metres.</source>
            <translation>طول مقاطع الحدود بالأمتار.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="92" />
            <source>Distance in metres on each side of the border within which evidence is counted.</source>
            <translation>المسافة بالأمتار على جانبي الحدود التي تُحتسب ضمنها المؤشرات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="93" />
            <source>Reference date (YYYY-MM-DD)</source>
            <translation>التاريخ المرجعي (YYYY-MM-DD)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="94" />
            <source>Date at which incident recency is measured; empty = latest incident date.</source>
            <translation>التاريخ الذي تُقاس عنده حداثة الحوادث؛ فارغ = تاريخ آخر حادثة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="97" />
            <source>An incident this many days old counts half as much as one on the reference date.</source>
            <translation>الحادثة التي مضى عليها هذا العدد من الأيام تُحتسب بنصف وزن حادثة في التاريخ المرجعي.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="98" />
            <source>Patrol teams</source>
            <translation>فرق الدوريات</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="99" />
            <source>Number of patrol teams to place; 0 skips patrol planning.</source>
            <translation>عدد فرق الدوريات المطلوب توزيعها؛ 0 يتخطّى تخطيط الدوريات.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="102" />
            <source>How far along the border, in metres each way, one team covers from its post.</source>
            <translation>المسافة على امتداد الحدود، بالأمتار في كل اتجاه، التي يغطيها فريق من موقعه.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="105" />
            <source>Posts are never placed on segments whose personnel risk exceeds this value.</source>
            <translation>لا تُوضع المواقع أبداً على مقاطع يتجاوز فيها الخطر على الأفراد هذه القيمة.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="107" />
            <source>Folder that receives fragile_borders.gpkg, the rasters and run.json.</source>
            <translation>المجلد الذي يستقبل fragile_borders.gpkg والطبقات النقطية وrun.json.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="108" />
            <source>Results GeoPackage</source>
            <translation>GeoPackage النتائج</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="113" />
            <source>Run summary</source>
            <translation>ملخّص التشغيل</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="114" />
            <source>Covered priority share</source>
            <translation>نسبة الأولوية المغطّاة</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="136" />
            <source>Step {} of {}: {}</source>
            <translation>الخطوة {} من {}: {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/provider.py" line="27" />
            <source>Fragile Borders – GEOINT of insecure borderlands</source>
            <translation>Fragile Borders – الاستخبارات الجغرافية المكانية للمناطق الحدودية غير الآمنة</translation>
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
    </context>
</TS>
