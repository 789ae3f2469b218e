# -*- coding: utf-8 -*-
"""Positive templates, part 1: sign-out, EMS, trauma, poison centre, DPJ, coroner, police,
lab call-backs, discharge summaries, pharmacy, patient mail, quoted history."""
import datetime

from gen_common import ORG, date_fr, date_en, dob_fmt, strip_accents
from gen_clin import SIGNOUT_FR, SIGNOUT_EN, TOX_FR, TOX_EN, TRAUMA_FR, TRAUMA_EN, DX_FR, MEDS_FR
from gen_text import body, quote, table_text, signature, forward_block


def R(spec, types, note, cat, lang):
    spec["lang"] = lang
    return dict(spec=spec, types=sorted(set(types)), note=note, cat=cat, lang=lang)


def S(staff, org="hop"):
    return (staff.display, staff.email(org))


def box(org, local, label):
    return (label, f"{local}@{ORG[org][1]}")


# ---------------------------------------------------------------------------
def p_signout(g, v):
    md1, md2 = g.staff("fr", "MD"), g.staff("fr", "MD")
    dt = g.msg_datetime()
    zone = g.choice(["A", "B", "C", "ambulatoire"])
    if v < 2:
        items = g.sample(SIGNOUT_FR, g.randint(5, 7))
        pats = [g.person(25, 92) for _ in items]
        rows = []
        beds = g.sample(range(1, 31), len(items))
        for i, (it, p) in enumerate(zip(items, pats)):
            nm = p.name_variant(g.rng, ["upper_last", "last_first", "full", "title"])
            rows.append([str(beds[i]), nm, f"{p.age(dt.date())}{p.sex}", it[0], it[1], it[2]])
        hdr = ["Civ.", "Patient", "Âge", "Problème", "En attente", "Plan"]
        txt = table_text(hdr, rows)
        intro = g.choice([f"Voici la liste pour le changement de garde de {dt:%H}h, zone {zone}.",
                          f"Liste de départ zone {zone} – je quitte à {dt.hour + 1}h, tout est à jour dans le dossier.",
                          f"Sign-out zone {zone}. Les autres patients sont en attente de lit, rien à faire."])
        paras = [intro, txt if v == 0 else "[[TABLE]]",
                 g.choice(["Attention au 2e patient, famille très présente.", "Appelle-moi si problème, je suis sur mon cell.",
                           "La civière 12 attend son lit en cardio depuis hier soir."])]
        b = body(g, "fr", md2, paras, md1)
        spec = dict(**{"from": S(md1), "to": [S(md2)]}, subject=f"Liste de garde zone {zone} – {dt:%d/%m} {dt:%H}h",
                    body=b.replace("[[TABLE]]", txt), date=dt)
        if v == 1:
            spec["html_table"] = (hdr, rows)
            spec["body"] = b
            spec["transport"] = {"form": g.choice(["html", "alt"])}
            spec["body"] = b.replace("[[TABLE]]", txt)
            spec["html"] = None
            from gen_text import to_html
            spec["html"] = to_html(b, g, (hdr, rows))
        return R(spec, ["patient_name", "diagnosis", "lab_result", "medication"],
                 "ED sign-out list: beds, names, problems, pending labs" + (" (HTML table)" if v else ""), "signout", "fr")
    # v2: XLSX with NAMs and chart numbers
    pats = [g.nam_person(20, 100) for _ in range(4)] + [g.person(20, 90) for _ in range(2)]
    g.rng.shuffle(pats)
    items = g.sample(SIGNOUT_FR, len(pats))
    rows = [["Civière", "Nom", "Prénom", "NAM", "No dossier", "DDN", "Problème", "Résultats", "Plan"]]
    for p, it in zip(pats, items):
        rows.append([f"C-{g.randint(1, 28)}", p.surname.upper(), p.given, p.nam or "", g.mrn(),
                     p.dob.isoformat(), it[0], it[1], it[2]])
    fn = f"liste_garde_zone{zone}_{dt:%Y-%m-%d}_{dt:%H}h.xlsx"
    b = body(g, "fr", None, [g.choice(["Ci-joint la liste de la nuit.", "Liste de transfert en pièce jointe (onglet Zone " + zone + ").",
                                       "Voir fichier joint pour le départ de 8h, les 2 derniers sont des admissions médecine."])], md1)
    spec = {"from": S(md1), "to": [S(md2), box("hop", "urgence.zone" + zone[0].lower(), "Urgence zone " + zone)],
            "subject": g.choice(["Liste de garde", "Départ de garde", "Transfert de garde"]) + f" {dt:%d-%m}", "body": b, "date": dt,
            "attachments": [{"kind": "xlsx", "filename": fn, "sheets": [("Zone " + zone, rows)], "author": md1.full}]}
    return R(spec, ["patient_name", "ramq_nam", "mrn", "date_of_birth", "diagnosis", "lab_result", "medication"],
             "ED sign-out spreadsheet with NAM, chart no., DOB and problems", "signout_xlsx", "fr")


def p_ambulance_report(g, v):
    en = v == 2
    p = g.nam_person(30, 95)
    dt = g.msg_datetime()
    call = g.event_no()
    coord = g.staff("fr", "préhosp") if not en else g.staff("en", "Paramedic")
    arch = g.staff("fr", "archiv") if not en else g.staff("en", "Records")
    addr = g.address()
    scen = g.choice([
        ("Surdose opioïdes", "Naloxone 0,4 mg IM x 2, ventilation BVM", "Glycémie capillaire 5,8 mmol/L", "FR 6/min, SpO2 78 %, pupilles myosis"),
        ("Hypoglycémie sévère", "Glucagon 1 mg IM, D50 25 g IV", "Glycémie capillaire 1,9 mmol/L", "GCS 9, diaphorèse"),
        ("Douleur thoracique – STEMI inférieur", "AAS 320 mg, nitro 0,4 mg SL x 2", "ECG 12D : sus-ST DII, DIII, aVF", "TA 104/66, FC 52"),
        ("Chute à domicile, fracture hanche suspectée", "Fentanyl 50 µg IN", "Glycémie 6,4 mmol/L", "Rotation externe jambe D"),
    ])
    if en:
        scen = g.choice([
            ("Opioid overdose", "Naloxone 0.4 mg IM x2, BVM ventilation", "Capillary glucose 6.1 mmol/L", "RR 4/min, SpO2 72 %"),
            ("Anaphylaxis (peanut)", "Epinephrine 0.5 mg IM x2, diphenhydramine 50 mg IV", "Capillary glucose 7.2", "BP 82/50, urticaria"),
        ])
        blocks = [("kv", [("Incident #", call), ("Date", dt.date().isoformat()), ("Unit", f"{g.randint(1, 9)}{g.randint(100, 999)}"),
                          ("Pick-up address", addr), ("Patient", f"{p.surname.upper()}, {p.given}"),
                          ("DOB / Sex", f"{p.dob.isoformat()} / {p.sex}"), ("Health card (RAMQ)", p.nam_variant("card")),
                          ("Chief complaint", scen[0])]),
                  ("h", "Assessment"), ("p", scen[3] + ". " + scen[2] + "."),
                  ("h", "Interventions"), ("p", scen[1] + ". Transported code 1 to Hôpital Saint-Aubin."),
                  ("small", "Patient Care Report – copy for receiving facility")]
        title = "Patient Care Report (PCR)"
        paras = [f"As requested by your ED quality team, please find attached the PCR for incident {call}.",
                 "Let us know if the signature page is missing."]
        subj = f"PCR incident {call}"
    else:
        blocks = [("kv", [("No d'intervention", call), ("Date", date_fr(dt.date())), ("Véhicule", f"{g.randint(1, 9)}{g.randint(100, 999)}"),
                          ("Lieu d'intervention", addr), ("Nom, prénom", f"{p.surname.upper()}, {p.given}"),
                          ("Date de naissance", p.dob.isoformat()), ("Sexe", p.sex), ("NAM", p.nam_variant(g.choice(["card", "plain"]))),
                          ("Raison de l'appel", scen[0])]),
                  ("h", "Évaluation clinique"), ("p", scen[3] + ". " + scen[2] + "."),
                  ("h", "Interventions et médication"), ("p", scen[1] + ". Transport vers Hôpital Saint-Aubin, priorité 1."),
                  ("small", "Rapport d'intervention préhospitalière – copie centre receveur")]
        title = "Rapport d'intervention préhospitalière (RIP)"
        paras = [g.choice([f"Tel que demandé par l'AIC de l'urgence, voici le RIP de l'intervention {call}.",
                           f"Vous trouverez ci-joint la copie du RIP ({call}) pour compléter votre dossier.",
                           f"Suite à votre appel, le RIP de l'intervention no {call} est joint."]),
                  "La copie papier a été laissée au triage mais semble avoir été égarée."]
        subj = g.choice([f"RIP {call}", f"Copie RIP – intervention {call}", f"TR: RIP {call} manquant au dossier"])
    b = body(g, "en" if en else "fr", arch, paras, coord, "amb")
    spec = {"from": S(coord, "amb"), "to": [S(arch)], "subject": subj, "body": b, "date": dt,
            "attachments": [{"kind": "pdf", "filename": f"{'PCR' if en else 'RIP'}_{call}.pdf", "title": title,
                             "blocks": blocks, "author": ORG["amb"][0], "compress": g.chance(0.6)}]}
    return R(spec, ["patient_name", "ramq_nam", "date_of_birth", "patient_contact", "diagnosis", "medication", "lab_result"],
             "Ambulance run report PDF (name, NAM, DOB, pick-up address, treatment)", "ambulance_report", "en" if en else "fr")


def p_trauma_transfer(g, v):
    en = v == 2
    p = g.nam_person(18, 80)
    dt = g.msg_datetime()
    md = g.staff("en" if en else "fr", "MD")
    if en:
        mech, inj, labs, tx = g.choice(TRAUMA_EN)
        paras = [f"Requesting transfer to your trauma centre for {p.title_en} {p.given} {p.surname}, {p.age(dt.date())} y.o., "
                 f"RAMQ {p.nam_variant('card')}.",
                 f"Mechanism: {mech}.\nInjuries: {inj}.\nLabs: {labs}.\nTreatment so far: {tx}.",
                 "Hemodynamics: HR 118, BP 92/60 after products. CT pan-scan images pushed to your PACS.",
                 "Please call the ED directly at 450-555-0100 ext. 4411 when a bed is confirmed."]
        subj = f"URGENT transfer request – trauma – {p.surname.upper()} {p.given[0]}."
        to = [box("trauma", "trauma.coordination", "Trauma Coordination")]
    else:
        mech, inj, labs, tx = g.choice(TRAUMA_FR)
        nm = p.name_variant(g.rng, ["full", "upper_last", "last_first"])
        paras = [f"Demande de transfert vers votre centre de traumatologie tertiaire pour {p.title_fr} {nm}, "
                 f"{p.age(dt.date())} ans, NAM {p.nam_variant(g.choice(['card', 'plain', 'dots']))}.",
                 f"Mécanisme : {mech}.\nBilan lésionnel : {inj}.\nLabos : {labs}.\nTraitement reçu : {tx}.",
                 g.choice(["Instable malgré les produits sanguins, besoin d'angio-embolisation que nous n'avons pas.",
                           "Stable pour l'instant, mais pas de chirurgien disponible cette nuit."]),
                 "Les images du TDM sont disponibles dans le PACS régional. Joindre l'urgentologue au 450-555-0100 poste 4411."]
        subj = g.choice([f"Demande de transfert urgent – polytrauma – {p.surname}",
                         "Transfert trauma – accord requis", f"TRANSFERT TRAUMA {p.surname.upper()}"])
        to = [box("trauma", "coordination.trauma", "Coordination traumatologie")]
    b = body(g, "en" if en else "fr", None, paras, md)
    spec = {"from": S(md), "to": to, "cc": [box("hop", "urgence.md", "Urgentologues HSA")] if g.chance(0.5) else None,
            "subject": subj, "body": b, "date": dt, "importance": True}
    return R(spec, ["patient_name", "ramq_nam", "diagnosis", "lab_result", "medication"],
             "Trauma transfer request with NAM, injuries, labs, blood products", "trauma_transfer", "en" if en else "fr")


def p_poison_consult(g, v):
    en = v == 3
    dt = g.msg_datetime()
    p = g.person(16, 85, origin="en" if en else "fr")
    mrn = g.mrn()
    tox = g.staff("en" if en else "fr", "TOX")
    md = g.staff("en", "MD") if en else g.staff("fr", "MD")
    case = g.choice(TOX_EN if en else TOX_FR)
    capno = f"CAP-{dt:%y}-{g.randint(10000, 99999)}"
    if en:
        paras = [f"Following your call tonight about {p.initial_last} ({p.age(dt.date())} y.o., chart {mrn}):",
                 f"Exposure: {case[0]}, {case[1]}.\nResults reviewed: {case[2]}.",
                 f"Recommendations: {case[3]}.",
                 "Please call back the poison centre line with the repeat values. Our reference: " + capno]
        subj = f"Poison centre recommendations – {capno}"
    else:
        nm = p.name_variant(g.rng, ["initial_last", "title", "full", "upper_last"])
        paras = [g.choice([f"Suite à votre appel de cette nuit concernant {nm} ({p.age(dt.date())} ans, dossier {mrn}), voici nos recommandations écrites.",
                           f"Comme discuté au téléphone avec votre résident, résumé pour {nm}, dossier {mrn} :"]),
                 f"Exposition : {case[0]}, {case[1]}.\nRésultats : {case[2]}.\nImpression : {case[4]}.",
                 f"Recommandations : {case[3]}.",
                 f"Merci de nous rappeler avec les prochains résultats en mentionnant notre numéro {capno}."]
        subj = g.choice([f"Recommandations CAP – {capno}", f"Suivi appel {capno} – {case[0]}", "Recommandations écrites du CAP"])
    b = body(g, "en" if en else "fr", md, paras, tox, "cap")
    spec = {"from": S(tox, "cap"), "to": [S(md)], "subject": subj, "body": b, "date": dt}
    return R(spec, ["patient_name", "mrn", "diagnosis", "lab_result", "medication"],
             f"Poison centre written recommendations ({case[0]}) naming the patient", "poison_consult", "en" if en else "fr")


def p_dpj(g, v):
    dt = g.msg_datetime()
    sw = g.staff("fr", "social")
    if v == 0:
        p = g.nam_person(2, 14)
        story = (f"{p.il.capitalize()} a été amené{p.e} par sa mère pour une douleur au bras. La radiographie montre une "
                 f"fracture spiroïde de l'humérus et le bilan squelettique révèle deux fractures de côtes en consolidation. "
                 f"Les explications de la mère sont changeantes.")
        sit = "La mère dit vivre seule avec l'enfant depuis la rupture; présence d'un nouveau conjoint rapportée par la grand-mère."
    elif v == 1:
        p = g.person(1, 12)
        story = (f"Consultation pour ingestion accidentelle de cannabis comestible (jujubes) retrouvés dans le salon. "
                 f"Somnolence, tachycardie 150; dépistage urinaire positif THC.")
        sit = "Troisième visite en 6 mois (brûlure, chute). Le père était intoxiqué à l'arrivée. Logement insalubre selon les ambulanciers."
    else:
        p = g.nam_person(14, 18)
        story = (f"Adolescent{p.e} amené{p.e} par les policiers après une fugue de 4 jours, intoxication à l'alcool et au GHB, "
                 f"examen médicolégal proposé.")
        sit = f"Suivi{p.e} par la DPJ depuis 2022 selon ses dires; craint de retourner au foyer de groupe. Possible exploitation sexuelle."
    addr = g.address()
    fields = [f"Nom : {p.surname.upper()}, {p.given}", f"Date de naissance : {dob_fmt(p.dob, g.rng)}", f"Adresse : {addr}"]
    types = ["patient_name", "date_of_birth", "patient_contact", "social_information", "diagnosis"]
    if p.nam:
        fields.append(f"NAM : {p.nam_variant(g.choice(['plain', 'card', 'lower']))}")
        types.append("ramq_nam")
    paras = [g.choice(["Tel que convenu au téléphone, je vous transmets par écrit notre signalement.",
                       "Signalement fait par téléphone à 14h20, voici la confirmation écrite.",
                       "Suite à notre conversation, voici les informations pour l'ouverture du dossier."]),
             "\n".join(fields), story, sit,
             "L'enfant est toujours à l'urgence pédiatrique (civière 4). Merci de nous indiquer si une intervention immédiate est prévue."]
    if v == 1:
        types.append("lab_result")
    b = body(g, "fr", None, paras, sw, disclaimer=True)
    spec = {"from": S(sw), "to": [box("dpj", "reception.signalements", "Réception et traitement des signalements")],
            "cc": [box("hop", "travail.social.urgence", "Service social urgence")],
            "subject": g.choice(["Signalement – confirmation écrite", f"Signalement DPJ – {p.surname.upper()} {p.given}",
                                 "Confidentiel : signalement urgence pédiatrique"]), "body": b, "date": dt, "importance": True}
    return R(spec, types, "Youth-protection report from ED social worker (child identity, injuries, family situation)", "dpj_report", "fr")


def p_coroner(g, v):
    dt = g.msg_datetime()
    arch = g.staff("fr", "archiv")
    invest = f"{dt:%Y}-{g.randint(1000, 9999)}"
    coroner = ("Me Hélène Dagenais, coroner", f"h.dagenais@{ORG['coroner'][1]}")
    if v == 0:
        p = g.nam_person(25, 95)
        death = dt - datetime.timedelta(days=g.randint(5, 30))
        note = make_death_note(g, p, death)
        csvtxt = "date;heure;analyse;resultat;unite\n" + "\n".join(
            f"{death:%Y-%m-%d};{h};{a};{r};{u}" for h, a, r, u in
            [("02:14", "Éthanol", "12", "mmol/L"), ("02:14", "Lactate", "14,8", "mmol/L"), ("02:14", "pH veineux", "6,92", ""),
             ("02:14", "Potassium", "6,4", "mmol/L"), ("02:40", "Dépistage urinaire", "Opiacés + Fentanyl +", "")])
        zipf = [("note_deces.pdf", note), ("resultats_laboratoire.csv", csvtxt.encode("utf-8")),
                ("LISEZMOI.txt", "Documents transmis en vertu de la Loi sur les coroners.\r\n".encode("cp1252"))]
        paras = [f"Maître Dagenais,",
                 f"Vous trouverez ci-joint les documents demandés dans le cadre de votre investigation {invest} concernant "
                 f"{p.title_fr} {p.given} {p.surname}, décédé{p.e} à notre urgence le {date_fr(death.date())}.",
                 "Les images radiologiques suivront par le service de transfert sécurisé."]
        b = "\n\n".join(paras) + "\n\n" + signature(g, arch, disclaimer=True) + "\n"
        spec = {"from": S(arch), "to": [coroner], "subject": f"Investigation {invest} – documents demandés", "body": b, "date": dt,
                "attachments": [{"kind": "zip", "filename": f"investigation_{invest}.zip", "files": zipf}]}
        return R(spec, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "lab_result"],
                 "Records sent to coroner in ZIP (death note PDF with NAM, lab CSV)", "coroner_zip", "fr")
    if v == 1:
        md = g.staff("fr", "MD")
        p = g.person(18, 90)
        circ = g.choice([("retrouvé inconscient dans son logement par un voisin, seringues à proximité", "arrêt cardiorespiratoire, surdose présumée"),
                         ("pendaison, trouvé par son conjoint; manœuvres de RCR 35 minutes", "anoxie cérébrale, décès constaté à 04h12"),
                         ("noyade au chalet, sous-refroidissement (T 29,8 °C)", "arrêt cardiorespiratoire réfractaire")])
        paras = [f"Avis de décès à déclarer au coroner.",
                 f"Défunt{p.e} : {p.surname.upper()} {p.given}, {p.ne} le {dob_fmt(p.dob, g.rng)}.\n"
                 f"Circonstances : {circ[0]}.\nConstat : {circ[1]}.",
                 "La famille a été avisée par le travailleur social. Les policiers sont sur place (événement " + g.event_no("SPVDE-") + ").",
                 "Le corps est à la morgue de l'hôpital en attente de vos directives."]
        b = body(g, "fr", None, paras, md)
        spec = {"from": S(md), "to": [box("coroner", "avis.deces", "Avis de décès – Bureau du coroner")],
                "subject": g.choice(["Avis au coroner – décès à l'urgence", "Décès urgence HSA – avis", "Avis de décès"]),
                "body": b, "date": dt}
        return R(spec, ["patient_name", "date_of_birth", "diagnosis"],
                 "Death notification to coroner with identity and circumstances", "coroner_notice", "fr")
    p = g.nam_person(20, 95)
    chief = g.staff("fr", "Chef")
    death = dt - datetime.timedelta(days=g.randint(3, 20))
    orig = (f"Bonjour,\n\nDans le cadre de l'investigation {invest}, je requiers copie complète du dossier de l'urgence de :\n"
            f"{p.surname.upper()}, {p.given} – NAM {p.nam_variant('card')} – décès le {death:%Y-%m-%d}.\n"
            "Incluant les notes d'évolution, les résultats de laboratoire et l'imagerie.\n\nMe Hélène Dagenais\nCoroner")
    q = quote(orig, "outlook_fr", coroner[0], coroner[1], dt - datetime.timedelta(hours=20), arch.email(),
              f"Investigation {invest}")
    paras = [g.choice(["Peux-tu valider avec l'équipe si des notes manuscrites du déchocage ont été numérisées? "
                       "Le dossier semble incomplet.", "Pour ton information. J'envoie le tout demain sauf avis contraire."]), q]
    b = body(g, "fr", chief, paras[:1], arch) + "\n" + paras[1]
    spec = {"from": S(arch), "to": [S(chief)], "subject": f"TR: Investigation {invest}", "body": b, "date": dt}
    return R(spec, ["patient_name", "ramq_nam", "diagnosis"],
             "Internal forward of coroner request quoting name, NAM and death", "coroner_fwd", "fr")


def make_death_note(g, p, death):
    from gen_attach import make_pdf
    blocks = [("kv", [("Nom", f"{p.surname.upper()}, {p.given}"), ("NAM", p.nam_variant("card")), ("DDN", p.dob.isoformat()),
                      ("Date du décès", death.date().isoformat()), ("Heure", "02:58")]),
              ("h", "Note de décès"),
              ("p", f"{p.patient_fr.capitalize()} amené{p.e} par ambulance en arrêt cardiorespiratoire (asystolie). "
                    "Réanimation selon ACLS pendant 28 minutes, naloxone 2 mg IV sans effet. Décès constaté à 02h58. "
                    "Cause probable : intoxication polysubstances. Avis au coroner fait à 03h20.")]
    return make_pdf("Note de décès – Urgence", blocks, "Hôpital Saint-Aubin")


def p_police(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.person(18, 70, origin="en" if en else "fr")
    file_no = g.event_no("SPVDE-" if not en else "")
    sgt = ("Sgt Éric Lamontagne", f"e.lamontagne@{ORG['police'][1]}")
    if en:
        arch = g.staff("en", "Records")
        orig = (f"Hello,\n\nWe are investigating an assault that occurred on {date_en((dt - datetime.timedelta(days=2)).date())}. "
                f"The victim, {p.given} {p.surname} (DOB {p.dob.isoformat()}), was transported to your ED. "
                "Could you confirm the injuries sustained and provide the blood alcohol result?\n\nDet. Sgt Lamontagne")
        paras = [f"Detective, we can confirm that {p.title_en} {p.surname} was assessed in our emergency department and treated for "
                 f"a {g.choice(['mandible fracture', 'scalp laceration (12 sutures)', 'orbital floor fracture'])}.",
                 "As per our policy, the blood alcohol result and the complete chart can only be released with the patient's "
                 "written consent or a production order.",
                 quote(orig, "gt_en", sgt[0], sgt[1], dt - datetime.timedelta(hours=6))]
        b = body(g, "en", None, paras[:2], arch) + "\n" + paras[2]
        spec = {"from": S(arch), "to": [sgt], "subject": f"RE: Request for information – file {file_no}", "body": b, "date": dt,
                "reply": True, "reply_domain": ORG["police"][1]}
        return R(spec, ["patient_name", "date_of_birth", "diagnosis", "social_information"],
                 "Reply to police confirming assault victim's ED visit and injuries", "police_reply", "en")
    arch = g.staff("fr", "archiv" if v == 0 else "Chef")
    if v == 0:
        orig = (f"Bonjour,\n\nDans le cadre de l'événement {file_no} (collision mortelle, chemin du Lac), nous aimerions obtenir "
                f"le résultat d'alcoolémie de {p.given} {p.surname}, {p.ne} le {p.dob:%d/%m/%Y}, conducteur du véhicule, "
                "transporté à votre urgence.\n\nSgt Éric Lamontagne\nEnquêtes collisions")
        paras = [f"Sergent Lamontagne,",
                 f"Nous confirmons que {p.title_fr} {p.surname} a été reçu{p.e} à notre urgence et admis{'e' if p.f else ''} aux soins "
                 "intensifs (fractures multiples, contusion pulmonaire).",
                 "Toutefois, le résultat d'alcoolémie ne peut vous être communiqué sans mandat ou ordonnance de communication. "
                 "Les échantillons sont conservés au laboratoire 30 jours.",
                 quote(orig, "gt_fr", sgt[0], sgt[1], dt - datetime.timedelta(hours=5))]
        b = "\n\n".join(paras[:3]) + "\n\n" + signature(g, arch, disclaimer=True) + "\n\n" + paras[3] + "\n"
        types = ["patient_name", "date_of_birth", "diagnosis"]
        subj = f"RE: Demande de renseignements – {file_no}"
    else:
        mrn = g.mrn()
        paras = [f"Tel que discuté avec votre agent au téléphone : {p.upper_last} (dossier {mrn}) a quitté l'urgence "
                 f"contre avis médical à {g.randint(1, 5)}h{g.randint(10, 59)} cette nuit, avant la fin de son évaluation psychiatrique.",
                 f"{p.Il} était sous garde préventive (danger pour {'elle' if p.f else 'lui'}-même, idées suicidaires avec plan). Vêtements : "
                 "manteau noir, jeans, souliers de course blancs.",
                 "Merci de nous aviser si la personne est retrouvée. L'infirmière-chef est joignable au poste 4410."]
        b = body(g, "fr", None, paras, arch)
        types = ["patient_name", "mrn", "diagnosis"]
        subj = g.choice(["Départ sans autorisation – personne sous garde préventive", "URGENT – fugue patient sous garde"])
    spec = {"from": S(arch), "to": [sgt], "subject": subj, "body": b, "date": dt, "reply": v == 0,
            "reply_domain": ORG["police"][1]}
    return R(spec, types, "Hospital reply/notice to police about an identified patient", "police", "fr")


def p_lab_callback(g, v):
    dt = g.msg_datetime()
    if v == 1:
        nurse = g.staff("fr", "RN")
        md = g.staff("fr", "MD")
        pats = [g.nam_person(18, 95) for _ in range(4)]
        res = [("Hémoculture", "E. coli BLSE", "ertapénem 1 g IV die"), ("Culture urine", "Proteus > 10^8", "céfalexine 500 mg QID"),
               ("Chlamydia TAAN", "positif", "azithromycine 1 g PO"), ("Culture plaie", "SARM", "doxycycline 100 mg BID"),
               ("Troponine HS (retardée)", "89 ng/L", "rappel pour réévaluation"), ("Culture gorge", "Strep A", "pénicilline V")]
        rows = [["NAM", "Nom", "Prénom", "Tél.", "Date visite", "Analyse", "Résultat", "Action suggérée", "Rejoint?"]]
        for p in pats:
            r = g.choice(res)
            rows.append([p.nam, p.surname, p.given, g.phone(), (dt - datetime.timedelta(days=g.randint(1, 5))).date().isoformat(),
                         r[0], r[1], r[2], g.choice(["oui", "non – message", "non", ""])])
        from gen_attach import make_csv
        csvt = make_csv(rows, g.choice([";", ","]))
        b = body(g, "fr", md, [g.choice(["Voici les rappels de résultats de la semaine à signer.",
                                         "Liste des résultats post-congé à réviser, 2 patients non rejoints."])], nurse)
        spec = {"from": S(nurse), "to": [S(md)], "subject": f"Rappels résultats semaine du {dt:%d/%m}", "body": b, "date": dt,
                "attachments": [{"kind": "csv", "filename": f"rappels_resultats_{dt:%Y%m%d}.csv", "text": csvt,
                                 "charset": g.choice(["utf-8", "windows-1252"])}]}
        return R(spec, ["ramq_nam", "patient_name", "patient_contact", "lab_result", "medication"],
                 "CSV of post-discharge lab call-backs with NAM, phone, results", "lab_callback_csv", "fr")
    en = v == 2
    nurse = g.staff("en" if en else "fr", "Charge" if en else "RN")
    md = g.staff("en" if en else "fr", "MD")
    p = g.person(18, 80, origin="en" if en else "fr")
    ph = g.phone()
    if en:
        paras = [f"Micro called: blood cultures from {p.full} (seen {date_en((dt - datetime.timedelta(days=2)).date())}, "
                 f"discharged with cellulitis) are growing Staph aureus 2/2 bottles.",
                 f"I left a message at {ph}. Could you write an order so {p.he} can come back for IV cefazolin and a repeat set?"]
        subj = "Positive blood cultures – discharged patient"
    else:
        paras = [g.choice([f"La microbiologie a appelé : hémocultures positives 2/2 (bacilles Gram négatif) pour {p.name_variant(g.rng, ['full', 'upper_last', 'title'])}, "
                           f"vu{p.e} hier pour fièvre et retourné{p.e} à domicile avec ciprofloxacine.",
                           f"Culture d'urine de {p.name_variant(g.rng, ['full', 'last_first'])} : Klebsiella résistante à la ciprofloxacine qu'on lui a prescrite."]),
                 f"Téléphone au dossier : {ph} (pas de réponse, message laissé). Peux-tu faire une prescription de remplacement ou "
                 f"on fait revenir {p.le_patient}?"]
        subj = g.choice(["Résultat positif – patient congédié", "Rappel culture", "Hémocs + à rappeler"])
    b = body(g, "en" if en else "fr", md, paras, nurse)
    spec = {"from": S(nurse), "to": [S(md)], "subject": subj, "body": b, "date": dt}
    return R(spec, ["patient_name", "patient_contact", "lab_result", "medication", "diagnosis"],
             "Positive culture call-back with patient name and phone", "lab_callback", "en" if en else "fr")


def p_discharge_docx(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.nam_person(18, 95)
    md = g.staff("en" if en else "fr", "MD")
    gmf = ("Dr Benoît Larivière", f"secretariat@{ORG['gmf'][1]}")
    dx_fr = g.choice([
        ("pneumonie lobaire droite", "GB 13,8, CRP 96, radiographie : condensation lobaire inférieure droite.",
         ["amoxicilline-clavulanate 875 mg BID x 7 jours", "acétaminophène 1 g QID PRN"]),
        ("fracture du poignet droit (radius distal, non déplacée)", "Radiographie : fracture extra-articulaire non déplacée; Hb 131 g/L, créatinine 72 µmol/L.",
         ["acétaminophène 1 g QID PRN", "naproxène 500 mg BID x 5 jours"]),
        ("pyélonéphrite gauche", "Analyse d'urine : nitrites +, leucocytes +++; créatinine 84 µmol/L.",
         ["céphalexine 500 mg QID x 10 jours", "acétaminophène 1 g QID PRN"]),
        ("fibrillation auriculaire rapide, contrôlée", "TSH 1,9, troponines négatives x 2, CHA2DS2-VASc 3.",
         ["apixaban 5 mg BID", "métoprolol 25 mg BID"]),
        ("cellulite de la jambe gauche", "GB 11,4, CRP 58.", ["céphalexine 500 mg QID x 7 jours"]),
    ])
    dx_en = g.choice([
        ("Community-acquired pneumonia, right lower lobe", "WBC 13.2, CRP 88, creatinine 96. Chest X-ray: RLL consolidation.",
         "amoxicillin 1 g TID x 7 days; acetaminophen 1 g QID PRN"),
        ("Acute gout flare, left knee", "Uric acid 512 µmol/L, joint aspirate: negatively birefringent crystals.",
         "colchicine 0.6 mg BID x 5 days; naproxen 500 mg BID"),
        ("Atrial fibrillation with RVR, rate controlled", "TSH 2.1, troponin negative x2, potassium 3.9.",
         "metoprolol 25 mg BID; apixaban 5 mg BID"),
    ])
    if en:
        paras = [("h", "Emergency Department Discharge Summary"),
                 f"Patient: {p.surname.upper()}, {p.given}    DOB: {p.dob.isoformat()}    RAMQ: {p.nam_variant('card')}",
                 f"Visit date: {date_en(dt.date())}",
                 ("h", "Diagnosis"), dx_en[0],
                 ("h", "Investigations"), dx_en[1],
                 ("h", "Discharge medications"), dx_en[2],
                 ("h", "Follow-up"), "Family physician within 7 days; return to the ED if symptoms worsen."]
        fn = f"ED_discharge_{p.surname}_{dt:%Y%m%d}.docx"
        text = ["Please find attached the discharge summary for your patient seen in our ED.", "Thank you for the follow-up."]
        subj = "ED discharge summary"
    else:
        paras = [("h", "Feuille sommaire – Urgence"),
                 f"Nom : {p.surname.upper()}, {p.given}    DDN : {p.dob.isoformat()}    NAM : {p.nam_variant(g.choice(['card', 'plain']))}",
                 f"Date de la visite : {date_fr(dt.date())}",
                 ("h", "Diagnostic principal"), dx_fr[0],
                 ("h", "Résultats pertinents"), dx_fr[1],
                 ("h", "Médication au congé"), ("table", [["Médicament", "Posologie"]] + [[m.split(" ", 1)[0], m.split(" ", 1)[1]] for m in dx_fr[2]]),
                 ("h", "Suivi"), "Revoir le médecin de famille dans 1 à 2 semaines. Reconsulter si fièvre, douleur accrue ou essoufflement."]
        fn = g.choice([f"Feuille_sommaire_urgence_{dt:%Y%m%d}.docx", f"sommaire_{p.surname.lower()}_{p.given[0].lower()}.docx",
                       "Feuille sommaire.docx"])
        text = [g.choice(["Veuillez trouver ci-joint la feuille sommaire de la visite à l'urgence de votre patient.",
                          "Pour votre suivi, feuille sommaire en pièce jointe."])]
        subj = g.choice(["Feuille sommaire – visite à l'urgence", "Suivi post-urgence – sommaire", "Sommaire d'urgence pour votre patient"])
    b = body(g, "en" if en else "fr", None, text, md)
    spec = {"from": S(md), "to": [gmf], "subject": subj, "body": b, "date": dt,
            "attachments": [{"kind": "docx", "filename": fn, "title": "Hôpital Saint-Aubin – Urgence", "paragraphs": paras,
                             "author": md.full}]}
    return R(spec, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication", "lab_result"],
             "ED discharge summary DOCX to family physician", "discharge_docx", "en" if en else "fr")


def p_pharmacy(g, v):
    dt = g.msg_datetime()
    ph = g.staff("fr", "Pharmacienne")
    to = ("Pharmacie Gervais et associés", f"labo@{ORG['pharm'][1]}")
    if v == 1:
        p = g.nam_person(25, 95)
        paras = [f"Pouvez-vous nous transmettre le profil pharmacologique des 6 derniers mois de {p.title_fr} {p.given} {p.surname} "
                 f"(NAM {p.nam_variant(g.choice(['plain', 'card', 'slash']))})?",
                 f"{p.Il} est à l'urgence pour une intoxication polymédicamenteuse et ne se souvient plus de sa médication. "
                 "Les flacons retrouvés : clonazépam, trazodone, oxycodone.",
                 "Par télécopieur au 450-555-0199 idéalement. Merci!"]
        types = ["patient_name", "ramq_nam", "diagnosis", "medication"]
        note = "ED pharmacist requests community pharmacy profile (NAM, overdose, drugs)"
    else:
        p = g.person(18, 65)
        if v == 0:
            paras = [f"Ordonnance pour {p.full}, {p.ne} le {dob_fmt(p.dob, g.rng)} :",
                     "Buprénorphine-naloxone 8 mg/2 mg SL, 2 co. die x 7 jours (induction débutée à l'urgence ce matin, "
                     "COWS 14 → 4). Dispenser quotidiennement, pas de doses à emporter.\nTrousse de naloxone x 1.",
                     f"Diagnostic : trouble lié à l'usage d'opioïdes, sévère. Suivi à la clinique de dépendance jeudi.",
                     "L'original signé suit par télécopieur."]
        else:
            paras = [f"Petite vérification : la dose de méthadone de {p.name_variant(g.rng, ['full', 'upper_last', 'title'])} "
                     f"({p.ne} le {p.dob:%d/%m/%Y}) est-elle bien 95 mg die? {p.Il} est hospitalisé{p.e} chez nous pour une pneumonie "
                     "et a manqué sa dose hier.",
                     "Dernière dose servie chez vous? Nous allons administrer la dose ici jusqu'au congé."]
        types = ["patient_name", "date_of_birth", "medication", "diagnosis"]
        note = "Prescription / dose verification for named patient with DOB"
    b = body(g, "fr", None, paras, ph)
    subj = {0: g.choice(["Ordonnance – urgence HSA", "Ordonnance buprénorphine-naloxone"]),
            1: g.choice(["Profil pharmacologique SVP", "Demande urgente – profil"]),
            2: g.choice(["Vérification dose méthadone", "Question – méthadone"])}[v]
    spec = {"from": S(ph), "to": [to], "subject": subj,
            "body": b, "date": dt}
    return R(spec, types, note, "pharmacy", "fr")


def p_patient_mail(g, v):
    en = v == 2
    dt = g.msg_datetime()
    p = g.person(20, 70 if v < 2 else 90, sex={0: "F", 2: "M"}.get(v), origin="en" if en else "fr")
    clerk = g.staff("en" if en else "fr", "Flow" if en else "administrative")
    arch = g.staff("en" if en else "fr", "Records" if en else "archiv")
    ph = g.phone()
    mail = f"{strip_accents(p.given if v < 2 else 'Megan').lower()}.{strip_accents(p.surname).lower().replace(' ', '').replace(chr(39), '')}{g.randint(1, 99)}@courriel.example"
    if v == 0:
        orig = (f"Bonjour,\n\nJe suis allée à votre urgence le {date_fr((dt - datetime.timedelta(days=9)).date())} après avoir été "
                "frappée par mon ex-conjoint. On m'a fait des radiographies (fracture du nez) et des photos.\n"
                "J'ai besoin d'une copie du rapport et des photos pour mon avocate et pour l'IVAC. Je ne veux pas que ce soit "
                f"envoyé chez moi, il connaît mon adresse. Vous pouvez m'appeler au {ph}.\n\nMerci\n{p.full}")
        types = ["patient_name", "patient_contact", "social_information", "diagnosis"]
        intro = "Demande d'accès reçue dans la boîte générale de l'urgence. Je te la transfère pour traitement (attention : ne pas poster au domicile)."
        subj_o = "copie de mon dossier"
    elif v == 1:
        orig = (f"Allo,\nj'ai consulté samedi pour une entorse à la cheville (ligaments déchirés selon le médecin) et j'ai oublié "
                f"de demander un billet pour mon employeur. Je travaille debout toute la journée. Mon numéro de dossier est {g.mrn()}.\n"
                f"{p.full}\n{ph}")
        types = ["patient_name", "patient_contact", "diagnosis", "mrn"]
        intro = "Pour suite. Le médecin traitant était Dr Benali."
        subj_o = "billet médical svp"
    else:
        orig = (f"Hello,\n\nMy father, {p.given} {p.surname}, was brought to your emergency last night after a fall at home. "
                "He has Alzheimer's and gets very agitated in hospital. He takes donepezil and quetiapine at night. "
                f"Please call me before any discharge – I am his caregiver. My cell is {ph}.\n\nThank you,\nMegan {p.surname}")
        types = ["patient_name", "patient_contact", "diagnosis", "medication"]
        intro = "Forwarding from the general inbox – can someone on the floor make sure this gets to the team caring for him?"
        subj_o = "my father in your ER"
    fwd = forward_block(orig, "en" if en else "fr", p.full if v != 2 else f"Megan {p.surname}", mail,
                        dt - datetime.timedelta(hours=g.randint(2, 40)), ("Urgence – info" if not en else "ED info") + f" <urgence.info@{ORG['hop'][1]}>",
                        subj_o)
    b = body(g, "en" if en else "fr", arch, [intro], clerk) + "\n" + fwd + "\n"
    spec = {"from": S(clerk), "to": [S(arch)], "subject": ("TR: " if not en else "Fwd: ") + subj_o, "body": b, "date": dt}
    return R(spec, types, "Patient's (or relative's) own e-mail forwarded internally", "patient_mail_fwd", "en" if en else "fr")


def p_quoted(g, v):
    en = v == 2
    dt = g.msg_datetime()
    a = g.staff("en" if en else "fr", "MD")
    b_ = g.staff("en" if en else "fr", "Social" if en else "liaison")
    p = g.person(60, 95, origin="en" if en else "fr")
    earlier = dt - datetime.timedelta(hours=g.randint(3, 30))
    if en:
        orig = (f"Hi {b_.given},\n\nCould you see {p.title_en} {p.surname} ({p.given}) in stretcher 17 tomorrow? "
                f"{p.age(dt.date())} y.o., lives alone, third fall this month, new diagnosis of Parkinson's disease, started on "
                "levodopa-carbidopa. Daughter worried about safety at home.\n\nThanks\n" + a.given)
        top = g.choice(["Sure, I'll be there at 9.", "Done – home care referral sent.", "Will do."])
        q = quote(orig, "gt_en", a.display, a.email(), earlier)
        subj = f"RE: stretcher 17"
    else:
        dx = g.choice(["démence modérée, perte d'autonomie, épuisement de l'aidante",
                       "chutes à répétition, fracture du poignet, vit seul au 3e étage sans ascenseur",
                       "MPOC O2 à domicile, 4e visite ce mois-ci, refuse le CHSLD"])
        orig = (f"Bonjour {b_.given},\n\nPeux-tu évaluer {p.title_fr} {p.surname} ({p.given}, {p.age(dt.date())} ans) à la civière "
                f"{g.randint(1, 30)} ce matin? {dx[0].upper() + dx[1:]}. Médication : {', '.join(g.sample(MEDS_FR, 2))}.\n\nMerci\n{a.given}")
        top = g.choice(["Ok pour demain 9h.", "Vu ce matin, demande SAD faite. Je te reviens.", "Parfait, je passe après la réunion.",
                        "C'est noté."])
        style = "gt_fr" if v == 0 else "outlook_fr"
        q = quote(orig, style, a.display, a.email(), earlier, b_.email(), "Évaluation civière")
        subj = g.choice(["RE: Évaluation civière", "RE: demande", "Re: évaluation SVP"])
    b = top + "\n\n" + (b_.given + "\n\n" if g.chance(0.5) else "") + q + "\n"
    spec = {"from": S(b_), "to": [S(a)], "subject": subj, "body": b, "date": dt, "reply": True}
    return R(spec, ["patient_name", "diagnosis", "medication", "social_information"],
             "Short reply; patient details only in quoted history", "quoted_history", "en" if en else "fr")
