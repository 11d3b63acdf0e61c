<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
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
            <translation>Fragile Borders : changements, pistes du désert, priorités frontalières et patrouilles</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="49" />
            <source>Training borderland…</source>
            <translation>Zone frontalière d'entraînement…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/plugin.py" line="51" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="236" />
            <source>Load results…</source>
            <translation>Charger des résultats…</translation>
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
            <translation>Image avant</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="59" />
            <location filename="../../processing_algorithms/detect_changes.py" line="92" />
            <location filename="../../processing_algorithms/pipeline.py" line="82" />
            <location filename="../../processing_algorithms/training_scene.py" line="57" />
            <source>After image</source>
            <translation>Image après</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="60" />
            <location filename="../../processing_algorithms/pipeline.py" line="84" />
            <location filename="../../processing_algorithms/score_segments.py" line="86" />
            <source>Border line</source>
            <translation>Ligne frontière</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="61" />
            <source>Incidents (optional)</source>
            <translation>Incidents (facultatif)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="62" />
            <source>Official crossings (optional)</source>
            <translation>Points de passage officiels (facultatif)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="63" />
            <source>Ignore mask, non-zero = ignore (optional)</source>
            <translation>Masque d'exclusion, non nul = ignoré (facultatif)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="64" />
            <source>Area of interest (optional)</source>
            <translation>Zone d'intérêt (facultatif)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="70" />
            <source>Patrol teams (0 = no patrol plan)</source>
            <translation>Équipes de patrouille (0 = pas de plan de patrouille)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="71" />
            <location filename="../../processing_algorithms/detect_changes.py" line="106" />
            <location filename="../../processing_algorithms/pipeline.py" line="95" />
            <source>Change significance (probability)</source>
            <translation>Seuil de signification du changement (probabilité)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="72" />
            <location filename="../../processing_algorithms/detect_changes.py" line="111" />
            <location filename="../../processing_algorithms/pipeline.py" line="98" />
            <source>Minimum change area (m²)</source>
            <translation>Surface minimale d'un changement (m²)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="73" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="60" />
            <location filename="../../processing_algorithms/pipeline.py" line="101" />
            <source>Track width (m)</source>
            <translation>Largeur des pistes (m)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="74" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="70" />
            <location filename="../../processing_algorithms/pipeline.py" line="104" />
            <source>Minimum track length (m)</source>
            <translation>Longueur minimale d'une piste (m)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="75" />
            <location filename="../../processing_algorithms/pipeline.py" line="107" />
            <location filename="../../processing_algorithms/score_segments.py" line="88" />
            <source>Segment length (m)</source>
            <translation>Longueur des tronçons (m)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="76" />
            <location filename="../../processing_algorithms/pipeline.py" line="111" />
            <location filename="../../processing_algorithms/score_segments.py" line="92" />
            <source>Corridor half-width (m)</source>
            <translation>Demi-largeur du corridor (m)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="77" />
            <location filename="../../processing_algorithms/pipeline.py" line="116" />
            <location filename="../../processing_algorithms/score_segments.py" line="134" />
            <source>Incident half-life (days)</source>
            <translation>Demi-vie des incidents (jours)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="78" />
            <location filename="../../processing_algorithms/pipeline.py" line="122" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="50" />
            <source>Team reach along the border (m)</source>
            <translation>Portée d'une équipe le long de la frontière (m)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="79" />
            <location filename="../../processing_algorithms/pipeline.py" line="126" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="53" />
            <source>Maximum risk for a post (0–100)</source>
            <translation>Risque maximal pour un poste (0–100)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="82" />
            <source>auto (from the border length)</source>
            <translation>auto (d'après la longueur de la frontière)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="150" />
            <source>Analysis</source>
            <translation>Analyse</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="151" />
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="152" />
            <location filename="../../processing_algorithms/base.py" line="22" />
            <source>Training</source>
            <translation>Entraînement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="158" />
            <source>Ready.</source>
            <translation>Prêt.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="160" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="173" />
            <source>Inputs</source>
            <translation>Données d'entrée</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="188" />
            <location filename="../../processing_algorithms/base.py" line="98" />
            <source>Parameters</source>
            <translation>Paramètres</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="201" />
            <source>Reference date</source>
            <translation>Date de référence</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="202" />
            <source>Unticked: the date of the latest incident.</source>
            <translation>Non cochée : date du dernier incident.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="213" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="217" />
            <location filename="../../processing_algorithms/pipeline.py" line="129" />
            <location filename="../../processing_algorithms/training_scene.py" line="54" />
            <source>Output folder</source>
            <translation>Dossier de sortie</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="214" />
            <source>[new folder in the Fragile Borders work folder]</source>
            <translation>[nouveau dossier dans le dossier de travail Fragile Borders]</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="220" />
            <source>Run</source>
            <translation>Exécuter</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="221" />
            <source>Run the whole analysis in the background; QGIS stays usable.</source>
            <translation>Lance toute l'analyse en arrière-plan ; QGIS reste utilisable.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="230" />
            <source>No results loaded yet. Run the analysis or load an earlier run.</source>
            <translation>Aucun résultat chargé. Lancez l'analyse ou chargez une exécution précédente.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="233" />
            <source>Top border segments (click a row to zoom):</source>
            <translation>Tronçons frontaliers prioritaires (cliquez sur une ligne pour zoomer) :</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="237" />
            <source>Re-open an earlier run: its output folder's fragile_borders.gpkg or run.json, with the same styles.</source>
            <translation>Rouvre une exécution précédente : le fragile_borders.gpkg ou le run.json de son dossier de sortie, avec les mêmes styles.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="240" />
            <source>Export briefing…</source>
            <translation>Exporter le dossier de briefing…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="241" />
            <source>Write a print-ready PDF briefing of the loaded run: map, ranked segments, patrol posts, method and limits.</source>
            <translation>Écrit un briefing PDF prêt à imprimer de l'analyse chargée : carte, segments classés, postes de patrouille, méthode et limites.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="254" />
            <source>Generate a synthetic desert borderland with two image dates, a border, crossings and incidents. Find the new tracks and changes, then tick "Show answers" to compare with the truth.</source>
            <translation>Génère une zone frontalière désertique synthétique avec des images à deux dates, une frontière, des points de passage et des incidents. Trouvez les nouvelles pistes et les changements, puis cochez « Afficher les réponses » pour comparer avec la vérité terrain.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="264" />
            <source>The same seed always gives the same scene: share it with your trainees.</source>
            <translation>La même graine donne toujours la même scène : communiquez-la à vos stagiaires.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="265" />
            <source>Seed</source>
            <translation>Graine</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="268" />
            <source>{0} × {0} px ({1:.1f} km)</source>
            <translation>{0} × {0} px ({1:.1f} km)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="270" />
            <source>Scene size</source>
            <translation>Taille de la scène</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="272" />
            <location filename="../../processing_algorithms/training_scene.py" line="25" />
            <source>Generate training borderland</source>
            <translation>Générer la zone frontalière d'entraînement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="275" />
            <source>Show answers</source>
            <translation>Afficher les réponses</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="344" />
            <source>Choose the missing input(s) first: {}.</source>
            <translation>Choisissez d'abord les données manquantes : {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="347" />
            <source>The before and after images are the same layer: pick two dates.</source>
            <translation>Les images avant et après sont la même couche : choisissez deux dates.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="365" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="377" />
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="544" />
            <source>A run is already in progress: wait for it or cancel it.</source>
            <translation>Une exécution est déjà en cours : attendez-la ou annulez-la.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="372" />
            <source>Fragile Borders analysis</source>
            <translation>Analyse Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="382" />
            <source>Fragile Borders training borderland</source>
            <translation>Zone frontalière d'entraînement Fragile Borders</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="396" />
            <source>Running in the background… QGIS stays usable.</source>
            <translation>Exécution en arrière-plan… QGIS reste utilisable.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="402" />
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="424" />
            <source>Cancelled: nothing was loaded.</source>
            <translation>Annulé : rien n'a été chargé.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="427" />
            <source>The run failed: {}</source>
            <translation>L'exécution a échoué : {}</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="456" />
            <source>Results loaded into the group "{}".</source>
            <translation>Résultats chargés dans le groupe « {} ».</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="476" />
            <source>{} changes, {} tracks ({} new), {} segments, {} patrol posts.</source>
            <translation>{} changements, {} pistes ({} nouvelles), {} tronçons, {} postes de patrouille.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="483" />
            <source>Posts cover {:.0%} of the total priority.</source>
            <translation>Les postes couvrent {:.0%} de la priorité totale.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="503" />
            <source>No patrol post could be placed: all {} segments have a risk to patrols above the limit of {:.0f} (the lowest is {:.0f}). Raise "Maximum risk for a post" only if the teams can be protected, or plan when the area is calmer.</source>
            <translation>Aucun poste de patrouille n'a pu être placé : les {} segments ont tous un risque pour les patrouilles au-dessus de la limite de {:.0f} (le plus bas est {:.0f}). N'augmentez « Risque maximal pour un poste » que si les équipes peuvent être protégées, ou planifiez quand la zone sera plus calme.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="519" />
            <source>Load results of an earlier run</source>
            <translation>Charger les résultats d'une exécution précédente</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="520" />
            <source>Fragile Borders results (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</source>
            <translation>Résultats Fragile Borders (fragile_borders.gpkg run.json);;GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="529" />
            <source>Export briefing</source>
            <translation>Exporter le briefing</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="530" />
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="547" />
            <source>Load or run an analysis first: the briefing describes its results.</source>
            <translation>Chargez ou lancez d'abord une analyse : le briefing en décrit les résultats.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="552" />
            <source>Writing the briefing…</source>
            <translation>Écriture du briefing…</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="557" />
            <source>The briefing could not be written: {}</source>
            <translation>Le briefing n'a pas pu être écrit : {}</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="561" />
            <source>Briefing written to {} ({} pages).</source>
            <translation>Briefing écrit dans {} ({} pages).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="569" />
            <source>Training borderland (seed {})</source>
            <translation>Zone frontalière d'entraînement (graine {})</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="583" />
            <source>Training borderland loaded into "{}": the inputs are filled in, press Run on the Analysis tab.</source>
            <translation>Zone d'entraînement chargée dans « {} » : les données d'entrée sont renseignées, cliquez sur Exécuter dans l'onglet Analyse.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/dock.py" line="603" />
            <source>Parameters set for this scene: segments of {SEGMENT_LENGTH_M:.0f} m, team reach {REACH_M:.0f} m, corridor {CORRIDOR_M:.0f} m.</source>
            <translation>Paramètres réglés pour cette scène : segments de {SEGMENT_LENGTH_M:.0f} m, portée d'équipe {REACH_M:.0f} m, corridor {CORRIDOR_M:.0f} m.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="32" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="76" />
            <source>Patrol posts</source>
            <translation>Postes de patrouille</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="33" />
            <source>Tracks (new: magenta halo)</source>
            <translation>Pistes (nouvelles : halo magenta)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="34" />
            <source>Border segments – priority</source>
            <translation>Tronçons frontaliers – priorité</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="35" />
            <source>Border segments – risk to patrols</source>
            <translation>Tronçons frontaliers – risque pour les patrouilles</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="37" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="78" />
            <source>Patrol coverage</source>
            <translation>Couverture des patrouilles</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="39" />
            <location filename="../../processing_algorithms/detect_changes.py" line="176" />
            <location filename="../../processing_algorithms/score_segments.py" line="106" />
            <source>Changes</source>
            <translation>Changements</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="43" />
            <location filename="../../processing_algorithms/detect_changes.py" line="174" />
            <source>Change mask</source>
            <translation>Masque des changements</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="44" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="117" />
            <source>Track response</source>
            <translation>Réponse du filtre de pistes</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="46" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="216" />
            <location filename="../../processing_algorithms/detect_changes.py" line="169" />
            <source>Change score</source>
            <translation>Score de changement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="49" />
            <location filename="../../fragile_borders_plugin/gui/results.py" line="61" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="210" />
            <source>After image (RGB)</source>
            <translation>Image après (RVB)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="53" />
            <source>Answers: true tracks</source>
            <translation>Réponses : vraies pistes</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="54" />
            <source>Answers: true changes</source>
            <translation>Réponses : vrais changements</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="55" />
            <location filename="../../processing_algorithms/pipeline.py" line="88" />
            <location filename="../../processing_algorithms/score_segments.py" line="111" />
            <source>Official crossings</source>
            <translation>Points de passage officiels</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="56" />
            <location filename="../../processing_algorithms/base.py" line="26" />
            <location filename="../../processing_algorithms/import_incidents.py" line="75" />
            <location filename="../../processing_algorithms/pipeline.py" line="86" />
            <location filename="../../processing_algorithms/score_segments.py" line="109" />
            <source>Incidents</source>
            <translation>Incidents</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="57" />
            <source>Border</source>
            <translation>Frontière</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="60" />
            <location filename="../../processing_algorithms/training_scene.py" line="58" />
            <source>Cloud mask</source>
            <translation>Masque des nuages</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="62" />
            <source>Before image (RGB)</source>
            <translation>Image avant (RVB)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="68" />
            <source>New bright surface (compound, cleared ground)</source>
            <translation>Nouvelle surface claire (enceinte, sol défriché)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="68" />
            <source>Darkening (pits, burnt or wet ground)</source>
            <translation>Assombrissement (fosses, sol brûlé ou humide)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Vegetation loss</source>
            <translation>Perte de végétation</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Vegetation gain</source>
            <translation>Gain de végétation</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Other change</source>
            <translation>Autre changement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="69" />
            <source>Unclassified</source>
            <translation>Non classé</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="70" />
            <source>New track (appeared between the dates)</source>
            <translation>Nouvelle piste (apparue entre les dates)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="70" />
            <source>Confidence 0.00–0.25 (faint)</source>
            <translation>Confiance 0,00–0,25 (faible)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.25–0.50</source>
            <translation>Confiance 0,25–0,50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.50–0.75</source>
            <translation>Confiance 0,50–0,75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="71" />
            <source>Confidence 0.75–1.00 (clear)</source>
            <translation>Confiance 0,75–1,00 (nette)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 0–25</source>
            <translation>Score 0–25</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 25–50</source>
            <translation>Score 25–50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 50–75</source>
            <translation>Score 50–75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Score 75–100</source>
            <translation>Score 75–100</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 0–25</source>
            <translation>Risque 0–25</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 25–50</source>
            <translation>Risque 25–50</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="72" />
            <source>Risk 50–75</source>
            <translation>Risque 50–75</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Risk 75–100 (dangerous for patrols)</source>
            <translation>Risque 75–100 (dangereux pour les patrouilles)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Severity 1</source>
            <translation>Gravité 1</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="73" />
            <source>Severity 2</source>
            <translation>Gravité 2</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>Severity 3</source>
            <translation>Gravité 3</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>Severity 4+</source>
            <translation>Gravité 4+</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>True new track</source>
            <translation>Vraie nouvelle piste</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="74" />
            <source>True older track</source>
            <translation>Vraie piste ancienne</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="75" />
            <source>No change</source>
            <translation>Pas de changement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="75" />
            <source>Significant change</source>
            <translation>Changement significatif</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="131" />
            <source>No Fragile Borders results in {}: choose the pipeline's output folder or its fragile_borders.gpkg.</source>
            <translation>Aucun résultat Fragile Borders dans {} : choisissez le dossier de sortie de la chaîne ou son fragile_borders.gpkg.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="214" />
            <source>Could not read the style {}.</source>
            <translation>Impossible de lire le style {}.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="360" />
            <source>The run produced no layer that could be opened ({}).</source>
            <translation>L'exécution n'a produit aucune couche lisible ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="395" />
            <source>The training scene could not be opened ({}).</source>
            <translation>Impossible d'ouvrir la scène d'entraînement ({}).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results.py" line="396" />
            <source>Training borderland</source>
            <translation>Zone frontalière d'entraînement</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="229" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>critical</source>
            <translation>critique</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="229" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>high</source>
            <translation>élevée</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="10" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="230" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>medium</source>
            <translation>moyenne</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="11" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="230" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="387" />
            <source>low</source>
            <translation>faible</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="14" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="14" />
            <source>1 = highest score</source>
            <translation>1 = score le plus élevé</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="15" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="15" />
            <source>Patrol priority score, 0–100</source>
            <translation>Score de priorité de patrouille, 0–100</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="16" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="16" />
            <source>critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest</source>
            <translation>critique = 10 % des tronçons les mieux notés, élevée = 20 % suivants, moyenne = 30 % suivants, faible = le reste</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="18" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="394" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Risk</source>
            <translation>Risque</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="18" />
            <source>Risk to patrol personnel, 0–100 (separate from the priority)</source>
            <translation>Risque pour le personnel de patrouille, 0–100 (distinct de la priorité)</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="19" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="394" />
            <source>Drivers</source>
            <translation>Facteurs déterminants</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="19" />
            <source>The factors that add most to the score</source>
            <translation>Les facteurs qui contribuent le plus au score</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/results_table.py" line="62" />
            <source>Click a row to zoom the map to that segment.</source>
            <translation>Cliquez sur une ligne pour zoomer la carte sur ce tronçon.</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="63" />
            <source>The Processing algorithm {} is not available: check that the Fragile Borders provider is enabled (Processing &gt; Options &gt; Providers).</source>
            <translation>L'algorithme de traitement {} n'est pas disponible : vérifiez que le fournisseur Fragile Borders est activé (Traitement &gt; Options &gt; Fournisseurs).</translation>
        </message>
        <message>
            <location filename="../../fragile_borders_plugin/gui/runner.py" line="122" />
            <source>The algorithm failed; see the Processing log for details.</source>
            <translation>L'algorithme a échoué ; consultez le journal des traitements pour les détails.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="23" />
            <source>Change detection</source>
            <translation>Détection de changements</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="24" />
            <source>Track extraction</source>
            <translation>Extraction de pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="25" />
            <source>Border segments and patrols</source>
            <translation>Tronçons frontaliers et patrouilles</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="27" />
            <source>Workflows</source>
            <translation>Chaînes de traitement</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="92" />
            <source>optional</source>
            <translation>facultatif</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="100" />
            <source>Outputs</source>
            <translation>Sorties</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="101" />
            <source>Runs offline: no data leaves this computer.</source>
            <translation>Fonctionne hors ligne : aucune donnée ne quitte cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="116" />
            <source>Cancelled by the user: no output was written.</source>
            <translation>Annulé par l'utilisateur : aucune sortie n'a été écrite.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="120" />
            <source>Could not read or write a file: {}</source>
            <translation>Impossible de lire ou d'écrire un fichier : {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/base.py" line="122" />
            <source>Cancelled by the user: outputs are incomplete.</source>
            <translation>Annulé par l'utilisateur : les sorties sont incomplètes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="25" />
            <source>Briefing (PDF) of a pipeline run</source>
            <translation>Briefing (PDF) d'une analyse complète</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="27" />
            <source>Writes a print-ready A4 landscape PDF of a pipeline run, laid out by a QGIS print layout: page 1 is the map of the area on the AFTER image with the styled results, legend, scale bar, north arrow, a latitude/longitude grid, an overview inset, the dates of both images and of the run and the marking at the top and bottom; page 2 ranks the top segments (rank, km, score, priority, risk, drivers) and lists the patrol posts with their coordinates, beside a "method and limits" box (steps that ran, masked share, missing inputs and layers); optional pages hold one detail map per top segment. In English, French or Arabic (right to left), whatever the interface language. Needs no network.</source>
            <translation>Écrit un PDF A4 paysage prêt à imprimer d'une analyse complète, mis en page par une mise en page d'impression QGIS : la page 1 est la carte de la zone sur l'image APRÈS avec les résultats symbolisés, la légende, l'échelle graphique, la flèche du nord, une grille latitude/longitude, un encart de situation, les dates des deux images et de l'analyse et la mention de protection en haut et en bas ; la page 2 classe les meilleurs segments (rang, km, score, priorité, risque, facteurs) et liste les postes de patrouille avec leurs coordonnées, à côté d'un encadré « méthode et limites » (étapes exécutées, part masquée, entrées et couches manquantes) ; des pages optionnelles portent une carte de détail par segment en tête. En anglais, français ou arabe (de droite à gauche), quelle que soit la langue de l'interface. Aucun réseau nécessaire.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="35" />
            <source>Number of pages of the PDF.</source>
            <translation>Nombre de pages du PDF.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="41" />
            <source>Pipeline run folder</source>
            <translation>Dossier d'une analyse complète</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="43" />
            <source>Output folder of a pipeline run (fragile_borders.gpkg, rasters, run.json).</source>
            <translation>Dossier de sortie d'une analyse complète (fragile_borders.gpkg, rasters, run.json).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="44" />
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="45" />
            <source>Title printed at the top of page 1; empty = "Border surveillance briefing" in the briefing's language.</source>
            <translation>Titre imprimé en haut de la page 1 ; vide = « Briefing de surveillance frontalière » dans la langue du briefing.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="47" />
            <source>Marking</source>
            <translation>Mention de protection</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="48" />
            <source>Protective marking printed at the top and bottom of every page (free text, e.g. RESTRICTED); empty = none.</source>
            <translation>Mention de protection imprimée en haut et en bas de chaque page (texte libre, p. ex. DIFFUSION RESTREINTE) ; vide = aucune.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="50" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="51" />
            <source>auto (interface language)</source>
            <translation>auto (langue de l'interface)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="53" />
            <source>Language of every text of the briefing; Arabic is laid out right to left.</source>
            <translation>Langue de tous les textes du briefing ; l'arabe est mis en page de droite à gauche.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="54" />
            <source>Segments in the table</source>
            <translation>Segments dans le tableau</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="56" />
            <source>How many of the highest-ranked segments the table lists (1–15).</source>
            <translation>Nombre de segments les mieux classés listés dans le tableau (1–15).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="57" />
            <source>Detail maps</source>
            <translation>Cartes de détail</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="59" />
            <source>One detail map for each of this many top segments, four per page (0 = none).</source>
            <translation>Une carte de détail pour chacun de ce nombre de segments en tête, quatre par page (0 = aucune).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="60" />
            <source>Briefing PDF</source>
            <translation>PDF du briefing</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="60" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="61" />
            <source>The PDF to write.</source>
            <translation>Le PDF à écrire.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="62" />
            <source>Page images folder</source>
            <translation>Dossier des images de pages</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="64" />
            <source>Folder that receives one PNG per page, named after the PDF (briefing.png, briefing_2.png, …); empty = no images.</source>
            <translation>Dossier qui reçoit un PNG par page, nommé d'après le PDF (briefing.png, briefing_2.png, …) ; vide = pas d'images.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="66" />
            <source>Pages</source>
            <translation>Pages</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="76" />
            <source>INPUT: choose the output folder of a pipeline run (it holds fragile_borders.gpkg).</source>
            <translation>INPUT : choisissez le dossier de sortie d'une analyse complète (il contient fragile_borders.gpkg).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="87" />
            <source>Reading the run in {}</source>
            <translation>Lecture de l'analyse dans {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="93" />
            <source>Layout: {} page(s), language {}.</source>
            <translation>Mise en page : {} page(s), langue {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="113" />
            <source>Briefing written: {} ({} pages).</source>
            <translation>Briefing écrit : {} ({} pages).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="120" />
            <source>OUTPUT: choose where to write the briefing PDF.</source>
            <translation>OUTPUT : choisissez où écrire le PDF du briefing.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="127" />
            <source>OUTPUT: cannot create the folder {} ({}): choose another place for the briefing.</source>
            <translation>OUTPUT : impossible de créer le dossier {} ({}) : choisissez un autre emplacement pour le briefing.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing.py" line="130" />
            <source>OUTPUT: {} cannot be written (no permission): choose another place for the briefing.</source>
            <translation>OUTPUT : {} ne peut pas être écrit (pas de permission) : choisissez un autre emplacement pour le briefing.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="105" />
            <source>{} track crossing(s)</source>
            <translation>{} franchissement(s) par des pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="105" />
            <source>{} km of tracks per km²</source>
            <translation>{} km de pistes par km²</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="106" />
            <source>{} km of tracks per km² ({} km new)</source>
            <translation>{} km de pistes par km² ({} km nouveaux)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="107" />
            <source>{} m² of change</source>
            <translation>{} m² de changement</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="108" />
            <source>{} incident(s) (weight {} after decay)</source>
            <translation>{} incident(s) (poids {} après décroissance)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="109" />
            <source>{} km from an official crossing</source>
            <translation>{} km d'un point de passage officiel</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="110" />
            <source>passable terrain (mean slope {}°)</source>
            <translation>terrain praticable (pente moyenne {}°)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="110" />
            <source>no indicator</source>
            <translation>aucun indicateur</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="251" />
            <source>The segments layer of the run could not be opened.</source>
            <translation>La couche des segments de l'analyse n'a pas pu être ouverte.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="277" />
            <source>Fragile Borders – page {} of {}</source>
            <translation>Fragile Borders – page {} sur {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="282" />
            <source>Border surveillance briefing</source>
            <translation>Briefing de surveillance frontalière</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="284" />
            <source>unknown</source>
            <translation>inconnue</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="285" />
            <source>Images: before {}, after {}. Analysis run: {}.</source>
            <translation>Images : avant {}, après {}. Analyse du {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="314" />
            <source>Overview: the map frame within three times its area</source>
            <translation>Situation : le cadre de la carte dans trois fois sa surface</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="357" />
            <source>Legend</source>
            <translation>Légende</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="385" />
            <source>Ranked border segments (top {})</source>
            <translation>Segments de frontière classés ({} premiers)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Segment</source>
            <translation>Segment</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="393" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="397" />
            <source>Patrol posts ({})</source>
            <translation>Postes de patrouille ({})</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Post</source>
            <translation>Poste</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Latitude</source>
            <translation>Latitude</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="403" />
            <source>Longitude</source>
            <translation>Longitude</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Easting / northing (m)</source>
            <translation>Est / nord (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="404" />
            <source>Covered priority</source>
            <translation>Priorité couverte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="407" />
            <source>No patrol post was placed in this run (see the limits).</source>
            <translation>Aucun poste de patrouille n'a été placé dans cette analyse (voir les limites).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="411" />
            <source>Method and limits</source>
            <translation>Méthode et limites</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="450" />
            <source>change detection (iMAD)</source>
            <translation>détection des changements (iMAD)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="451" />
            <source>track extraction</source>
            <translation>extraction des pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="452" />
            <source>segment scoring</source>
            <translation>notation des segments</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="453" />
            <source>patrol planning</source>
            <translation>planification des patrouilles</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="454" />
            <source>Steps that ran: {}.</source>
            <translation>Étapes exécutées : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="457" />
            <source>Segments of {:.0f} m; score 0–100 from explained factors (drivers).</source>
            <translation>Segments de {:.0f} m ; score 0–100 à partir de facteurs expliqués (facteurs principaux).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="460" />
            <source>Cloud and shadow mask: {:.1%} of the image left out of change detection.</source>
            <translation>Masque nuages et ombres : {:.1%} de l'image exclus de la détection des changements.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="463" />
            <source>No change score (no data or masked) on {:.1%} of the image.</source>
            <translation>Pas de score de changement (sans données ou masqué) sur {:.1%} de l'image.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="465" />
            <source>no incidents: the incident factor and the risk to patrols are unknown, not zero</source>
            <translation>pas d'incidents : le facteur incidents et le risque pour les patrouilles sont inconnus, pas nuls</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="467" />
            <source>no official crossings: remoteness is not scored</source>
            <translation>pas de points de passage officiels : l'éloignement n'est pas noté</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="468" />
            <source>no cloud mask: clouds and shadows may show as change</source>
            <translation>pas de masque de nuages : nuages et ombres peuvent apparaître comme des changements</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="469" />
            <source>no area of interest: the whole image was analysed</source>
            <translation>pas de zone d'intérêt : toute l'image a été analysée</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="472" />
            <source>no change layer in the run</source>
            <translation>pas de couche de changements dans l'analyse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="472" />
            <source>no track layer in the run</source>
            <translation>pas de couche de pistes dans l'analyse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="473" />
            <source>no patrol plan in the run</source>
            <translation>pas de plan de patrouille dans l'analyse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="474" />
            <source>no patrol coverage in the run</source>
            <translation>pas de couverture des patrouilles dans l'analyse</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="478" />
            <source>Automatic detections: confirm on the images before acting.</source>
            <translation>Détections automatiques : à confirmer sur les images avant d'agir.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="484" />
            <source>Detail maps of the top segments</source>
            <translation>Cartes de détail des segments en tête</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/briefing_layout.py" line="497" />
            <source>Rank {}: segment {}, km {}–{}, score {}, risk {}</source>
            <translation>Rang {} : segment {}, km {}–{}, score {}, risque {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="26" />
            <source>Detect changes between two images</source>
            <translation>Détecter les changements entre deux images</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="28" />
            <source>Finds what changed between an earlier (BEFORE) and a later (AFTER) multispectral image of the same area — new compounds, cleared ground, pits, vegetation cut — while ignoring what is not change: a different illumination or sensor calibration, a sub-pixel misregistration, clouds given in MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignment.&lt;/b&gt; The analysis runs on BEFORE's pixel grid, restricted to the overlap of the two images. AFTER (any CRS, pixel size, extent) is resampled onto it: bilinear (no half-pixel jitter, no overshoot at sharp edges that would itself look like change), or average when AFTER is much finer; MASK with nearest. Nodata of both images, MASK and the outside of the AOI are left out of the statistics and come out as nodata.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methods.&lt;/b&gt; &lt;i&gt;Automatic&lt;/i&gt; (default): iMAD where the images have 2 or more independent bands that relate pixel to pixel (largest canonical correlation 0.7 or more); on weakly related dates (very high resolution pairs: buildings lean, shadows move) the texture: the edge energy of each date over 21-pixel windows, compared by its log ratio, which neither a shift nor a gain changes; the brightness difference on a single band (panchromatic, one SAR band, an index). The log says which. &lt;i&gt;iMAD&lt;/i&gt;: iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007) — canonical correlation between the dates, pixels re-weighted by their no-change probability until the canonical correlations move by less than 0.001 (at most 100 iterations); insensitive to any per-band gain and offset between the dates; the score is the chi-square statistic (degrees of freedom = bands), calibrated on the unchanged pixels (texture and blur make them wider than chi-square); constant or duplicated bands are dropped with a warning; needs 2 independent bands or more (an error otherwise). &lt;i&gt;CVA&lt;/i&gt;: length of the per-band difference vector after a robust per-band gain/offset normalisation of AFTER onto BEFORE (score in pixel units). &lt;i&gt;NDVI difference&lt;/i&gt;: |NDVI after − NDVI before| (vegetation changes only). &lt;i&gt;Brightness difference&lt;/i&gt;: |difference of the mean of the bands| in pixel units (bare soil, clearing, roofs, pits).&lt;br&gt;&lt;br&gt;&lt;b&gt;Threshold.&lt;/b&gt; Adaptive (default): the squared change of the sampled pixels is modelled as two classes, unchanged and changed (a two-gamma mixture fitted by EM); the threshold is the smaller of the SIGNIFICANCE quantile of the unchanged class and the boundary where a pixel becomes more likely changed than not. Where changes are rare SIGNIFICANCE decides (1 − SIGNIFICANCE = false-alarm rate on unchanged pixels); where much changed the boundary does. The log gives the estimated changed share; when under 30 % of the pixels look unchanged the images are taken as unrelated ("no stable background" warning) and nothing is mapped. &lt;i&gt;No-change quantile&lt;/i&gt;: SIGNIFICANCE quantile only; &lt;i&gt;Otsu&lt;/i&gt;: the larger of that and Otsu's threshold.&lt;br&gt;&lt;br&gt;&lt;b&gt;Misregistration.&lt;/b&gt; A pixel stays changed only if it cannot be explained by moving the blurrier date by up to TOLERANCE_PX pixels along the 8 directions — as far as the shift measured between the dates plus 0.3 pixel: edges that only moved are dropped, a new one-pixel wall is kept. Skipped on dates that relate weakly pixel to pixel. Then isolated pixels and changes smaller than MIN_AREA_M2 are removed; thin outlines (walls, fences) are kept.&lt;br&gt;&lt;br&gt;&lt;b&gt;Thin lines.&lt;/b&gt; Walls, fences and new tracks too faint for the pixel test are found from the evidence summed along 1-pixel lines of LINE_LENGTH_M (30 m by default; 0 = off, about a third faster); the misregistration test drops such a line only where both dates show an edge there (a dune crest that moved).&lt;br&gt;&lt;br&gt;&lt;b&gt;Change classes&lt;/b&gt; (change_class, from the mean spectral change of each polygon, AFTER normalised onto BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — NDVI drops by 0.08 or more from vegetation (NDVI ≥ 0.2 before); &lt;i&gt;vegetation_gain&lt;/i&gt; — NDVI rises by 0.08 or more to vegetation; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % brighter or more (structures, roofs, cleared ground, airstrips, new tracks); &lt;i&gt;darkening&lt;/i&gt; — 8 % darker or more (excavation, pits, burn scars, water, tarmac); &lt;i&gt;other&lt;/i&gt; — the rest (colour changes). Vegetation classes need the red and NIR bands among the compared bands.&lt;br&gt;&lt;br&gt;Large images are processed in one streaming pass of row blocks after the statistics are taken from a sample: memory does not grow with the image height.</source>
            <translation>Trouve ce qui a changé entre une image multispectrale antérieure (BEFORE) et une image postérieure (AFTER) de la même zone — nouvelles enceintes, sol défriché, fosses, végétation coupée — en ignorant ce qui n'est pas un changement : un éclairement ou un étalonnage de capteur différent, un décalage sub-pixel, les nuages donnés dans MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignement.&lt;/b&gt; L'analyse se fait sur la grille de pixels de BEFORE, limitée au recouvrement des deux images. AFTER (tout SCR, taille de pixel, emprise) y est rééchantillonnée : bilinéaire (pas de sautillement d'un demi-pixel, pas de dépassement aux bords francs qui ressemblerait lui-même à un changement), ou moyenne quand AFTER est beaucoup plus fine ; MASK au plus proche voisin. Les pixels sans donnée des deux images, MASK et l'extérieur de l'AOI sont exclus des statistiques et sortent sans donnée.&lt;br&gt;&lt;br&gt;&lt;b&gt;Méthodes.&lt;/b&gt; &lt;i&gt;Automatique&lt;/i&gt; (par défaut) : iMAD lorsque les images ont 2 bandes indépendantes ou plus liées pixel à pixel (plus grande corrélation canonique d'au moins 0,7) ; sur des dates faiblement liées (paires à très haute résolution : les bâtiments penchent, les ombres bougent) la texture : l'énergie des contours de chaque date sur des fenêtres de 21 pixels, comparée par son log-rapport, qu'aucun décalage ni gain ne modifie ; la différence de luminosité sur une seule bande (panchromatique, une bande SAR, un indice). Le journal indique laquelle. &lt;i&gt;iMAD&lt;/i&gt; : détection multivariée des altérations repondérée itérativement (Nielsen 2007) — corrélation canonique entre les dates, pixels repondérés par leur probabilité de non-changement jusqu'à ce que les corrélations canoniques varient de moins de 0,001 (au plus 100 itérations) ; insensible à tout gain et décalage par bande entre les dates ; le score est la statistique du khi-deux (degrés de liberté = bandes), calibrée sur les pixels inchangés (texture et flou les rendent plus dispersés que le khi-deux) ; les bandes constantes ou dupliquées sont écartées avec un avertissement ; exige 2 bandes indépendantes ou plus (sinon une erreur). &lt;i&gt;CVA&lt;/i&gt; : longueur du vecteur de différence par bande après une normalisation robuste gain/décalage par bande d'AFTER sur BEFORE (score en unités de pixel). &lt;i&gt;Différence de NDVI&lt;/i&gt; : |NDVI après − NDVI avant| (changements de végétation seulement). &lt;i&gt;Différence de luminosité&lt;/i&gt; : |différence de la moyenne des bandes| en unités de pixel (sol nu, défrichement, toits, fosses).&lt;br&gt;&lt;br&gt;&lt;b&gt;Seuil.&lt;/b&gt; Adaptatif (par défaut) : le changement au carré des pixels échantillonnés est modélisé en deux classes, inchangé et changé (mélange de deux lois gamma ajusté par EM) ; le seuil est le plus petit du quantile SIGNIFICANCE de la classe inchangée et de la frontière où un pixel devient plus probablement changé qu'inchangé. Là où les changements sont rares, SIGNIFICANCE décide (1 − SIGNIFICANCE = taux de fausses alarmes sur les pixels inchangés) ; là où beaucoup a changé, la frontière décide. Le journal donne la part changée estimée ; lorsque moins de 30 % des pixels paraissent inchangés, les images sont jugées sans rapport (avertissement « pas de fond stable ») et rien n'est cartographié. &lt;i&gt;Quantile de non-changement&lt;/i&gt; : le quantile SIGNIFICANCE seul ; &lt;i&gt;Otsu&lt;/i&gt; : le plus grand de celui-ci et du seuil d'Otsu.&lt;br&gt;&lt;br&gt;&lt;b&gt;Décalage.&lt;/b&gt; Un pixel ne reste changé que s'il ne peut pas s'expliquer en déplaçant la date la plus floue d'au plus TOLERANCE_PX pixels selon les 8 directions — aussi loin que le décalage mesuré entre les dates plus 0,3 pixel : les bords qui ont seulement bougé sont écartés, un nouveau mur d'un pixel est conservé. Non appliqué sur des dates faiblement liées pixel à pixel. Ensuite les pixels isolés et les changements plus petits que MIN_AREA_M2 sont retirés ; les contours fins (murs, clôtures) sont conservés.&lt;br&gt;&lt;br&gt;&lt;b&gt;Lignes fines.&lt;/b&gt; Les murs, clôtures et nouvelles pistes trop faibles pour le test par pixel sont trouvés d'après l'évidence sommée le long de lignes d'un pixel de LINE_LENGTH_M (30 m par défaut ; 0 = désactivé, environ un tiers plus rapide) ; le test de mauvais recalage n'écarte une telle ligne que là où les deux dates y montrent un bord (une crête de dune déplacée).&lt;br&gt;&lt;br&gt;&lt;b&gt;Classes de changement&lt;/b&gt; (change_class, d'après le changement spectral moyen de chaque polygone, AFTER normalisée sur BEFORE) : &lt;i&gt;vegetation_loss&lt;/i&gt; — le NDVI baisse de 0,08 ou plus depuis une végétation (NDVI ≥ 0,2 avant) ; &lt;i&gt;vegetation_gain&lt;/i&gt; — le NDVI monte de 0,08 ou plus vers une végétation ; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % plus clair ou davantage (constructions, toits, sol défriché, pistes d'atterrissage, nouvelles pistes) ; &lt;i&gt;darkening&lt;/i&gt; — 8 % plus sombre ou davantage (excavation, fosses, brûlis, eau, goudron) ; &lt;i&gt;other&lt;/i&gt; — le reste (changements de couleur). Les classes de végétation exigent les bandes rouge et PIR parmi les bandes comparées.&lt;br&gt;&lt;br&gt;Les grandes images sont traitées en une seule passe continue par blocs de lignes après que les statistiques ont été prises sur un échantillon : la mémoire ne croît pas avec la hauteur de l'image.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="90" />
            <source>Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR). Its grid (CRS, pixel size) is the grid of the outputs.</source>
            <translation>Image multispectrale antérieure (GeoTIFF ; p. ex. bleu, vert, rouge, PIR). Sa grille (SCR, taille de pixel) est celle des sorties.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="93" />
            <source>Later image of the same area; may differ in CRS, pixel size, extent and band count (resampled onto BEFORE's grid, bilinear).</source>
            <translation>Image postérieure de la même zone ; SCR, taille de pixel, emprise et nombre de bandes peuvent différer (rééchantillonnée sur la grille de BEFORE, bilinéaire).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="98" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="99" />
            <source>iMAD (iteratively re-weighted MAD)</source>
            <translation>iMAD (MAD repondéré itérativement)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="99" />
            <source>CVA (change vector magnitude)</source>
            <translation>CVA (norme du vecteur de changement)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>NDVI difference</source>
            <translation>Différence de NDVI</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>Brightness difference</source>
            <translation>Différence de luminosité</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="100" />
            <source>Automatic (iMAD, texture or brightness)</source>
            <translation>Automatique (iMAD, texture ou luminosité)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="102" />
            <source>Automatic (recommended): iMAD on 2+ independent, related bands, texture (edge energy over windows) on weakly related dates, brightness on a single band; the log says which. iMAD: chi-square statistic, insensitive to gain/offset differences (2+ bands). CVA: spectral difference magnitude. NDVI: vegetation changes. Brightness: bare soil / bright or dark surfaces.</source>
            <translation>Automatique (recommandé) : iMAD sur 2 bandes indépendantes et liées ou plus, texture (énergie des contours sur des fenêtres) sur des dates faiblement liées, luminosité sur une seule bande ; le journal indique laquelle. iMAD : statistique du khi-deux, insensible aux différences de gain/décalage (2 bandes ou plus). CVA : norme de la différence spectrale. NDVI : changements de végétation. Luminosité : sol nu / surfaces claires ou sombres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="108" />
            <source>Probability of change required to mark a pixel changed (0.5–0.999999); higher = fewer, surer changes. Where changes are rare, 1 − SIGNIFICANCE is the false-alarm rate on unchanged pixels.</source>
            <translation>Probabilité de changement requise pour marquer un pixel comme changé (0,5–0,999999) ; plus élevée = moins de changements, plus sûrs. Là où les changements sont rares, 1 − SIGNIFICANCE est le taux de fausses alarmes sur les pixels inchangés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="113" />
            <source>Changes smaller than this area in square metres are dropped (areas are true m² also for images in a geographic CRS). 50 m² keeps a mining pit 10 m across.</source>
            <translation>Les changements plus petits que cette surface en mètres carrés sont écartés (surfaces en vrais m² même pour les images en SCR géographique). 50 m² conserve une fosse minière de 10 m de diamètre.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="118" />
            <location filename="../../processing_algorithms/extract_tracks.py" line="94" />
            <location filename="../../processing_algorithms/pipeline.py" line="93" />
            <source>Area of interest</source>
            <translation>Zone d'intérêt</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="119" />
            <source>Polygons (any CRS) limiting the analysis; pixels outside are nodata.</source>
            <translation>Polygones (tout SCR) qui limitent l'analyse ; les pixels à l'extérieur sont sans donnée.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="120" />
            <source>Bands of BEFORE</source>
            <translation>Bandes de BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="122" />
            <source>Bands of BEFORE to compare, paired in order with BANDS_AFTER. Empty = the first N bands, N = the smaller band count of the two images.</source>
            <translation>Bandes de BEFORE à comparer, appariées dans l'ordre avec BANDS_AFTER. Vide = les N premières bandes, N = le plus petit nombre de bandes des deux images.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="124" />
            <source>Bands of AFTER</source>
            <translation>Bandes de AFTER</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="126" />
            <source>Bands of AFTER paired with BANDS_BEFORE (same number of bands). Empty = same band numbers as BANDS_BEFORE.</source>
            <translation>Bandes de AFTER appariées avec BANDS_BEFORE (même nombre de bandes). Vide = mêmes numéros de bandes que BANDS_BEFORE.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="128" />
            <location filename="../../processing_algorithms/pipeline.py" line="90" />
            <source>Ignore mask (cloud, shadow)</source>
            <translation>Masque d'exclusion (nuage, ombre)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="129" />
            <source>Raster whose non-zero pixels are ignored (clouds, shadows, known artefacts); left out of the statistics and nodata in the outputs. Resampled with nearest.</source>
            <translation>Raster dont les pixels non nuls sont ignorés (nuages, ombres, artefacts connus) ; exclus des statistiques et sans donnée dans les sorties. Rééchantillonné au plus proche voisin.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="134" />
            <source>Red band of BEFORE</source>
            <translation>Bande rouge de BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="136" />
            <source>Band number of BEFORE holding red (matched to AFTER through the band lists); used by NDVI and the vegetation classes.</source>
            <translation>Numéro de la bande rouge de BEFORE (mise en correspondance avec AFTER par les listes de bandes) ; utilisé par le NDVI et les classes de végétation.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="138" />
            <source>NIR band of BEFORE</source>
            <translation>Bande PIR de BEFORE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="140" />
            <source>Band number of BEFORE holding near-infrared; used by NDVI and the vegetation classes.</source>
            <translation>Numéro de la bande proche infrarouge de BEFORE ; utilisé par le NDVI et les classes de végétation.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="142" />
            <source>Misregistration tolerance (pixels)</source>
            <translation>Tolérance de recalage (pixels)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="144" />
            <source>Largest shift, in pixels, between the dates that is not counted as change (0 = compare pixel to pixel); within it, only the measured shift plus 0.3 pixel is allowed.</source>
            <translation>Plus grand décalage, en pixels, entre les dates qui n'est pas compté comme changement (0 = comparaison pixel à pixel) ; dans cette limite, seul le décalage mesuré plus 0,3 pixel est admis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="147" />
            <source>Line test length (m)</source>
            <translation>Longueur du test de ligne (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="149" />
            <source>Also find thin, faint straight changes (walls, fences, new tracks) from the evidence summed along 1-pixel lines of about this length in metres, in 8 orientations, after removing the measured shift; the misregistration tolerance then drops such a line only where both dates show an edge (a moved dune crest). 0 = off: about a third faster, but most thin walls and faint new tracks are missed.</source>
            <translation>Trouve aussi les changements fins, faibles et rectilignes (murs, clôtures, nouvelles pistes) d'après l'évidence sommée le long de lignes d'un pixel d'environ cette longueur en mètres, selon 8 orientations, après retrait du décalage mesuré ; la tolérance au mauvais recalage n'écarte alors une telle ligne que là où les deux dates montrent un bord (une crête de dune déplacée). 0 = désactivé : environ un tiers plus rapide, mais la plupart des murs fins et des nouvelles pistes faibles sont manqués.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="154" />
            <source>Compare 3×3 means</source>
            <translation>Comparer des moyennes 3×3</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="155" />
            <source>Compare 3×3 pixel means instead of single pixels: less noise on noisy images, at the cost of 1 pixel of blur on change outlines.</source>
            <translation>Compare des moyennes de 3×3 pixels au lieu de pixels isolés : moins de bruit sur les images bruitées, au prix d'un pixel de flou sur les contours des changements.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="157" />
            <source>Threshold</source>
            <translation>Seuil</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="158" />
            <source>no-change model at SIGNIFICANCE</source>
            <translation>modèle de non-changement à SIGNIFICANCE</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="158" />
            <source>Otsu</source>
            <translation>Otsu</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="159" />
            <source>adaptive (two-class model)</source>
            <translation>adaptatif (modèle à deux classes)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="161" />
            <source>Adaptive (recommended): the smaller of the SIGNIFICANCE quantile of the unchanged class and the boundary of a two-class (unchanged/changed) model of the score, so that recall holds where much changed. No-change model: the SIGNIFICANCE quantile only. Otsu: the larger of that and Otsu's threshold of the score histogram.</source>
            <translation>Adaptatif (recommandé) : le plus petit du quantile SIGNIFICANCE de la classe inchangée et de la frontière d'un modèle à deux classes (inchangé/changé) du score, pour que le rappel tienne là où beaucoup a changé. Modèle de non-changement : le quantile SIGNIFICANCE seul. Otsu : le plus grand de celui-ci et du seuil d'Otsu de l'histogramme du score.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="170" />
            <source>Float32 GeoTIFF on BEFORE's grid: iMAD = calibrated chi-square statistic (unitless, degrees of freedom = bands); CVA and brightness = change magnitude in the image's pixel units (e.g. reflectance × 10000); NDVI = |NDVI difference|; texture = |log ratio of the edge energy|. Nodata −9999.</source>
            <translation>GeoTIFF Float32 sur la grille de BEFORE : iMAD = statistique du khi-deux calibrée (sans unité, degrés de liberté = bandes) ; CVA et luminosité = amplitude du changement dans les unités des pixels de l'image (p. ex. réflectance × 10000) ; NDVI = |différence de NDVI| ; texture = |log-rapport de l'énergie des contours|. Sans donnée −9999.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="175" />
            <source>Uint8 GeoTIFF: 1 = change, 0 = no change, 255 = nodata (no data, MASK, outside AOI).</source>
            <translation>GeoTIFF Uint8 : 1 = changement, 0 = pas de changement, 255 = sans donnée (absence de donnée, MASK, hors AOI).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="177" />
            <source>Polygons (GeoPackage) in BEFORE's CRS: area_m2 (m²), score (mean), score_max, p_value (probability that an unchanged pixel scores the polygon's mean score), change_class (see above), d_ndvi (mean NDVI change) and d_brightness (relative brightness change).</source>
            <translation>Polygones (GeoPackage) dans le SCR de BEFORE : area_m2 (m²), score (moyen), score_max, p_value (probabilité qu'un pixel inchangé atteigne le score moyen du polygone), change_class (voir ci-dessus), d_ndvi (changement moyen de NDVI) et d_brightness (changement relatif de luminosité).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="209" />
            <source>iMAD: {} iteration(s), converged: {}, canonical correlations {}.</source>
            <translation>iMAD : {} itération(s), convergé : {}, corrélations canoniques {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/detect_changes.py" line="211" />
            <source>Method {}; estimated changed share {:.1f} %; {} change(s), {} changed pixel(s) of {} valid; threshold {:.4g}.</source>
            <translation>Méthode {} ; part changée estimée {:.1f} % ; {} changement(s), {} pixel(s) changé(s) sur {} valides ; seuil {:.4g}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="20" />
            <source>Extract desert tracks</source>
            <translation>Extraire les pistes du désert</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="22" />
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. A small neural network shipped with the plugin (run on the processor, no download) or, on request, oriented line filters with dune-field, edge and blob suppression give a track response; it is thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (each date's response is computed from its own relative contrast, so a different illumination does not matter), and the detector also reads the difference of the two dates, in which dune crests and rock texture cancel: faint new tracks that the image alone hides are found.</source>
            <translation>Trouve les pistes de véhicules — lignes fines, sinueuses, souvent peu visibles, plus claires (croûte perturbée) ou plus sombres que le désert alentour — et les renvoie sous forme de lignes connexes avec une confiance. Un petit réseau de neurones livré avec l'extension (exécuté sur le processeur, sans téléchargement) ou, sur demande, des filtres de lignes orientés avec suppression des champs de dunes, des bords et des taches donnent une réponse de piste ; elle est seuillée par hystérésis, amincie, transformée en graphe dont les courtes branches sont élaguées et dont les courtes interruptions sous le sable sont comblées, puis simplifiée. Les grandes images sont traitées en tuiles chevauchantes ; les lignes qui traversent les bords de tuiles sortent entières. Avec une image AVANT, les pistes qu'AVANT ne montre pas sont marquées nouvelles (la réponse de chaque date est calculée à partir de son propre contraste relatif : un éclairage différent ne change rien). Le détecteur lit aussi la différence des deux dates, où les crêtes de dunes et la texture des roches s'annulent : des pistes nouvelles et faibles que l'image seule cache sont trouvées.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="43" />
            <source>Image</source>
            <translation>Image</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="44" />
            <source>Image in which to find tracks (GeoTIFF, any number of bands, projected or geographic CRS).</source>
            <translation>Image dans laquelle chercher les pistes (GeoTIFF, nombre quelconque de bandes, SCR projeté ou géographique).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="46" />
            <source>Earlier image</source>
            <translation>Image antérieure</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="47" />
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. It also finds faint new tracks: it is matched to INPUT (sub-pixel shift, sharpness, illumination) and the tracks that appear in the difference, where what both dates show cancels, are added. A faint track that faded between the dates on dunes can then come out as a new one. With the learned detector, where it shows an old track that INPUT shows only faintly (dusted over, less contrast), the two dates' responses are pooled, so the track comes out whole; a track of which INPUT shows no trace is not drawn. Resampled onto INPUT's grid when needed.</source>
            <translation>Image antérieure de la même zone ; les pistes qui en sont absentes reçoivent is_new = 1, et une ligne qui passe d'une ancienne piste à une nouvelle est coupée là où l'image antérieure cesse de la montrer. Elle aide aussi à trouver les pistes nouvelles et faibles : elle est ajustée à INPUT (décalage sous-pixel, netteté, éclairement) et les pistes qui apparaissent dans la différence, où ce que montrent les deux dates s'annule, sont ajoutées. Une piste faible effacée entre les deux dates sur des dunes peut alors sortir comme nouvelle. Avec le détecteur appris, là où elle montre une ancienne piste qu'INPUT ne montre que faiblement (voilée de sable, moins contrastée), les réponses des deux dates sont mises en commun, si bien que la piste sort entière ; une piste dont INPUT ne montre aucune trace n'est pas tracée. Rééchantillonnée sur la grille de INPUT si nécessaire.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="62" />
            <source>Typical width of the tracks in metres (0.5 to 50 pixels). Tracks up to about twice this width are found too. On imagery finer than half this width (e.g. 6 m tracks on 0.5 m pixels) the image is averaged onto a coarser analysis grid on which a track is about 2 pixels wide: faster, and less disturbed by pixel-scale texture.</source>
            <translation>Largeur typique des pistes en mètres (0,5 à 50 pixels). Les pistes jusqu'à environ deux fois cette largeur sont aussi trouvées. Sur une image plus fine que la moitié de cette largeur (p. ex. pistes de 6 m sur des pixels de 0,5 m), l'image est moyennée sur une grille d'analyse plus grossière où une piste fait environ 2 pixels de large : plus rapide et moins perturbé par la texture à l'échelle du pixel.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="66" />
            <source>Track polarity</source>
            <translation>Polarité des pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>both</source>
            <translation>les deux</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <source>brighter than the ground</source>
            <translation>plus claires que le sol</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="67" />
            <source>darker than the ground</source>
            <translation>plus sombres que le sol</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="68" />
            <source>Whether tracks are brighter (disturbed crust) or darker than their surroundings, or both.</source>
            <translation>Si les pistes sont plus claires (croûte perturbée) ou plus sombres que leur environnement, ou les deux.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="72" />
            <source>Lines shorter than this length in metres are dropped.</source>
            <translation>Les lignes plus courtes que cette longueur en mètres sont écartées.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="73" />
            <source>Sensitivity (0–1)</source>
            <translation>Sensibilité (0–1)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="75" />
            <source>0 = only clear tracks, 1 = faint ones too (more false lines). Hysteresis thresholds on the response: high = 1.6 + 2.4 × (1 − S), low = 0.55 × high. Learned detector: response = 5.6 × track probability (S = 0.5 keeps pixels above probability 0.5 connected to others above 0.275). Filters: response in noise units, one unit being exceeded by 1 % of the pixels of pure noise.</source>
            <translation>0 = seulement les pistes nettes, 1 = aussi les pistes faibles (plus de fausses lignes). Seuils d'hystérésis sur la réponse : haut = 1,6 + 2,4 × (1 − S), bas = 0,55 × haut. Détecteur appris : réponse = 5,6 × probabilité de piste (S = 0,5 garde les pixels de probabilité supérieure à 0,5 reliés à d'autres au-dessus de 0,275). Filtres : réponse en unités de bruit, une unité étant dépassée par 1 % des pixels de bruit pur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="80" />
            <source>Detector</source>
            <translation>Détecteur</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="81" />
            <source>learned (neural network)</source>
            <translation>appris (réseau de neurones)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="81" />
            <source>oriented filters</source>
            <translation>filtres orientés</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="82" />
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). Each run measures INPUT's texture (median relative contrast) against the training scenes' and says in the log whether INPUT lies outside that domain; on much coarser texture (towns, farmland) the same network fine-tuned on real road images runs, reading the contrast proportionally weaker, and still finds only part of the roads. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; to cross-check. Both run offline on the processor.</source>
            <translation>appris : un petit U-Net entraîné sur des zones frontalières désertiques générées et sur des leurres dessinés (crêtes de dunes, bords d'oueds et de champs, affleurements, végétation) ; il y trouve plus de pistes avec moins de fausses lignes (voir le banc d'essai du README). Chaque exécution mesure la texture de INPUT (contraste relatif médian) par rapport à celle des scènes d'entraînement et indique dans le journal si INPUT sort de ce domaine ; sur une texture bien plus grossière (villes, zones agricoles), le même réseau affiné sur des images routières réelles s'exécute, lit le contraste d'autant plus faiblement, et ne trouve encore qu'une partie des routes. filtres orientés : le détecteur de lignes construit à la main, avec suppression des champs de dunes, des bords et des taches ; pour recouper. Les deux fonctionnent hors ligne sur le processeur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="95" />
            <source>Polygons: only their extent is processed and the lines are clipped to them.</source>
            <translation>Polygones : seule leur emprise est traitée et les lignes y sont découpées.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="97" />
            <source>Band</source>
            <translation>Bande</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="98" />
            <source>Band to use alone. Empty = brightness, the mean of the visible bands (bands 1–3 of a 4-band blue/green/red/NIR image; all bands when there are fewer than 4).</source>
            <translation>Bande à utiliser seule. Vide = luminosité, moyenne des bandes visibles (bandes 1–3 d'une image à 4 bandes bleu/vert/rouge/PIR ; toutes les bandes s'il y en a moins de 4).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="101" />
            <source>Largest bridged gap (m)</source>
            <translation>Plus grande lacune comblée (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="103" />
            <source>Largest interruption (e.g. sand cover), in metres, bridged between two line ends pointing at each other. 0 = automatic: 10 track widths, at least 10 pixels.</source>
            <translation>Plus grande interruption (p. ex. ensablement), en mètres, comblée entre deux extrémités de lignes qui se font face. 0 = automatique : 10 largeurs de piste, au moins 10 pixels.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="106" />
            <source>Tile size (pixels)</source>
            <translation>Taille des tuiles (pixels)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="108" />
            <source>Side of the tiles, in pixels of the analysis grid, in which large images are processed (memory grows with its square).</source>
            <translation>Côté des tuiles, en pixels de la grille d'analyse, dans lesquelles les grandes images sont traitées (la mémoire croît avec son carré).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="113" />
            <location filename="../../processing_algorithms/score_segments.py" line="103" />
            <source>Tracks</source>
            <translation>Pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="114" />
            <source>Line layer (GeoPackage) in INPUT's CRS with length_m (metres), confidence (0–1, from response strength and continuity), mean_response (see SENSITIVITY), is_new (0/1), azimuth_deg (0–180, clockwise from north) and sinuosity (length / straight distance).</source>
            <translation>Couche de lignes (GeoPackage) dans le SCR de l'entrée avec length_m (mètres), confidence (0–1, d'après la force de la réponse et la continuité), mean_response (voir SENSIBILITÉ), is_new (0/1), azimuth_deg (0–180, dans le sens horaire depuis le nord) et sinuosity (longueur / distance en ligne droite).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="119" />
            <source>Float32 GeoTIFF of the track response on the analysis grid: 5.6 × probability (learned detector) or noise units (filters), as under SENSITIVITY. With BEFORE, the response the lines are drawn from: the difference's new tracks and the two dates' pooled evidence included.</source>
            <translation>GeoTIFF Float32 de la réponse de piste sur la grille d'analyse : 5,6 × probabilité (détecteur appris) ou unités de bruit (filtres), comme sous SENSIBILITÉ. Avec BEFORE, la réponse dont les lignes sont tirées : les pistes nouvelles de la différence et la mise en commun des deux dates comprises.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="150" />
            <source>{} track(s), {:.1f} km, {} new.</source>
            <translation>{} piste(s), {:.1f} km, {} nouvelle(s).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="165" />
            <source>Detector: oriented filters (as chosen).</source>
            <translation>Détecteur : filtres orientés (comme choisi).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="167" />
            <source>Detector: learned network. INPUT's texture (median relative contrast {:.1f} %) is like that of the scenes it was trained on (about {:.1f} %).</source>
            <translation>Détecteur : réseau appris. La texture de INPUT (contraste relatif médian {:.1f} %) ressemble à celle des scènes sur lesquelles il a été entraîné (environ {:.1f} %).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="171" />
            <source>Detector: learned network fine-tuned on real road images: INPUT's texture (median relative contrast {:.1f} %) is much coarser than that of the generated desert scenes (about {:.1f} %), as in towns, farmland and very fine imagery, outside the domain of the desert-scene network. It read the image's contrast {:.1f} times weaker, as in its training; its quality on real images is still low (README benchmark on real images): cross-check with DETECTOR = oriented filters.</source>
            <translation>Détecteur : réseau appris affiné sur des images routières réelles : la texture de INPUT (contraste relatif médian {:.1f} %) est bien plus grossière que celle des scènes désertiques générées (environ {:.1f} %), comme en ville, en zone agricole et sur les images très fines, hors du domaine du réseau des scènes désertiques. Il a lu le contraste de l'image {:.1f} fois plus faiblement, comme à l'entraînement ; sa qualité sur images réelles reste faible (banc d'essai du README sur images réelles) : recoupez avec DETECTOR = filtres orientés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="179" />
            <source>Detector: learned network. INPUT is flatter than the scenes it was trained on (median relative contrast {:.1f} % against about {:.1f} %: haze, a smooth plain or a flat band); it was read as it is. Faint tracks may be missed: raise SENSITIVITY if needed.</source>
            <translation>Détecteur : réseau appris. INPUT est plus uniforme que les scènes d'entraînement (contraste relatif médian {:.1f} % contre environ {:.1f} % : brume, plaine lisse ou bande plate) ; il a été lu tel quel. Des pistes faibles peuvent être manquées : augmentez SENSITIVITY si nécessaire.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="189" />
            <source>No track: INPUT is constant (every valid pixel has the same value), so there is no texture in which to find tracks. Check the band selection and the file.</source>
            <translation>Aucune piste : INPUT est constant (tous les pixels valides ont la même valeur), il n'y a donc aucune texture où chercher des pistes. Vérifiez le choix de la bande et le fichier.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="192" />
            <source>No track: no pixel reached the detector's high threshold ({:.2f}; highest response {:.2f}). The image shows no line of about TRACK_WIDTH_M; check the width, or raise SENSITIVITY.</source>
            <translation>Aucune piste : aucun pixel n'a atteint le seuil haut du détecteur ({:.2f} ; réponse la plus forte {:.2f}). L'image ne montre aucune ligne d'environ TRACK_WIDTH_M ; vérifiez la largeur, ou augmentez SENSITIVITY.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/extract_tracks.py" line="197" />
            <source>No track: candidate lines were found, but none is at least MIN_LENGTH_M long with enough response along it. Lower MIN_LENGTH_M or raise SENSITIVITY.</source>
            <translation>Aucune piste : des lignes candidates ont été trouvées, mais aucune n'atteint MIN_LENGTH_M avec une réponse suffisante sur sa longueur. Diminuez MIN_LENGTH_M ou augmentez SENSITIVITY.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="24" />
            <source>Import incidents (CSV)</source>
            <translation>Importer des incidents (CSV)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="26" />
            <source>Reads dated incidents from a CSV file into points with date (a real Date field), type, severity and source_line (the line of the row in the file). ACLED-style files use the columns event_date, latitude, longitude, event_type and fatalities (severity 1–4 from fatalities: 0 → 1, 1–2 → 2, 3–9 → 3, 10 or more → 4) unless other columns are named; generic files use the columns named below (common names such as date, lon/lat, x/y are found automatically). Dates are recognised automatically: ISO 2024-01-15, 15/01/2024 (day first, month first when the file shows it), '15 January 2024' (English or French months), or DATE_FORMAT. Rows that cannot be used (unreadable date, coordinates out of range or empty, empty rows) are never dropped silently: they are counted, listed by line number in the log and written with the reason to the optional rejected-rows CSV. Delimiter (, ; tab |) and encoding (UTF-8 or Windows-1252) are detected.</source>
            <translation>Lit des incidents datés d'un fichier CSV et en fait des points avec date (un vrai champ Date), type, severity et source_line (la ligne de l'enregistrement dans le fichier). Les fichiers de type ACLED utilisent les colonnes event_date, latitude, longitude, event_type et fatalities (gravité 1–4 d'après les victimes : 0 → 1, 1–2 → 2, 3–9 → 3, 10 ou plus → 4) sauf si d'autres colonnes sont indiquées ; les fichiers génériques utilisent les colonnes nommées ci-dessous (les noms courants comme date, lon/lat, x/y sont trouvés automatiquement). Les dates sont reconnues automatiquement : ISO 2024-01-15, 15/01/2024 (jour en premier, mois en premier quand le fichier le montre), '15 January 2024' (mois en anglais ou en français), ou DATE_FORMAT. Les lignes inutilisables (date illisible, coordonnées hors limites ou vides, lignes vides) ne sont jamais écartées en silence : elles sont comptées, listées par numéro de ligne dans le journal et écrites avec le motif dans le CSV facultatif des lignes rejetées. Le séparateur (, ; tabulation |) et l'encodage (UTF-8 ou Windows-1252) sont détectés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="38" />
            <source>Incident points: date, type, severity, source_line (and fatalities for ACLED).</source>
            <translation>Points d'incidents : date, type, severity, source_line (et fatalities pour ACLED).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="39" />
            <source>CSV of the rejected rows: line, reason, raw row.</source>
            <translation>CSV des lignes rejetées : ligne, motif, ligne brute.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="40" />
            <source>Number of incidents imported.</source>
            <translation>Nombre d'incidents importés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="41" />
            <source>Number of rows rejected.</source>
            <translation>Nombre de lignes rejetées.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="45" />
            <source>Incident CSV file</source>
            <translation>Fichier CSV d'incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="46" />
            <source>CSV file with one incident per row and a header line.</source>
            <translation>Fichier CSV avec un incident par ligne et une ligne d'en-tête.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>ACLED-style</source>
            <translation>type ACLED</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="47" />
            <source>generic</source>
            <translation>générique</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="49" />
            <source>ACLED-style (event_date, latitude, longitude, event_type, fatalities) or generic (columns named below).</source>
            <translation>Type ACLED (event_date, latitude, longitude, event_type, fatalities) ou générique (colonnes nommées ci-dessous).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="51" />
            <source>Longitude / X column</source>
            <translation>Colonne longitude / X</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="52" />
            <source>Column of the longitude (degrees) or X (CRS units); empty = format default or auto-detected (longitude, lon, lng, x).</source>
            <translation>Colonne de la longitude (degrés) ou de X (unités du SCR) ; vide = valeur par défaut du format ou détection automatique (longitude, lon, lng, x).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="54" />
            <source>Latitude / Y column</source>
            <translation>Colonne latitude / Y</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="55" />
            <source>Column of the latitude (degrees) or Y (CRS units); empty = format default or auto-detected (latitude, lat, y).</source>
            <translation>Colonne de la latitude (degrés) ou de Y (unités du SCR) ; vide = valeur par défaut du format ou détection automatique (latitude, lat, y).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="57" />
            <source>Coordinate CRS</source>
            <translation>SCR des coordonnées</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="58" />
            <source>CRS of the coordinates: EPSG:4326 (the default) for longitude/latitude in degrees (checked to lie within ±180 / ±90), or a projected CRS for X/Y in metres.</source>
            <translation>SCR des coordonnées : EPSG:4326 (par défaut) pour longitude/latitude en degrés (vérifiées dans ±180 / ±90), ou un SCR projeté pour X/Y en mètres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="60" />
            <source>Date column</source>
            <translation>Colonne de date</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="61" />
            <source>Column of the date; empty = event_date (ACLED) or auto-detected (date).</source>
            <translation>Colonne de la date ; vide = event_date (ACLED) ou détection automatique (date).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="62" />
            <source>Type column</source>
            <translation>Colonne de type</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="63" />
            <source>Column of the incident type; empty = event_type (ACLED) or auto-detected (type).</source>
            <translation>Colonne du type d'incident ; vide = event_type (ACLED) ou détection automatique (type).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="65" />
            <source>Severity column</source>
            <translation>Colonne de gravité</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="66" />
            <source>Column of a numeric severity (or low/medium/high/critical); empty values count 1. For ACLED, empty = severity from fatalities.</source>
            <translation>Colonne d'une gravité numérique (ou low/medium/high/critical) ; les valeurs vides comptent 1. Pour ACLED, vide = gravité tirée des victimes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="68" />
            <source>Fatalities column (ACLED)</source>
            <translation>Colonne des victimes (ACLED)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="70" />
            <source>Column of the fatality count mapped to severity for ACLED files; empty = fatalities.</source>
            <translation>Colonne du nombre de victimes convertie en gravité pour les fichiers ACLED ; vide = fatalities.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="72" />
            <source>Date format</source>
            <translation>Format de date</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="73" />
            <source>Optional strptime format such as %m/%d/%Y; empty = automatic (ISO, day/month/year, '15 January 2024').</source>
            <translation>Format strptime facultatif tel que %m/%d/%Y ; vide = automatique (ISO, jour/mois/année, '15 January 2024').</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="76" />
            <source>Output incident points.</source>
            <translation>Points d'incidents en sortie.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="77" />
            <source>Rejected rows</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="77" />
            <location filename="../../processing_algorithms/score_segments.py" line="208" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="79" />
            <source>Optional CSV listing every rejected row with its line number and the reason.</source>
            <translation>CSV facultatif listant chaque ligne rejetée avec son numéro de ligne et le motif.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="80" />
            <source>Incidents imported</source>
            <translation>Incidents importés</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="81" />
            <source>Rows rejected</source>
            <translation>Lignes rejetées</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="101" />
            <source>{} rows read: {} incidents imported, {} rejected (columns: {}).</source>
            <translation>{} lignes lues : {} incidents importés, {} rejetées (colonnes : {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="105" />
            <source>Numeric dates were read month first (MM/DD/YYYY): some have a day &gt; 12 in second place. Set DATE_FORMAT if this is wrong.</source>
            <translation>Les dates numériques ont été lues mois en premier (MM/JJ/AAAA) : certaines ont un jour &gt; 12 en deuxième position. Indiquez DATE_FORMAT si c'est faux.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="108" />
            <source>Line {}: rejected, {}</source>
            <translation>Ligne {} : rejetée, {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="110" />
            <source>… and {} more rejected rows (see the rejected-rows CSV).</source>
            <translation>… et {} autres lignes rejetées (voir le CSV des lignes rejetées).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/import_incidents.py" line="113" />
            <source>No row of {} could be imported ({} rejected): check the columns and the date format.</source>
            <translation>Aucune ligne de {} n'a pu être importée ({} rejetées) : vérifiez les colonnes et le format de date.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="21" />
            <source>{}: the raster must be a file readable by GDAL (e.g. GeoTIFF); save it to a file first (right-click &gt; Export &gt; Save As).</source>
            <translation>{} : le raster doit être un fichier lisible par GDAL (p. ex. GeoTIFF) ; enregistrez-le d'abord dans un fichier (clic droit &gt; Exporter &gt; Enregistrer sous).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="58" />
            <source>{}: field(s) {} not found; the layer has: {}. Pick an existing field.</source>
            <translation>{} : champ(s) {} introuvable(s) ; la couche contient : {}. Choisissez un champ existant.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="59" />
            <source>no fields</source>
            <translation>aucun champ</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/layers.py" line="73" />
            <source>Reading {}: {} of {} features</source>
            <translation>Lecture de {} : {} entités sur {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="49" />
            <source>BORDER: the border layer holds no line; choose the border line layer.</source>
            <translation>BORDER : la couche frontière ne contient aucune ligne ; choisissez la couche de la ligne frontière.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="55" />
            <source>Border surveillance pipeline (all steps)</source>
            <translation>Chaîne de surveillance frontalière (toutes les étapes)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="57" />
            <source>Runs the whole analysis in one go, for batch runs and models: detects changes between the BEFORE and AFTER images, extracts desert tracks from AFTER (flagging those absent from BEFORE as new), scores the border segments from tracks, changes, incidents and official crossings, and, when TEAMS &gt; 0, plans patrol posts. All vector results go to one GeoPackage (fragile_borders.gpkg with layers changes, tracks, segments, patrol_posts, patrol_coverage), rasters beside it, and run.json records the parameters and a summary. Results appear only when every step succeeded.</source>
            <translation>Exécute toute l'analyse en une fois, pour les traitements par lots et les modèles : détecte les changements entre les images BEFORE et AFTER, extrait les pistes du désert de AFTER (en signalant comme nouvelles celles absentes de BEFORE), note les tronçons de frontière à partir des pistes, des changements, des incidents et des points de passage officiels et, si TEAMS &gt; 0, planifie les postes de patrouille. Tous les résultats vecteur vont dans un seul GeoPackage (fragile_borders.gpkg avec les couches changes, tracks, segments, patrol_posts, patrol_coverage), les rasters à côté, et run.json enregistre les paramètres et un résumé. Les résultats n'apparaissent que si toutes les étapes ont réussi.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="66" />
            <source>fragile_borders.gpkg with all vector results.</source>
            <translation>fragile_borders.gpkg avec tous les résultats vecteur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="67" />
            <source>Change polygons (area_m2, score, score_max, p_value, change_class).</source>
            <translation>Polygones de changement (area_m2, score, score_max, p_value, change_class).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="68" />
            <source>Track lines (length_m, confidence 0–1, is_new).</source>
            <translation>Lignes des pistes (length_m, confidence 0–1, is_new).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="69" />
            <source>Border segments with factors, score 0–100, rank, priority, drivers, risk.</source>
            <translation>Tronçons de frontière avec facteurs, score 0–100, rang, priorité, facteurs déterminants, risque.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="70" />
            <source>Chosen patrol posts (only when TEAMS &gt; 0).</source>
            <translation>Postes de patrouille choisis (seulement si TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="71" />
            <source>Segments covered by each post (only when TEAMS &gt; 0).</source>
            <translation>Tronçons couverts par chaque poste (seulement si TEAMS &gt; 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="72" />
            <source>change_score.tif, per-pixel change statistic.</source>
            <translation>change_score.tif, statistique de changement par pixel.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="73" />
            <source>change_mask.tif, 1 = change.</source>
            <translation>change_mask.tif, 1 = changement.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="74" />
            <source>track_response.tif, response of the track detector (5.6 × track probability).</source>
            <translation>track_response.tif, réponse du détecteur de pistes (5,6 × probabilité de piste).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="75" />
            <source>run.json: parameters and summary figures of the run.</source>
            <translation>run.json : paramètres et chiffres de synthèse de l'exécution.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="76" />
            <source>Share (0–1) of the total segment priority covered by the patrol posts.</source>
            <translation>Part (0–1) de la priorité totale des tronçons couverte par les postes de patrouille.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="81" />
            <source>Earlier multispectral image (GeoTIFF; e.g. blue, green, red, NIR).</source>
            <translation>Image multispectrale antérieure (GeoTIFF ; p. ex. bleu, vert, rouge, PIR).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="83" />
            <source>Later image of the same area; resampled onto BEFORE's grid where they differ.</source>
            <translation>Image postérieure de la même zone ; rééchantillonnée sur la grille de BEFORE si elles diffèrent.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="85" />
            <source>The border as one or more lines, in any CRS (lengths are measured in metres).</source>
            <translation>La frontière sous forme d'une ou plusieurs lignes, dans n'importe quel SCR (longueurs mesurées en mètres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="87" />
            <source>Dated incident points (fields date, type, severity by default).</source>
            <translation>Points d'incidents datés (champs date, type, severity par défaut).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="89" />
            <source>Official border crossing points; segments far from them score higher.</source>
            <translation>Points de passage officiels ; les tronçons qui en sont éloignés obtiennent un score plus élevé.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="91" />
            <source>Raster whose non-zero pixels are left out of change detection (e.g. clouds).</source>
            <translation>Raster dont les pixels non nuls sont exclus de la détection de changements (p. ex. nuages).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="94" />
            <source>Polygons that limit change detection and track extraction.</source>
            <translation>Polygones qui limitent la détection de changements et l'extraction de pistes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="97" />
            <source>Probability of change above which a pixel is marked changed (0.5–0.999999).</source>
            <translation>Probabilité de changement au-dessus de laquelle un pixel est marqué comme changé (0,5–0,999999).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="100" />
            <source>Change polygons smaller than this area in square metres are dropped.</source>
            <translation>Les polygones de changement plus petits que cette surface en mètres carrés sont écartés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="103" />
            <source>Typical width of the tracks to find, in metres.</source>
            <translation>Largeur typique des pistes à trouver, en mètres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="106" />
            <source>Tracks shorter than this length in metres are dropped.</source>
            <translation>Les pistes plus courtes que cette longueur en mètres sont écartées.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="109" />
            <source>Length of the border segments in metres; empty = derived from the border's length (at least 10 segments, a readable length of at most 2000 m, said in the log).</source>
            <translation>Longueur des segments de frontière en mètres ; vide = déduite de la longueur de la frontière (au moins 10 segments, une longueur lisible d'au plus 2000 m, indiquée dans le journal).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="113" />
            <source>Distance in metres on each side of the border within which evidence is counted.</source>
            <translation>Distance en mètres de chaque côté de la frontière dans laquelle les indices sont comptés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="114" />
            <location filename="../../processing_algorithms/score_segments.py" line="130" />
            <source>Reference date (YYYY-MM-DD)</source>
            <translation>Date de référence (AAAA-MM-JJ)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="115" />
            <source>Date at which incident recency is measured; empty = latest incident date.</source>
            <translation>Date à laquelle l'ancienneté des incidents est mesurée ; vide = date du dernier incident.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="118" />
            <source>An incident this many days old counts half as much as one on the reference date.</source>
            <translation>Un incident de cet âge en jours compte moitié moins qu'un incident à la date de référence.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="119" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="47" />
            <source>Patrol teams</source>
            <translation>Équipes de patrouille</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="121" />
            <source>Number of patrol teams to place; 0 skips patrol planning.</source>
            <translation>Nombre d'équipes de patrouille à placer ; 0 saute la planification des patrouilles.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="124" />
            <source>How far along the border, in metres each way, one team covers from its post; empty = 2.5 segment lengths, rounded to a readable length (5000 m for 2000 m segments).</source>
            <translation>Distance le long de la frontière, en mètres de chaque côté, qu'une équipe couvre depuis son poste ; vide = 2,5 longueurs de segment, arrondies à une longueur lisible (5000 m pour des segments de 2000 m).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="128" />
            <source>Posts are never placed on segments whose personnel risk exceeds this value.</source>
            <translation>Aucun poste n'est placé sur un tronçon dont le risque pour le personnel dépasse cette valeur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="130" />
            <source>Folder that receives fragile_borders.gpkg, the rasters and run.json.</source>
            <translation>Dossier qui reçoit fragile_borders.gpkg, les rasters et run.json.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="131" />
            <source>Results GeoPackage</source>
            <translation>GeoPackage des résultats</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="136" />
            <source>Run summary</source>
            <translation>Résumé de l'exécution</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="137" />
            <location filename="../../processing_algorithms/plan_patrols.py" line="80" />
            <source>Covered priority share</source>
            <translation>Part de priorité couverte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="188" />
            <source>SEGMENT_LENGTH_M left empty: {:.0f} m, for about {:.0f} segments along the {:.2f} km border.</source>
            <translation>SEGMENT_LENGTH_M laissé vide : {:.0f} m, pour environ {:.0f} segments le long des {:.2f} km de frontière.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="193" />
            <source>REACH_M left empty: {:.0f} m each way from a post ({:.1f} segment lengths).</source>
            <translation>REACH_M laissé vide : {:.0f} m de chaque côté d'un poste ({:.1f} longueurs de segment).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="216" />
            <source>Step {} of {}: {}</source>
            <translation>Étape {} sur {} : {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/pipeline.py" line="263" />
            <source>TEAMS = {} but the border has only {} segment(s): placing {} team(s).</source>
            <translation>TEAMS = {} mais la frontière ne compte que {} tronçon(s) : placement de {} équipe(s).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="24" />
            <source>Plan patrol posts</source>
            <translation>Planifier les postes de patrouille</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="26" />
            <source>Chooses where to post TEAMS patrol teams along a scored border so that the covered priority is the largest (maximal covering location problem). Candidates are the segment midpoints; a post covers the segments whose midpoints are within REACH_M along the border (chainage from start_km/end_km; straight-line distance when the layer has none). No new post goes on a segment whose risk is above MAX_RISK; existing posts stay and count among the TEAMS. Solved exactly with HiGHS (scipy.optimize.milp) when the eligible candidates are at most EXACT_MAX_CANDIDATES, otherwise greedily (always at least 63 % = 1 − 1/e of the optimum, usually within 1 %); the log says which. When every segment is above MAX_RISK no post is placed and the log explains why.</source>
            <translation>Choisit où placer TEAMS équipes de patrouille le long d'une frontière notée pour que la priorité couverte soit la plus grande (problème de localisation à couverture maximale). Les candidats sont les milieux des tronçons ; un poste couvre les tronçons dont le milieu est à moins de REACH_M le long de la frontière (chaînage d'après start_km/end_km ; distance à vol d'oiseau si la couche n'en a pas). Aucun nouveau poste n'est placé sur un tronçon dont le risque dépasse MAX_RISK ; les postes existants restent et comptent parmi les TEAMS. Résolu exactement avec HiGHS (scipy.optimize.milp) quand les candidats éligibles sont au plus EXACT_MAX_CANDIDATES, sinon de façon gloutonne (toujours au moins 63 % = 1 − 1/e de l'optimum, en général à moins de 1 %) ; le journal indique la méthode. Quand tous les tronçons dépassent MAX_RISK, aucun poste n'est placé et le journal explique pourquoi.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="36" />
            <source>Posts (points at segment midpoints): post_id, segment_id, covered_priority (priority of the segments it covers, each counted once for its nearest post), risk, existing (1 = existing post).</source>
            <translation>Postes (points au milieu des tronçons) : post_id, segment_id, covered_priority (priorité des tronçons couverts, chacun compté une fois pour son poste le plus proche), risk, existing (1 = poste existant).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="39" />
            <source>Covered segment lines: segment_id, post_id (nearest post).</source>
            <translation>Lignes des tronçons couverts : segment_id, post_id (poste le plus proche).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="40" />
            <source>Share (0–1) of the total priority that the posts cover.</source>
            <translation>Part (0–1) de la priorité totale couverte par les postes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="41" />
            <source>Method used: exact, exact (time limit, best found) or greedy.</source>
            <translation>Méthode utilisée : exacte, exacte (limite de temps, meilleure trouvée) ou gloutonne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="45" />
            <location filename="../../processing_algorithms/score_segments.py" line="206" />
            <source>Scored segments</source>
            <translation>Tronçons notés</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="46" />
            <source>Border segments from Score border segments (segment_id, start_km, end_km, score, risk).</source>
            <translation>Tronçons issus de « Noter les tronçons de frontière » (segment_id, start_km, end_km, score, risk).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="49" />
            <source>Number of posts, one team each, existing posts included.</source>
            <translation>Nombre de postes, une équipe chacun, postes existants compris.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="52" />
            <source>How far in metres along the border one team covers from its post, each way.</source>
            <translation>Distance en mètres le long de la frontière couverte par une équipe depuis son poste, de chaque côté.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="55" />
            <source>No new post is placed on a segment whose risk (0–100) is above this value.</source>
            <translation>Aucun nouveau poste n'est placé sur un tronçon dont le risque (0–100) dépasse cette valeur.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="56" />
            <source>Existing posts</source>
            <translation>Postes existants</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="57" />
            <source>Posts that must stay (points); each is moved to the nearest segment midpoint.</source>
            <translation>Postes à conserver (points) ; chacun est ramené au milieu de tronçon le plus proche.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="58" />
            <source>Priority field</source>
            <translation>Champ de priorité</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="59" />
            <source>Numeric field with the priority to cover (default score, 0–100; empty or negative values count 0).</source>
            <translation>Champ numérique de la priorité à couvrir (score par défaut, 0–100 ; valeurs vides ou négatives = 0).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="61" />
            <source>Risk field</source>
            <translation>Champ de risque</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="62" />
            <source>Numeric field with the risk to personnel (0–100) compared with MAX_RISK; leave empty to plan without the risk rule.</source>
            <translation>Champ numérique du risque pour le personnel (0–100) comparé à MAX_RISK ; laissez vide pour planifier sans la règle de risque.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>auto</source>
            <translation>auto</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="64" />
            <source>exact</source>
            <translation>exacte</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="65" />
            <source>greedy</source>
            <translation>gloutonne</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="66" />
            <source>auto = exact when the eligible candidates are at most EXACT_MAX_CANDIDATES, greedy otherwise.</source>
            <translation>auto = exacte si les candidats éligibles sont au plus EXACT_MAX_CANDIDATES, gloutonne sinon.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="68" />
            <source>Largest exact problem (candidates)</source>
            <translation>Plus grand problème exact (candidats)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="70" />
            <source>With auto, problems with more eligible candidate segments are solved greedily.</source>
            <translation>En mode auto, les problèmes avec plus de tronçons candidats éligibles sont résolus de façon gloutonne.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="72" />
            <source>Time limit of the exact solver (s)</source>
            <translation>Limite de temps du solveur exact (s)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="74" />
            <source>Seconds after which HiGHS stops; the better of its best plan and the greedy plan is kept.</source>
            <translation>Secondes après lesquelles HiGHS s'arrête ; le meilleur de son plan et du plan glouton est conservé.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="77" />
            <source>Output points: the chosen posts.</source>
            <translation>Points en sortie : les postes choisis.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="79" />
            <source>Output lines: the covered segments and the post covering each.</source>
            <translation>Lignes en sortie : les tronçons couverts et le poste qui couvre chacun.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="81" />
            <source>Method used</source>
            <translation>Méthode utilisée</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="88" />
            <source>SEGMENTS: choose the scored segment layer.</source>
            <translation>SEGMENTS : choisissez la couche des tronçons notés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="105" />
            <source>Method: {} ({} eligible candidates, distance {}).</source>
            <translation>Méthode : {} ({} candidats éligibles, distance {}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/plan_patrols.py" line="107" />
            <source>{} posts cover {:.1%} of the total priority {:.1f} (greedy alone: {:.1%}).</source>
            <translation>{} postes couvrent {:.1%} de la priorité totale {:.1f} (glouton seul : {:.1%}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/provider.py" line="33" />
            <source>Fragile Borders – GEOINT of insecure borderlands</source>
            <translation>Fragile Borders – GEOINT des zones frontalières peu sûres</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="37" />
            <source>Score border segments</source>
            <translation>Noter les tronçons de frontière</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="39" />
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); with FIT_WEIGHTS the weights are learned from your own dated incidents: a regularised Poisson model of the incidents per segment (exposure = segment length) is fitted to one half of them (split at the median date) and checked on the other, both ways, which chooses the penalty, the share of the incident history and σ (f_incidents is then the incident factor ÷ its maximum, the linear scale the fit uses); with too few incidents (under 30, or all on one day) WEIGHTS are kept and the log says why; the fitted weights and their bootstrap standard errors are in the log and in OUTPUT_WEIGHTS; rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation>Découpe la frontière en tronçons de longueur égale (mesurée en mètres dans une zone UTM locale quand la frontière est en degrés ; frontières en plusieurs parties et lacunes acceptées, une lacune compte dans le chaînage) et note chaque tronçon pour la priorité de patrouille à partir de facteurs expliqués, chacun entre 0 et 1 (colonnes f_*) : &lt;b&gt;crossings&lt;/b&gt; = pistes qui traversent le tronçon (pondérées par la confiance, nouvelles pistes × NEW_TRACK_WEIGHT) par km, × (1 + REMOTE_CROSSING_BOOST × remoteness) quand les points de passage officiels sont fournis ; &lt;b&gt;tracks&lt;/b&gt; = longueur de pistes dans le corridor par km² (mêmes poids) ; &lt;b&gt;changes&lt;/b&gt; = surface de changement dans le corridor par km², pondérée par classe de changement ; &lt;b&gt;incidents&lt;/b&gt; = Σ gravité × poids du type × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(âge / HALF_LIFE_DAYS)) par km (le taux de long terme combiné à l'intensité récente atténuée) ; &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance le long de la frontière au point de passage officiel le plus proche / REMOTENESS_SCALE_M) ; &lt;b&gt;terrain&lt;/b&gt; = praticabilité d'après la pente du MNE (1 − pente / MAX_SLOPE_DEG). Les facteurs intensifs sont divisés par le plus petit du 95e centile et de 5 × la médiane de leurs valeurs non nulles ramenés sur 0–0,5 jusqu'à cette échelle et comprimés dans 0,5–1 au-delà (les tronçons les plus chauds gardent leur ordre). score = 100 × (Σ poids × facteur / Σ poids des facteurs disposant de données), lissé le long de la frontière (gaussien, σ = SMOOTHING_M, choisi par défaut d'après les incidents) ; avec FIT_WEIGHTS les poids sont appris de vos propres incidents datés : un modèle de Poisson régularisé des incidents par tronçon (exposition = longueur du tronçon) est ajusté sur une moitié d'entre eux (coupure à la date médiane) et vérifié sur l'autre, dans les deux sens, ce qui choisit la pénalité, la part de l'historique des incidents et σ (f_incidents est alors le facteur incidents ÷ son maximum, l'échelle linéaire de l'ajustement) ; avec trop peu d'incidents (moins de 30, ou tous le même jour) WEIGHTS est conservé et le journal dit pourquoi ; les poids ajustés et leurs erreurs types bootstrap figurent dans le journal et dans OUTPUT_WEIGHTS ; rank 1 = le plus élevé ; priority critical = 10 % des tronçons les mieux notés, high = 20 % suivants, medium = 30 % suivants, low = le reste (et tout score égal à 0) ; drivers nomme les deux facteurs qui contribuent le plus au score ; hotspot_z est le z-score Gi* de Getis-Ord du score non lissé (voisins à moins de HOTSPOT_DISTANCE_M le long de la frontière ; z &gt; 1.96 = point chaud significatif au seuil de 5 %). risk (0–100) est distinct et n'augmente jamais le score : R = Σ gravité × 0.5^(âge / RISK_HALF_LIFE_DAYS) sur les incidents violents à moins de RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Les valeurs brutes gardent leurs unités : n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. La géométrie de sortie est la ligne de chaque tronçon dans le SCR de la frontière.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="70" />
            <source>Segment lines: segment_id, part, start_km, end_km (chainage), length_m, f_crossings, f_tracks, f_changes, f_incidents, f_remoteness, f_terrain (0–1), raw values, score (0–100), rank, priority, drivers, risk (0–100), hotspot_z.</source>
            <translation>Lignes des tronçons : segment_id, part, start_km, end_km (chaînage), length_m, f_crossings, f_tracks, f_changes, f_incidents, f_remoteness, f_terrain (0–1), valeurs brutes, score (0–100), rank, priority, drivers, risk (0–100), hotspot_z.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="73" />
            <source>CSV, one row per factor: factor, weight (as used in the score), share (of Σ weights, 0–1), std_error (bootstrap standard error of the fitted share; empty for fixed weights), status (fitted, today's weight, dropped: constant along the border, no data, weight 0 in WEIGHTS, not used).</source>
            <translation>CSV, une ligne par facteur : factor, weight (tel qu'utilisé dans le score), share (part de Σ poids, 0–1), std_error (erreur type bootstrap de la part ajustée ; vide pour des poids fixes), status (fitted, today's weight, dropped: constant along the border, no data, weight 0 in WEIGHTS, not used).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="87" />
            <source>The border line (one or several parts, any CRS; lengths are measured in metres).</source>
            <translation>La ligne frontière (une ou plusieurs parties, tout SCR ; longueurs mesurées en mètres).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="90" />
            <source>Length of each segment in metres; a last piece shorter than half a segment joins the previous one.</source>
            <translation>Longueur de chaque tronçon en mètres ; un dernier morceau plus court qu'un demi-tronçon rejoint le précédent.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="94" />
            <source>Width in metres of the corridor on each side of the border in which tracks, changes and incidents are counted.</source>
            <translation>Largeur en mètres du corridor de chaque côté de la frontière dans lequel pistes, changements et incidents sont comptés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>Corridor side</source>
            <translation>Côté du corridor</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="96" />
            <source>left</source>
            <translation>gauche</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="97" />
            <source>right</source>
            <translation>droite</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="98" />
            <source>Count both sides of the border or one side only; left/right as seen walking along the border in the digitised direction of its longest part.</source>
            <translation>Compter les deux côtés de la frontière ou un seul ; gauche/droite vus en marchant le long de la frontière dans le sens de numérisation de sa plus longue partie.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="104" />
            <source>Track lines (e.g. from Extract tracks: confidence 0–1, is_new 0/1); used for crossings and track density.</source>
            <translation>Lignes de pistes (p. ex. issues de « Extraire les pistes » : confidence 0–1, is_new 0/1) ; servent aux franchissements et à la densité.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="107" />
            <source>Change polygons (e.g. from Detect changes: change_class); area counted inside the corridor in m².</source>
            <translation>Polygones de changement (p. ex. issus de « Détecter les changements » : change_class) ; surface comptée dans le corridor en m².</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="110" />
            <source>Incident points with a date (e.g. from Import incidents).</source>
            <translation>Points d'incidents datés (p. ex. issus de « Importer des incidents »).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="112" />
            <source>Official border crossing points; segments far from them score higher on remoteness.</source>
            <translation>Points de passage officiels ; les tronçons qui en sont éloignés obtiennent un facteur d'éloignement plus élevé.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="114" />
            <source>Elevation model</source>
            <translation>Modèle d'élévation</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="115" />
            <source>Digital elevation model in metres (GeoTIFF); gentle slopes mean passable terrain.</source>
            <translation>Modèle numérique d'élévation en mètres (GeoTIFF) ; les pentes douces signifient un terrain praticable.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="120" />
            <source>Incident date field</source>
            <translation>Champ de date des incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="121" />
            <source>Field with the incident date (Date field, or text such as 2024-01-15, 15/01/2024 or '15 January 2024').</source>
            <translation>Champ de la date de l'incident (champ Date, ou texte tel que 2024-01-15, 15/01/2024 ou '15 January 2024').</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="123" />
            <source>Incident severity field</source>
            <translation>Champ de gravité des incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="125" />
            <source>Numeric severity multiplying each incident (empty values count 1). Leave empty to give every incident severity 1.</source>
            <translation>Gravité numérique qui multiplie chaque incident (valeurs vides = 1). Laissez vide pour donner la gravité 1 à tous les incidents.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="127" />
            <source>Incident type field</source>
            <translation>Champ de type des incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="128" />
            <source>Incident type, used for TYPE_WEIGHTS and to pick the violent incidents of the risk.</source>
            <translation>Type d'incident, utilisé pour TYPE_WEIGHTS et pour choisir les incidents violents du risque.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="132" />
            <source>Date from which incident ages are counted, as YYYY-MM-DD; empty = the latest incident date (today when there are none). Later incidents are ignored.</source>
            <translation>Date à partir de laquelle l'âge des incidents est compté, au format AAAA-MM-JJ ; vide = date du dernier incident (aujourd'hui s'il n'y en a pas). Les incidents postérieurs sont ignorés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="136" />
            <source>An incident counts half as much after this many days, a quarter after twice as many.</source>
            <translation>Un incident compte moitié moins après ce nombre de jours, un quart après le double.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="137" />
            <source>Long-run share of the incident factor</source>
            <translation>Part de long terme du facteur incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="139" />
            <source>0–1, no unit. In the incident factor each incident weighs this share plus (1 − share) × 0.5^(age / HALF_LIFE_DAYS): old incidents keep this share (the long-run rate), recent ones count fully. 0 = pure decay, 1 = plain count. incident_intensity stays the decayed sum.</source>
            <translation>0–1, sans unité. Dans le facteur incidents, chaque incident pèse cette part plus (1 − part) × 0.5^(âge / HALF_LIFE_DAYS) : les incidents anciens conservent cette part (le taux de long terme), les récents comptent pleinement. 0 = atténuation pure, 1 = simple comptage. incident_intensity reste la somme atténuée.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="146" />
            <source>Fit the weights to the incident history</source>
            <translation>Ajuster les poids à l'historique des incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="147" />
            <source>Learn the factor weights from the dated incidents (each half, split at the median date, fitted and checked on the other; at least 30 incidents in the corridors on two or more days). Off, or with too thin a history: WEIGHTS as given.</source>
            <translation>Apprend les poids des facteurs à partir des incidents datés (chaque moitié, coupée à la date médiane, ajustée et vérifiée sur l'autre ; au moins 30 incidents dans les corridors, sur deux jours ou plus). Désactivé, ou avec un historique trop mince : WEIGHTS tels que donnés.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="150" />
            <source>Factor weights</source>
            <translation>Poids des facteurs</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="151" />
            <source>Weight of each factor in the score as factor=weight, comma-separated (factors: crossings, tracks, changes, incidents, remoteness, terrain; unnamed keep their default). Used when FIT_WEIGHTS is off or the history is too thin to fit; a factor with weight 0 stays out of the score and of the fit. Default: {}.</source>
            <translation>Poids de chaque facteur dans le score sous la forme facteur=poids, séparés par des virgules (facteurs : crossings, tracks, changes, incidents, remoteness, terrain ; les autres gardent leur valeur par défaut). Utilisés quand FIT_WEIGHTS est désactivé ou que l'historique est trop mince pour l'ajustement ; un facteur de poids 0 reste hors du score et de l'ajustement. Par défaut : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="155" />
            <source>Incident type weights</source>
            <translation>Poids des types d'incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="156" />
            <source>Multipliers of the severity per incident type as type=weight (e.g. fuel_smuggling=2); other types count 1.</source>
            <translation>Multiplicateurs de la gravité par type d'incident sous la forme type=poids (p. ex. fuel_smuggling=2) ; les autres types comptent 1.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="158" />
            <source>Change class weights</source>
            <translation>Poids des classes de changement</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="160" />
            <source>Weight of the change area per change_class as class=weight. Default: {}.</source>
            <translation>Poids de la surface de changement par change_class sous la forme classe=poids. Par défaut : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="165" />
            <source>Weight of new tracks</source>
            <translation>Poids des nouvelles pistes</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="167" />
            <source>Tracks with is_new = 1 count this many times (crossings and density).</source>
            <translation>Les pistes avec is_new = 1 comptent autant de fois (franchissements et densité).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="168" />
            <source>Remoteness scale (m)</source>
            <translation>Échelle d'éloignement (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="170" />
            <source>Distance in metres along the border from an official crossing at which remoteness reaches 63 %.</source>
            <translation>Distance en mètres le long de la frontière depuis un point de passage officiel à laquelle l'éloignement atteint 63 %.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="172" />
            <source>Remote crossing boost</source>
            <translation>Renfort des franchissements isolés</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="174" />
            <source>Track crossings count (1 + this × remoteness) times, so informal crossings far from an official post weigh more (needs CROSSINGS; 0 = off).</source>
            <translation>Les franchissements par des pistes comptent (1 + cette valeur × éloignement) fois, de sorte que les passages informels loin d'un poste officiel pèsent davantage (nécessite CROSSINGS ; 0 = désactivé).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="176" />
            <source>Impassable slope (degrees)</source>
            <translation>Pente infranchissable (degrés)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="178" />
            <source>Slope in degrees at which terrain counts as impassable for vehicles.</source>
            <translation>Pente en degrés à partir de laquelle le terrain est infranchissable pour les véhicules.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="179" />
            <source>Smoothing along the border (m)</source>
            <translation>Lissage le long de la frontière (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="181" />
            <source>σ in metres of the Gaussian smoothing of the score along the border; 0 = none; empty = chosen from the incidents: 0, ½, 1 or 2 segment lengths, whichever lets the earlier half of the dated incidents best predict the later half (one segment length when fewer than 40 incidents lie in the corridors).</source>
            <translation>σ en mètres du lissage gaussien du score le long de la frontière ; 0 = aucun ; vide = choisi d'après les incidents : 0, ½, 1 ou 2 longueurs de tronçon, celle qui permet à la première moitié des incidents datés de mieux prédire la seconde (une longueur de tronçon quand moins de 40 incidents se trouvent dans les corridors).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="188" />
            <source>Hot-spot neighbourhood (m)</source>
            <translation>Voisinage des points chauds (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="190" />
            <source>Segments whose midpoints are within this many metres along the border are neighbours in the Gi* hot-spot statistic; empty = 5 segment lengths.</source>
            <translation>Les tronçons dont les milieux sont à moins de cette distance en mètres le long de la frontière sont voisins dans la statistique Gi* ; vide = 5 longueurs de tronçon.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="192" />
            <source>Violent incident types</source>
            <translation>Types d'incidents violents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="193" />
            <source>Comma-separated incident types that count in the personnel risk (case, spaces and underscores ignored).</source>
            <translation>Types d'incidents, séparés par des virgules, comptés dans le risque pour le personnel (casse, espaces et soulignés ignorés).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="195" />
            <source>Risk half-life (days)</source>
            <translation>Demi-vie du risque (jours)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="197" />
            <source>A violent incident weighs half as much in the risk after this many days.</source>
            <translation>Un incident violent pèse moitié moins dans le risque après ce nombre de jours.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="198" />
            <source>Risk distance (m)</source>
            <translation>Distance de risque (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="200" />
            <source>Violent incidents within this many metres of a segment raise its risk; empty = the corridor half-width.</source>
            <translation>Les incidents violents à moins de cette distance en mètres d'un tronçon augmentent son risque ; vide = demi-largeur du corridor.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="202" />
            <source>Severity for risk 50</source>
            <translation>Gravité pour un risque de 50</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="204" />
            <source>Sum of decayed severities that gives a risk of 50 (100 × (1 − 0.5^(R / this))).</source>
            <translation>Somme des gravités atténuées qui donne un risque de 50 (100 × (1 − 0.5^(R / cette valeur))).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="207" />
            <source>Output segment lines with factors, score, rank, priority, drivers, risk and hotspot_z.</source>
            <translation>Lignes des tronçons en sortie avec facteurs, score, rang, priorité, facteurs déterminants, risque et hotspot_z.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="208" />
            <source>Weight table</source>
            <translation>Table des poids</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="210" />
            <source>Optional CSV beside the segments: the weight of each factor, its share, its standard error when fitted, and why a factor is left out.</source>
            <translation>CSV facultatif à côté des tronçons : le poids de chaque facteur, sa part, son erreur type quand il est ajusté, et la raison pour laquelle un facteur est écarté.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="218" />
            <source>BORDER: choose the border line layer.</source>
            <translation>BORDER : choisissez la couche de la ligne frontière.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="223" />
            <source>INCIDENT_DATE_FIELD: name the date field of the incident layer.</source>
            <translation>INCIDENT_DATE_FIELD : indiquez le champ de date de la couche des incidents.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="229" />
            <source>Border {:.2f} km in {} part(s), measured in {}; {} segments.</source>
            <translation>Frontière de {:.2f} km en {} partie(s), mesurée en {} ; {} tronçons.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="231" />
            <source>Factors in the score: {}; reference date: {}.</source>
            <translation>Facteurs du score : {} ; date de référence : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="234" />
            <source>given as SMOOTHING_M</source>
            <translation>donné par SMOOTHING_M</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="234" />
            <source>chosen from the incidents</source>
            <translation>choisi d'après les incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="235" />
            <source>chosen with the weights fitted to the incidents</source>
            <translation>choisi avec les poids ajustés aux incidents</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="236" />
            <source>one segment length: too few dated incidents to choose</source>
            <translation>une longueur de tronçon : trop peu d'incidents datés pour choisir</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="237" />
            <source>Smoothing along the border: σ = {:.0f} m ({}).</source>
            <translation>Lissage le long de la frontière : σ = {:.0f} m ({}).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="240" />
            <source>Rank {}: segment {} (km {:.1f}–{:.1f}), score {:.1f}, {}, risk {:.0f}: {}</source>
            <translation>Rang {} : tronçon {} (km {:.1f}–{:.1f}), score {:.1f}, {}, risque {:.0f} : {}</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="289" />
            <source>Left out of the weight fit: {}.</source>
            <translation>Écartés de l'ajustement des poids : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="292" />
            <source>Weights fitted to the incident history ({} incidents before {} and {} from it, each part checked on the other; penalty {:g}, incident history share {:.0%}): {}. On the check, their log-likelihood of the checked incidents minus that of WEIGHTS is {:+.3f} per incident (positive: the fit predicted better; it is used either way).</source>
            <translation>Poids ajustés à l'historique des incidents ({} incidents avant le {} et {} à partir de cette date, chaque partie vérifiée sur l'autre ; pénalité {:g}, part de l'historique des incidents {:.0%}) : {}. Sur la vérification, leur log-vraisemblance des incidents vérifiés moins celle de WEIGHTS vaut {:+.3f} par incident (positive : l'ajustement a mieux prédit ; il est utilisé dans tous les cas).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/score_segments.py" line="301" />
            <source>WEIGHTS kept, not fitted: {}.</source>
            <translation>WEIGHTS conservés, non ajustés : {}.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="27" />
            <source>Generates a synthetic Sahel desert borderland for training and testing: a pair of 4-band images (blue, green, red, NIR; uint16 reflectance x 10000) of the same area at two dates, with dunes, wadis, rock and sparse vegetation, desert tracks from strong to faint (some new between the dates), real changes (compounds, pits, a cleared strip, vegetation loss) and nuisances that are not change (illumination difference, sub-pixel misregistration, a cloud with its shadow). Also writes the border, official crossings, dated incidents and the ground truth (truth_changes, truth_tracks) so a trainee can check the answers. The same seed always gives the same scene.</source>
            <translation>Génère une zone frontalière désertique sahélienne synthétique pour l'entraînement et les tests : une paire d'images à 4 bandes (bleu, vert, rouge, PIR ; réflectance uint16 x 10000) de la même zone à deux dates, avec dunes, oueds, roche et végétation clairsemée, des pistes du désert de nettes à faibles (certaines nouvelles entre les dates), de vrais changements (enceintes, fosses, une bande défrichée, perte de végétation) et des nuisances qui ne sont pas des changements (différence d'éclairement, décalage sub-pixel, un nuage et son ombre). Écrit aussi la frontière, les points de passage officiels, des incidents datés et la vérité terrain (truth_changes, truth_tracks) pour que le stagiaire vérifie ses réponses. La même graine donne toujours la même scène.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="37" />
            <source>before.tif, the earlier 4-band image.</source>
            <translation>before.tif, l'image antérieure à 4 bandes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="38" />
            <source>after.tif, the later 4-band image.</source>
            <translation>after.tif, l'image postérieure à 4 bandes.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="39" />
            <source>cloud_mask.tif, 1 where the after image has cloud or cloud shadow.</source>
            <translation>cloud_mask.tif, 1 là où l'image après contient un nuage ou son ombre.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="40" />
            <source>scene.gpkg with layers border, crossings, incidents, truth_changes, truth_tracks and truth_nuisances.</source>
            <translation>scene.gpkg avec les couches border, crossings, incidents, truth_changes, truth_tracks et truth_nuisances.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="42" />
            <source>scene.json: dates, radiometric and geometric nuisances, counts.</source>
            <translation>scene.json : dates, nuisances radiométriques et géométriques, effectifs.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="46" />
            <source>Random seed</source>
            <translation>Graine aléatoire</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="47" />
            <source>Seed of the generator; the same seed always gives the same scene.</source>
            <translation>Graine du générateur ; la même graine donne toujours la même scène.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="48" />
            <source>Scene size (pixels)</source>
            <translation>Taille de la scène (pixels)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="50" />
            <source>Width and height of the square scene in pixels (256–16384).</source>
            <translation>Largeur et hauteur de la scène carrée en pixels (256–16384).</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="51" />
            <source>Pixel size (m)</source>
            <translation>Taille du pixel (m)</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="53" />
            <source>Ground sampling distance in metres; the scene covers SIZE_PX × PIXEL_SIZE_M metres.</source>
            <translation>Résolution au sol en mètres ; la scène couvre SIZE_PX × PIXEL_SIZE_M mètres.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="55" />
            <source>Folder that receives before.tif, after.tif, cloud_mask.tif, scene.gpkg and scene.json.</source>
            <translation>Dossier qui reçoit before.tif, after.tif, cloud_mask.tif, scene.gpkg et scene.json.</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="59" />
            <source>Scene GeoPackage</source>
            <translation>GeoPackage de la scène</translation>
        </message>
        <message>
            <location filename="../../processing_algorithms/training_scene.py" line="60" />
            <source>Scene description</source>
            <translation>Description de la scène</translation>
        </message>
        <message>
            <source>Also find thin, faint straight changes (walls, fences, new tracks) from the evidence summed along 1-pixel lines of about this length in metres, in 8 orientations, after removing the measured shift (0 = off). 30 m found more walls and new tracks on the benchmark scenes, at a small cost in precision.</source>
            <translation type="vanished">Trouve aussi les changements fins, faibles et rectilignes (murs, clôtures, nouvelles pistes) d'après l'évidence sommée le long de lignes d'un pixel d'environ cette longueur en mètres, selon 8 orientations, après retrait du décalage mesuré (0 = désactivé). 30 m a trouvé plus de murs et de nouvelles pistes sur les scènes du banc d'essai, au prix d'une précision un peu plus faible.</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. It also finds faint new tracks: it is matched to INPUT (sub-pixel shift, sharpness, illumination) and the tracks that appear in the difference, where what both dates show cancels, are added. A faint track that faded between the dates on dunes can then come out as a new one. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">Image antérieure de la même zone ; les pistes qui en sont absentes reçoivent is_new = 1, et une ligne qui passe d'une ancienne piste à une nouvelle est coupée là où l'image antérieure cesse de la montrer. Elle aide aussi à trouver les pistes nouvelles et faibles : elle est ajustée à INPUT (décalage sous-pixel, netteté, éclairement) et les pistes qui apparaissent dans la différence, où ce que montrent les deux dates s'annule, sont ajoutées. Une piste faible effacée entre les deux dates sur des dunes peut alors sortir comme nouvelle. Rééchantillonnée sur la grille de INPUT si nécessaire.</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the track response on the analysis grid: 5.6 × probability (learned detector) or noise units (filters), as under SENSITIVITY.</source>
            <translation type="vanished">GeoTIFF Float32 de la réponse de piste sur la grille d'analyse : 5,6 × probabilité (détecteur appris) ou unités de bruit (filtres), comme sous SENSIBILITÉ.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); with FIT_WEIGHTS the weights are learned from your own dated incidents: a regularised Poisson model of the incidents per segment (exposure = segment length) is fitted to the earlier half of them and checked on the later half, which chooses the penalty, the share of the incident history and σ; with too few incidents (under 30, or all on one day) WEIGHTS are kept and the log says why; the fitted weights and their bootstrap standard errors are in the log and in OUTPUT_WEIGHTS; rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">Découpe la frontière en tronçons de longueur égale (mesurée en mètres dans une zone UTM locale quand la frontière est en degrés ; frontières en plusieurs parties et lacunes acceptées, une lacune compte dans le chaînage) et note chaque tronçon pour la priorité de patrouille à partir de facteurs expliqués, chacun entre 0 et 1 (colonnes f_*) : &lt;b&gt;crossings&lt;/b&gt; = pistes qui traversent le tronçon (pondérées par la confiance, nouvelles pistes × NEW_TRACK_WEIGHT) par km, × (1 + REMOTE_CROSSING_BOOST × remoteness) quand les points de passage officiels sont fournis ; &lt;b&gt;tracks&lt;/b&gt; = longueur de pistes dans le corridor par km² (mêmes poids) ; &lt;b&gt;changes&lt;/b&gt; = surface de changement dans le corridor par km², pondérée par classe de changement ; &lt;b&gt;incidents&lt;/b&gt; = Σ gravité × poids du type × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(âge / HALF_LIFE_DAYS)) par km (le taux de long terme combiné à l'intensité récente atténuée) ; &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance le long de la frontière au point de passage officiel le plus proche / REMOTENESS_SCALE_M) ; &lt;b&gt;terrain&lt;/b&gt; = praticabilité d'après la pente du MNE (1 − pente / MAX_SLOPE_DEG). Les facteurs intensifs sont divisés par le plus petit du 95e centile et de 5 × la médiane de leurs valeurs non nulles ramenés sur 0–0,5 jusqu'à cette échelle et comprimés dans 0,5–1 au-delà (les tronçons les plus chauds gardent leur ordre). score = 100 × (Σ poids × facteur / Σ poids des facteurs disposant de données), lissé le long de la frontière (gaussien, σ = SMOOTHING_M, choisi par défaut d'après les incidents) ; avec FIT_WEIGHTS les poids sont appris de vos propres incidents datés : un modèle de Poisson régularisé des incidents par tronçon (exposition = longueur du tronçon) est ajusté sur leur première moitié et vérifié sur la seconde, ce qui choisit la pénalité, la part de l'historique des incidents et σ ; avec trop peu d'incidents (moins de 30, ou tous le même jour) WEIGHTS est conservé et le journal dit pourquoi ; les poids ajustés et leurs erreurs types bootstrap figurent dans le journal et dans OUTPUT_WEIGHTS ; rank 1 = le plus élevé ; priority critical = 10 % des tronçons les mieux notés, high = 20 % suivants, medium = 30 % suivants, low = le reste (et tout score égal à 0) ; drivers nomme les deux facteurs qui contribuent le plus au score ; hotspot_z est le z-score Gi* de Getis-Ord du score non lissé (voisins à moins de HOTSPOT_DISTANCE_M le long de la frontière ; z &gt; 1.96 = point chaud significatif au seuil de 5 %). risk (0–100) est distinct et n'augmente jamais le score : R = Σ gravité × 0.5^(âge / RISK_HALF_LIFE_DAYS) sur les incidents violents à moins de RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Les valeurs brutes gardent leurs unités : n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. La géométrie de sortie est la ligne de chaque tronçon dans le SCR de la frontière.</translation>
        </message>
        <message>
            <source>Learn the factor weights from the dated incidents (earlier half fitted, later half checked; at least 30 incidents in the corridors on two or more days). Off, or with too thin a history: WEIGHTS as given.</source>
            <translation type="vanished">Apprend les poids des facteurs à partir des incidents datés (première moitié ajustée, seconde moitié vérifiée ; au moins 30 incidents dans les corridors, sur deux jours ou plus). Désactivé, ou avec un historique trop mince : WEIGHTS tels que donnés.</translation>
        </message>
        <message>
            <source>Weights fitted to the incident history ({} incidents before {} fitted, {} from it checked; penalty {:g}, incident history share {:.0%}): {}. On the check, their log-likelihood of the later incidents minus that of WEIGHTS is {:+.3f} per incident (positive: the fit predicted better; it is used either way).</source>
            <translation type="vanished">Poids ajustés à l'historique des incidents ({} incidents avant le {} ajustés, {} à partir de cette date vérifiés ; pénalité {:g}, part de l'historique des incidents {:.0%}) : {}. Sur la vérification, leur log-vraisemblance des incidents ultérieurs moins celle de WEIGHTS vaut {:+.3f} par incident (positive : l'ajustement a mieux prédit ; il est utilisé dans tous les cas).</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). Each run measures INPUT's texture (median relative contrast) against the training scenes' and says in the log whether INPUT lies outside that domain; on much coarser texture (towns, farmland) the network reads the contrast proportionally weaker, and still finds only part of the roads. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">appris : un petit U-Net entraîné sur des zones frontalières désertiques générées et sur des leurres dessinés (crêtes de dunes, bords d'oueds et de champs, affleurements, végétation) ; il y trouve plus de pistes avec moins de fausses lignes (voir le banc d'essai du README). Chaque exécution mesure la texture de INPUT (contraste relatif médian) par rapport à celle des scènes d'entraînement et indique dans le journal si INPUT sort de ce domaine ; sur une texture bien plus grossière (villes, zones agricoles), le réseau lit le contraste d'autant plus faiblement, et ne trouve encore qu'une partie des routes. filtres orientés : le détecteur de lignes construit à la main, avec suppression des champs de dunes, des bords et des taches ; pour recouper. Les deux fonctionnent hors ligne sur le processeur.</translation>
        </message>
        <message>
            <source>Detector: learned network, outside its training domain: INPUT's texture (median relative contrast {:.1f} %) is much coarser than that of the desert scenes it was trained on (about {:.1f} %), as in towns, farmland and very fine imagery. It read the image's contrast {:.1f} times weaker to match them; expect missed roads and some false lines (README benchmark on real images), and cross-check with DETECTOR = oriented filters.</source>
            <translation type="vanished">Détecteur : réseau appris, hors de son domaine d'entraînement : la texture de INPUT (contraste relatif médian {:.1f} %) est bien plus grossière que celle des scènes désertiques sur lesquelles il a été entraîné (environ {:.1f} %), comme en ville, en zone agricole et sur les images très fines. Il a lu le contraste de l'image {:.1f} fois plus faiblement pour s'y ramener ; attendez-vous à des routes manquées et à quelques fausses lignes (banc d'essai du README sur images réelles), et recoupez avec DETECTOR = filtres orientés.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark), but few of the roads in real images of farmland and suburbs, where the oriented filters find more. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; use it on imagery unlike a sandy or rocky desert, or to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">appris : un petit U-Net entraîné sur des zones frontalières désertiques générées et sur des leurres dessinés (crêtes de dunes, bords d'oueds et de champs, affleurements, végétation) ; il y trouve plus de pistes avec moins de fausses lignes (voir le banc d'essai du README), mais peu des routes de vraies images de zones agricoles et périurbaines, où les filtres orientés en trouvent davantage. filtres orientés : le détecteur de lignes construit à la main, avec suppression des champs de dunes, des bords et des taches ; à utiliser sur des images qui ne ressemblent pas à un désert de sable ou de roche, ou pour recouper. Les deux fonctionnent hors ligne sur le processeur.</translation>
        </message>
        <message>
            <source>Finds what changed between an earlier (BEFORE) and a later (AFTER) multispectral image of the same area — new compounds, cleared ground, pits, vegetation cut — while ignoring what is not change: a different illumination or sensor calibration, a sub-pixel misregistration, clouds given in MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignment.&lt;/b&gt; The analysis runs on BEFORE's pixel grid, restricted to the overlap of the two images. AFTER (any CRS, pixel size, extent) is resampled onto it: bilinear (no half-pixel jitter, no overshoot at sharp edges that would itself look like change), or average when AFTER is much finer; MASK with nearest. Nodata of both images, MASK and the outside of the AOI are left out of the statistics and come out as nodata.&lt;br&gt;&lt;br&gt;&lt;b&gt;Methods.&lt;/b&gt; &lt;i&gt;iMAD&lt;/i&gt; (default): iteratively re-weighted Multivariate Alteration Detection (Nielsen 2007) — canonical correlation between the dates, pixels re-weighted by their no-change probability until the canonical correlations move by less than 0.001 (at most 100 iterations); insensitive to any per-band gain and offset between the dates; the score is the chi-square statistic (degrees of freedom = bands), calibrated so that its median over the scene matches the chi-square median (texture and blur make unchanged pixels wider than chi-square); constant or duplicated bands are dropped with a warning; needs 2 bands or more. &lt;i&gt;CVA&lt;/i&gt;: length of the per-band difference vector after a robust per-band gain/offset normalisation of AFTER onto BEFORE (score in pixel units). &lt;i&gt;NDVI difference&lt;/i&gt;: |NDVI after − NDVI before| (vegetation changes only). &lt;i&gt;Brightness difference&lt;/i&gt;: |difference of the mean of the bands| in pixel units (bare soil, clearing, roofs, pits).&lt;br&gt;&lt;br&gt;&lt;b&gt;Threshold.&lt;/b&gt; iMAD: pixels whose statistic exceeds the chi-square quantile at SIGNIFICANCE. Other methods: the SIGNIFICANCE quantile of a robust model of the unchanged pixels' score (median and MAD of the no-change component), or Otsu's threshold (advanced). A pixel stays changed only if it cannot be explained by moving AFTER (or BEFORE) by up to one pixel along the 8 directions, i.e. by a sub-pixel misregistration or a sharper/blurrier sensor at an edge. Then a morphological opening (3×3 cross) and MIN_AREA_M2 remove speckle.&lt;br&gt;&lt;br&gt;&lt;b&gt;Change classes&lt;/b&gt; (change_class, from the mean spectral change of each polygon, AFTER normalised onto BEFORE): &lt;i&gt;vegetation_loss&lt;/i&gt; — NDVI drops by 0.08 or more from vegetation (NDVI ≥ 0.2 before); &lt;i&gt;vegetation_gain&lt;/i&gt; — NDVI rises by 0.08 or more to vegetation; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % brighter or more (structures, roofs, cleared ground, airstrips, new tracks); &lt;i&gt;darkening&lt;/i&gt; — 8 % darker or more (excavation, pits, burn scars, water, tarmac); &lt;i&gt;other&lt;/i&gt; — the rest (colour changes). Vegetation classes need the red and NIR bands among the compared bands.&lt;br&gt;&lt;br&gt;Large images are processed in one streaming pass of row blocks after the statistics are taken from a sample: memory does not grow with the image height.</source>
            <translation type="vanished">Trouve ce qui a changé entre une image multispectrale antérieure (BEFORE) et une image postérieure (AFTER) de la même zone — nouvelles enceintes, sol défriché, fosses, végétation coupée — en ignorant ce qui n'est pas un changement : un éclairement ou un étalonnage de capteur différent, un décalage sub-pixel, les nuages donnés dans MASK.&lt;br&gt;&lt;br&gt;&lt;b&gt;Alignement.&lt;/b&gt; L'analyse se fait sur la grille de pixels de BEFORE, limitée au recouvrement des deux images. AFTER (tout SCR, taille de pixel, emprise) y est rééchantillonnée : bilinéaire (pas de sautillement d'un demi-pixel, pas de dépassement aux bords francs qui ressemblerait lui-même à un changement), ou moyenne quand AFTER est beaucoup plus fine ; MASK au plus proche voisin. Les pixels sans donnée des deux images, MASK et l'extérieur de l'AOI sont exclus des statistiques et sortent sans donnée.&lt;br&gt;&lt;br&gt;&lt;b&gt;Méthodes.&lt;/b&gt; &lt;i&gt;iMAD&lt;/i&gt; (par défaut) : détection multivariée des altérations repondérée itérativement (Nielsen 2007) — corrélation canonique entre les dates, pixels repondérés par leur probabilité de non-changement jusqu'à ce que les corrélations canoniques varient de moins de 0,001 (au plus 100 itérations) ; insensible à tout gain et décalage par bande entre les dates ; le score est la statistique du khi-deux (degrés de liberté = bandes), calibrée pour que sa médiane sur la scène égale la médiane du khi-deux (texture et flou élargissent la distribution des pixels inchangés) ; les bandes constantes ou dupliquées sont écartées avec un avertissement ; nécessite au moins 2 bandes. &lt;i&gt;CVA&lt;/i&gt; : norme du vecteur des différences par bande après une normalisation robuste gain/décalage par bande de AFTER sur BEFORE (score en unités des pixels). &lt;i&gt;Différence de NDVI&lt;/i&gt; : |NDVI après − NDVI avant| (changements de végétation seulement). &lt;i&gt;Différence de luminosité&lt;/i&gt; : |différence de la moyenne des bandes| en unités des pixels (sol nu, défrichement, toits, fosses).&lt;br&gt;&lt;br&gt;&lt;b&gt;Seuil.&lt;/b&gt; iMAD : pixels dont la statistique dépasse le quantile du khi-deux à SIGNIFICANCE. Autres méthodes : le quantile SIGNIFICANCE d'un modèle robuste du score des pixels inchangés (médiane et MAD de la composante de non-changement), ou le seuil d'Otsu (avancé). Un pixel ne reste changé que s'il ne peut pas s'expliquer en déplaçant AFTER (ou BEFORE) d'au plus un pixel dans les 8 directions, c.-à-d. par un décalage sub-pixel ou un capteur plus net/plus flou sur un bord. Ensuite une ouverture morphologique (croix 3×3) et MIN_AREA_M2 éliminent le bruit.&lt;br&gt;&lt;br&gt;&lt;b&gt;Classes de changement&lt;/b&gt; (change_class, d'après le changement spectral moyen de chaque polygone, AFTER normalisée sur BEFORE) : &lt;i&gt;vegetation_loss&lt;/i&gt; — le NDVI baisse de 0,08 ou plus depuis de la végétation (NDVI ≥ 0,2 avant) ; &lt;i&gt;vegetation_gain&lt;/i&gt; — le NDVI monte de 0,08 ou plus jusqu'à de la végétation ; &lt;i&gt;new_bright_surface&lt;/i&gt; — 8 % plus clair ou plus (constructions, toits, sol défriché, pistes d'atterrissage, nouvelles pistes) ; &lt;i&gt;darkening&lt;/i&gt; — 8 % plus sombre ou plus (excavations, fosses, brûlis, eau, bitume) ; &lt;i&gt;other&lt;/i&gt; — le reste (changements de couleur). Les classes de végétation nécessitent les bandes rouge et PIR parmi les bandes comparées.&lt;br&gt;&lt;br&gt;Les grandes images sont traitées en une seule passe par blocs de lignes après estimation des statistiques sur un échantillon : la mémoire ne croît pas avec la hauteur de l'image.</translation>
        </message>
        <message>
            <source>iMAD: chi-square statistic, insensitive to gain/offset differences (recommended, 2+ bands). CVA: spectral difference magnitude. NDVI: vegetation changes. Brightness: bare soil / bright or dark surfaces.</source>
            <translation type="vanished">iMAD : statistique du khi-deux, insensible aux différences de gain/décalage (recommandé, 2 bandes ou plus). CVA : norme de la différence spectrale. NDVI : changements de végétation. Luminosité : sol nu / surfaces claires ou sombres.</translation>
        </message>
        <message>
            <source>Probability of change required to mark a pixel changed (0.5–0.999999); higher = fewer, surer changes.</source>
            <translation type="vanished">Probabilité de changement requise pour marquer un pixel comme changé (0,5–0,999999) ; plus élevée = moins de changements, plus sûrs.</translation>
        </message>
        <message>
            <source>Changes smaller than this area in square metres are dropped (areas are true m² also for images in a geographic CRS).</source>
            <translation type="vanished">Les changements plus petits que cette surface en mètres carrés sont écartés (surfaces en vrais m² même pour les images en SCR géographique).</translation>
        </message>
        <message>
            <source>Largest shift, in pixels, between the dates that is not counted as change (0 = compare pixel to pixel).</source>
            <translation type="vanished">Plus grand décalage, en pixels, entre les dates qui n'est pas compté comme changement (0 = comparaison pixel à pixel).</translation>
        </message>
        <message>
            <source>Threshold (CVA, NDVI, brightness)</source>
            <translation type="vanished">Seuil (CVA, NDVI, luminosité)</translation>
        </message>
        <message>
            <source>How CVA, NDVI and brightness scores are thresholded: the SIGNIFICANCE quantile of the unchanged pixels' score (robust median/MAD model), or Otsu's threshold of the score histogram (never below the first). iMAD always uses the chi-square quantile.</source>
            <translation type="vanished">Seuillage des scores CVA, NDVI et luminosité : le quantile SIGNIFICANCE du score des pixels inchangés (modèle robuste médiane/MAD), ou le seuil d'Otsu de l'histogramme du score (jamais en dessous du premier). iMAD utilise toujours le quantile du khi-deux.</translation>
        </message>
        <message>
            <source>{} change(s), {} changed pixel(s) of {} valid; threshold {:.4g}.</source>
            <translation type="vanished">{} changement(s), {} pixel(s) changé(s) sur {} valides ; seuil {:.4g}.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values, mapped onto 0–0.5 up to that scale and compressed into 0.5–1 above it (the hottest segments keep their order). score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M, by default chosen from the incidents); rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">Découpe la frontière en tronçons de longueur égale (mesurée en mètres dans une zone UTM locale quand la frontière est en degrés ; frontières en plusieurs parties et lacunes acceptées, une lacune compte dans le chaînage) et note chaque tronçon pour la priorité de patrouille à partir de facteurs expliqués, chacun entre 0 et 1 (colonnes f_*) : &lt;b&gt;crossings&lt;/b&gt; = pistes qui traversent le tronçon (pondérées par la confiance, nouvelles pistes × NEW_TRACK_WEIGHT) par km, × (1 + REMOTE_CROSSING_BOOST × remoteness) quand les points de passage officiels sont fournis ; &lt;b&gt;tracks&lt;/b&gt; = longueur de pistes dans le corridor par km² (mêmes poids) ; &lt;b&gt;changes&lt;/b&gt; = surface de changement dans le corridor par km², pondérée par classe de changement ; &lt;b&gt;incidents&lt;/b&gt; = Σ gravité × poids du type × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(âge / HALF_LIFE_DAYS)) par km (le taux de long terme combiné à l'intensité récente atténuée) ; &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance le long de la frontière au point de passage officiel le plus proche / REMOTENESS_SCALE_M) ; &lt;b&gt;terrain&lt;/b&gt; = praticabilité d'après la pente du MNE (1 − pente / MAX_SLOPE_DEG). Les facteurs intensifs sont divisés par le plus petit du 95e centile et de 5 × la médiane de leurs valeurs non nulles ramenés sur 0–0,5 jusqu'à cette échelle et comprimés dans 0,5–1 au-delà (les tronçons les plus chauds gardent leur ordre). score = 100 × (Σ poids × facteur / Σ poids des facteurs disposant de données), lissé le long de la frontière (gaussien, σ = SMOOTHING_M, choisi par défaut d'après les incidents) ; rank 1 = le plus élevé ; priority critical = 10 % des tronçons les mieux notés, high = 20 % suivants, medium = 30 % suivants, low = le reste (et tout score égal à 0) ; drivers nomme les deux facteurs qui contribuent le plus au score ; hotspot_z est le z-score Gi* de Getis-Ord du score non lissé (voisins à moins de HOTSPOT_DISTANCE_M le long de la frontière ; z &gt; 1.96 = point chaud significatif au seuil de 5 %). risk (0–100) est distinct et n'augmente jamais le score : R = Σ gravité × 0.5^(âge / RISK_HALF_LIFE_DAYS) sur les incidents violents à moins de RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Les valeurs brutes gardent leurs unités : n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. La géométrie de sortie est la ligne de chaque tronçon dans le SCR de la frontière.</translation>
        </message>
        <message>
            <source>Weight of each factor in the score as factor=weight, comma-separated (factors: crossings, tracks, changes, incidents, remoteness, terrain; unnamed keep their default). Default: {}.</source>
            <translation type="vanished">Poids de chaque facteur dans le score sous la forme facteur=poids, séparés par des virgules (facteurs : crossings, tracks, changes, incidents, remoteness, terrain ; les autres gardent leur valeur par défaut). Par défaut : {}.</translation>
        </message>
        <message>
            <source>Length of the border segments in metres.</source>
            <translation type="vanished">Longueur des tronçons de frontière, en mètres.</translation>
        </message>
        <message>
            <source>How far along the border, in metres each way, one team covers from its post.</source>
            <translation type="vanished">Distance le long de la frontière, en mètres de chaque côté, couverte par une équipe depuis son poste.</translation>
        </message>
        <message>
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. A small neural network shipped with the plugin (run on the processor, no download) or, on request, oriented line filters with dune-field, edge and blob suppression give a track response; it is thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (each date's response is computed from its own relative contrast, so a different illumination does not matter).</source>
            <translation type="vanished">Trouve les pistes de véhicules — lignes fines, sinueuses, souvent peu visibles, plus claires (croûte perturbée) ou plus sombres que le désert alentour — et les renvoie sous forme de lignes connexes avec une confiance. Un petit réseau de neurones livré avec l'extension (exécuté sur le processeur, sans téléchargement) ou, sur demande, des filtres de lignes orientés avec suppression des champs de dunes, des bords et des taches donnent une réponse de piste ; elle est seuillée par hystérésis, amincie, transformée en graphe dont les courtes branches sont élaguées et dont les courtes interruptions sous le sable sont comblées, puis simplifiée. Les grandes images sont traitées en tuiles chevauchantes ; les lignes qui traversent les bords de tuiles sortent entières. Avec une image AVANT, les pistes qu'AVANT ne montre pas sont marquées nouvelles (la réponse de chaque date est calculée à partir de son propre contraste relatif : un éclairage différent ne change rien).</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1, and a line that runs on from an old track onto a new one is cut where the earlier image stops showing it. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">Image antérieure de la même zone ; les pistes qui en sont absentes reçoivent is_new = 1, et une ligne qui passe d'une ancienne piste à une nouvelle est coupée là où l'image antérieure cesse de la montrer. Rééchantillonnée sur la grille de INPUT si nécessaire.</translation>
        </message>
        <message>
            <source>Earlier image of the same area; tracks absent from it get is_new = 1. Resampled onto INPUT's grid when needed.</source>
            <translation type="vanished">Image antérieure de la même zone ; les pistes qui en sont absentes reçoivent is_new = 1. Rééchantillonnée sur la grille de INPUT si nécessaire.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark), but found nothing on real road images of farmland and suburbs. oriented filters: the hand-built line detector with dune-field, edge and blob suppression; use it on imagery unlike a sandy or rocky desert, or to cross-check. Both run offline on the processor.</source>
            <translation type="vanished">appris : un petit U-Net entraîné sur des zones frontalières désertiques générées et sur des leurres dessinés (crêtes de dunes, bords d'oueds et de champs, affleurements, végétation) ; il y trouve plus de pistes avec moins de fausses lignes (voir le banc d'essai du README), mais n'a rien trouvé sur de vraies images de routes en zone agricole et périurbaine. filtres orientés : le détecteur de lignes construit à la main, avec suppression des champs de dunes, des bords et des taches ; à utiliser sur des images qui ne ressemblent pas à un désert de sable ou de roche, ou pour recouper. Les deux fonctionnent hors ligne sur le processeur.</translation>
        </message>
        <message>
            <source>learned: a small U-Net trained on generated desert borderlands and on drawn look-alikes (dune crests, wadi and field edges, outcrops, vegetation); finds more tracks with fewer false lines there (see the README's benchmark). oriented filters: the hand-built line detector with dune-field, edge and blob suppression; try it on imagery unlike a sandy or rocky desert. Both run offline on the processor.</source>
            <translation type="vanished">appris : un petit U-Net entraîné sur des zones frontalières désertiques générées et sur des leurres dessinés (crêtes de dunes, bords d'oueds et de champs, affleurements, végétation) ; il y trouve plus de pistes avec moins de fausses lignes (voir le banc d'essai du README). filtres orientés : le détecteur de lignes construit à la main, avec suppression des champs de dunes, des bords et des taches ; à essayer sur des images qui ne ressemblent pas à un désert de sable ou de roche. Les deux fonctionnent hors ligne sur le processeur.</translation>
        </message>
        <message>
            <source>Finds vehicle tracks — thin, curving, often faint lines brighter (disturbed crust) or darker than the desert around them — and returns them as connected lines with a confidence. An oriented line detector with symmetric flanks (edges of wadis and fields are not lines), continuity (vegetation clumps are not lines) and a periodicity test (regular dune crests are not tracks) is normalised by the local noise, thresholded with hysteresis, thinned, turned into a graph whose short spurs are pruned and whose short sand-covered gaps are bridged, then simplified. Large images are processed in overlapping tiles; lines crossing tile borders come out whole. With a BEFORE image, tracks that BEFORE does not show are flagged new (the comparison uses the noise-normalised response, so a different illumination does not matter).</source>
            <translation type="vanished">Trouve les pistes de véhicules — des lignes fines, courbes, souvent faibles, plus claires (croûte perturbée) ou plus sombres que le désert alentour — et les renvoie comme des lignes connectées avec une confiance. Un détecteur de lignes orienté à flancs symétriques (les bords d'oueds et de champs ne sont pas des lignes), un critère de continuité (les touffes de végétation ne sont pas des lignes) et un test de périodicité (les crêtes de dunes régulières ne sont pas des pistes) sont normalisés par le bruit local, seuillés par hystérésis, amincis, transformés en graphe dont les courtes ramifications sont élaguées et les courtes lacunes ensablées comblées, puis simplifiés. Les grandes images sont traitées par tuiles qui se chevauchent ; les lignes qui traversent les bords de tuiles sortent entières. Avec une image BEFORE, les pistes que BEFORE ne montre pas sont marquées nouvelles (la comparaison utilise la réponse normalisée par le bruit, donc un éclairement différent n'a pas d'importance).</translation>
        </message>
        <message>
            <source>0 = only clear tracks, 1 = faint ones too (more false lines). Hysteresis thresholds in noise units: high = 1.6 + 2.4 × (1 − S), low = 0.55 × high; one noise unit is the response exceeded by 1 % of the pixels of pure noise.</source>
            <translation type="vanished">0 = seulement les pistes nettes, 1 = aussi les faibles (plus de fausses lignes). Seuils d'hystérésis en unités de bruit : haut = 1.6 + 2.4 × (1 − S), bas = 0.55 × haut ; une unité de bruit est la réponse dépassée par 1 % des pixels de bruit pur.</translation>
        </message>
        <message>
            <source>Line layer (GeoPackage) in INPUT's CRS with length_m (metres), confidence (0–1, from response strength and continuity), mean_response (noise units), is_new (0/1), azimuth_deg (0–180, clockwise from north) and sinuosity (length / straight distance).</source>
            <translation type="vanished">Couche de lignes (GeoPackage) dans le SCR de INPUT avec length_m (mètres), confidence (0–1, d'après la force de la réponse et la continuité), mean_response (unités de bruit), is_new (0/1), azimuth_deg (0–180, sens horaire depuis le nord) et sinuosity (longueur / distance en ligne droite).</translation>
        </message>
        <message>
            <source>Ridge response</source>
            <translation type="vanished">Réponse de crête</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the ridge response in noise units (1 = exceeded by 1 % of pure-noise pixels), on the analysis grid.</source>
            <translation type="vanished">GeoTIFF Float32 de la réponse de crête en unités de bruit (1 = dépassée par 1 % des pixels de bruit pur), sur la grille d'analyse.</translation>
        </message>
        <message>
            <source>track_response.tif, ridge response of the track filter.</source>
            <translation type="vanished">track_response.tif, réponse de crête du filtre de pistes.</translation>
        </message>
        <message>
            <source>Cuts the border into segments of equal length (measured in metres in a local UTM zone when the border is in degrees; multi-part borders and gaps are fine, a gap counts in the chainage) and scores each segment for patrol priority from explained factors, each 0–1 (f_* columns): &lt;b&gt;crossings&lt;/b&gt; = tracks crossing the segment (weighted by confidence, new tracks × NEW_TRACK_WEIGHT) per km, × (1 + REMOTE_CROSSING_BOOST × remoteness) when official crossings are given; &lt;b&gt;tracks&lt;/b&gt; = track length in the corridor per km² (same weights); &lt;b&gt;changes&lt;/b&gt; = change area in the corridor per km², weighted by change class; &lt;b&gt;incidents&lt;/b&gt; = Σ severity × type weight × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(age / HALF_LIFE_DAYS)) per km (the long-run rate blended with the decayed recent intensity); &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance along the border to the nearest official crossing / REMOTENESS_SCALE_M); &lt;b&gt;terrain&lt;/b&gt; = passability from the DEM slope (1 − slope / MAX_SLOPE_DEG). Intensive factors are divided by the smaller of the 95th percentile and 5 × the median of their non-zero values and capped at 1. score = 100 × (Σ weight × factor / Σ weight over factors with data), smoothed along the border (Gaussian, σ = SMOOTHING_M); rank 1 = highest; priority critical = top 10 % of segments, high = next 20 %, medium = next 30 %, low = rest (and every score 0); drivers names the two factors that add most to the score; hotspot_z is the Getis-Ord Gi* z-score of the unsmoothed score (neighbours within HOTSPOT_DISTANCE_M along the border; z &gt; 1.96 is a significant hot spot at 5 %). risk (0–100) is separate and never raises the score: R = Σ severity × 0.5^(age / RISK_HALF_LIFE_DAYS) over violent incidents within RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Raw values keep their units: n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. Output geometry is each segment line in the border's CRS.</source>
            <translation type="vanished">Découpe la frontière en tronçons de longueur égale (mesurée en mètres dans une zone UTM locale quand la frontière est en degrés ; frontières en plusieurs parties et lacunes acceptées, une lacune compte dans le chaînage) et note chaque tronçon pour la priorité de patrouille à partir de facteurs expliqués, chacun entre 0 et 1 (colonnes f_*) : &lt;b&gt;crossings&lt;/b&gt; = pistes qui traversent le tronçon (pondérées par la confiance, nouvelles pistes × NEW_TRACK_WEIGHT) par km, × (1 + REMOTE_CROSSING_BOOST × remoteness) quand les points de passage officiels sont fournis ; &lt;b&gt;tracks&lt;/b&gt; = longueur de pistes dans le corridor par km² (mêmes poids) ; &lt;b&gt;changes&lt;/b&gt; = surface de changement dans le corridor par km², pondérée par classe de changement ; &lt;b&gt;incidents&lt;/b&gt; = Σ gravité × poids du type × (LONG_RUN_SHARE + (1 − LONG_RUN_SHARE) × 0.5^(âge / HALF_LIFE_DAYS)) par km (le taux de long terme combiné à l'intensité récente atténuée) ; &lt;b&gt;remoteness&lt;/b&gt; = 1 − exp(−distance le long de la frontière au point de passage officiel le plus proche / REMOTENESS_SCALE_M) ; &lt;b&gt;terrain&lt;/b&gt; = praticabilité d'après la pente du MNE (1 − pente / MAX_SLOPE_DEG). Les facteurs intensifs sont divisés par le plus petit du 95e centile et de 5 × la médiane de leurs valeurs non nulles et plafonnés à 1. score = 100 × (Σ poids × facteur / Σ poids des facteurs disposant de données), lissé le long de la frontière (gaussien, σ = SMOOTHING_M) ; rank 1 = le plus élevé ; priority critical = 10 % des tronçons les mieux notés, high = 20 % suivants, medium = 30 % suivants, low = le reste (et tout score égal à 0) ; drivers nomme les deux facteurs qui contribuent le plus au score ; hotspot_z est le z-score Gi* de Getis-Ord du score non lissé (voisins à moins de HOTSPOT_DISTANCE_M le long de la frontière ; z &gt; 1.96 = point chaud significatif au seuil de 5 %). risk (0–100) est distinct et n'augmente jamais le score : R = Σ gravité × 0.5^(âge / RISK_HALF_LIFE_DAYS) sur les incidents violents à moins de RISK_DISTANCE_M, risk = 100 × (1 − 0.5^(R / RISK_HALF_SEVERITY)). Les valeurs brutes gardent leurs unités : n_track_crossings, track_km_per_km2, new_track_km, change_area_m2, n_incidents, incident_intensity, km_to_crossing, mean_slope_deg, n_violent_incidents. La géométrie de sortie est la ligne de chaque tronçon dans le SCR de la frontière.</translation>
        </message>
        <message>
            <source>Typical width of the tracks in metres (0.5 to 50 pixels). Tracks up to about twice this width are found too.</source>
            <translation type="vanished">Largeur typique des pistes en mètres (0,5 à 50 pixels). Les pistes jusqu'à environ deux fois cette largeur sont aussi trouvées.</translation>
        </message>
        <message>
            <source>Side of the tiles, in pixels, in which large images are processed (memory grows with its square).</source>
            <translation type="vanished">Côté des tuiles, en pixels, dans lesquelles les grandes images sont traitées (la mémoire croît avec son carré).</translation>
        </message>
        <message>
            <source>Float32 GeoTIFF of the ridge response in noise units (1 = exceeded by 1 % of pure-noise pixels).</source>
            <translation type="vanished">GeoTIFF Float32 de la réponse de crête en unités de bruit (1 = dépassée par 1 % des pixels de bruit pur).</translation>
        </message>
        <message>
            <source>σ in metres of the Gaussian smoothing of the score along the border; empty = one segment length, 0 = none.</source>
            <translation type="vanished">σ en mètres du lissage gaussien du score le long de la frontière ; vide = une longueur de tronçon, 0 = aucun.</translation>
        </message>
    </context>
</TS>
