"""Positive templates, part C: LTC family mail, base unit, crisis, cannabis, wait lists, misc."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import table_html
from gen_tpl import CSV, DOCX, ICS, PDF, T, VCF, XLSX, ZIP, att, mail, quote, reply_header, safe_fn


# 31 ----------------------------------------------------------------- LTC nurse to family
def p_ltc_family(c, lang):
    p = c.patient(78, 99)
    nurse = c.staff("nurse", "ltc", sex=c.ch("FM"))
    fam_first = c.ch(C.PAT_FIRST_F + C.PAT_FIRST_M)
    fam = (f"{fam_first} {p.last}", f"{C.fold(fam_first)}.{C.fold(p.last).replace(' ', '')}@courriel.example")
    rel = T(lang, c.ch(["votre père", "votre mère"] if True else []), c.ch(["your father", "your mother"]))
    if ("mère" in rel or "mother" in rel) and p.sex == "M":
        rel = T(lang, "votre père", "your father")
    if ("père" in rel or "father" in rel) and p.sex == "F":
        rel = T(lang, "votre mère", "your mother")
    if lang == "fr":
        text = (f"Bonjour,\n\nJe vous écris tel que convenu au téléphone au sujet de {rel}, {p.full()}.\n\n"
                f"Cette nuit vers 3 h, {p.he('fr')} a fait une chute en se levant pour aller à la toilette. Radiographie faite ce matin : "
                f"{c.ch(['fracture du poignet droit, plâtre posé', 'pas de fracture, contusion à la hanche gauche', 'fracture du col du fémur, transfert en orthopédie prévu'])}. "
                f"Nous avons ajusté {c.ch(['la quétiapine', 'le furosémide', 'l’hydromorphone'])} qui pouvait contribuer aux étourdissements, "
                f"et une alarme de lit est installée. Sa démence rend les consignes difficiles à retenir.\n\n"
                f"La rencontre avec le médecin est prévue {C.fmt_day(c.later(1, 5), 'fr')} à {c.hour()}.\n\n{c.bye('fr')}\n{c.sig(nurse, 'fr')}")
        subj = c.ch([f"Chute de {rel}", f"Nouvelles de {p.first}", "Suite à notre appel"])
    else:
        text = (f"Hello,\n\nAs discussed on the phone, I'm writing about {rel}, {p.full()}.\n\n"
                f"Last night around 3 a.m. {p.he('en')} fell while getting up to use the bathroom. X-ray this morning: "
                f"{c.ch(['right wrist fracture, cast applied', 'no fracture, bruised left hip', 'hip fracture, transfer to orthopaedics planned'])}. "
                f"We adjusted {c.ch(['the quetiapine', 'the furosemide', 'the hydromorphone'])}, which may have contributed to the dizziness, "
                f"and a bed alarm is in place. The dementia makes it hard for {p.him()} to remember instructions.\n\n"
                f"Meeting with the physician is set for {C.fmt_day(c.later(1, 5), 'en')} at {c.hour_en()}.\n\n{c.bye('en')}\n{c.sig(nurse, 'en')}")
        subj = c.ch([f"{rel.capitalize()}'s fall", f"Update on {p.first}", "Following our call"])
    return mail(c, "ltc_family_update", lang, ["patient_name", "diagnosis", "medication"],
                "LTC nurse writes to a resident's family about a fall, fracture and medication", nurse, [fam], subj, text)


# 32 ----------------------------------------------------------------- base medical unit physio referral
def p_base_physio(c, lang):
    p = c.patient(20, 45)
    rank = c.ch(K.RANKS_FR if lang == "fr" else K.RANKS_EN)
    md = c.staff("md", "base")
    pt = ("Physio Saint-Ambroise", "reception@physio-stambroise.example")
    dx = c.ch(K.MSK_DX)
    if lang == "fr":
        text = (f"Bonjour,\n\nDemande de physiothérapie (civil, facturation au CSS) :\n\n{rank} {p.full()}\n"
                f"No de service : {p.svc_no}\nUnité : {c.ch(['2e Bataillon', '5e Régiment du génie', 'Escadron de soutien'])}\n"
                f"Diagnostic : {dx[0]}\nBlessure survenue lors de {c.ch(['la marche de 13 km', 'l’entraînement au combat', 'un saut en parachute'])} "
                f"le {C.fmt_date(c.earlier(10, 60), 'fr', 2)}.\nCERM : pas de course ni de port de charge > 10 kg pour 30 jours.\n"
                f"Analgésie : naproxène 500 mg BID.\n\n{c.sig(md, 'fr')}")
        subj = c.ch(["Demande de physiothérapie", f"Référence physio — {rank} {p.last}"])
    else:
        text = (f"Hello,\n\nPhysiotherapy request (civilian provider, billed to the HSC):\n\n{rank} {p.full()}\n"
                f"Service no.: {p.svc_no}\nUnit: {c.ch(['2nd Battalion', '5 Engineer Regiment', 'Support Squadron'])}\n"
                f"Diagnosis: {dx[1]}\nInjured during {c.ch(['the 13 km ruck march', 'combat training', 'a parachute descent'])} on "
                f"{C.fmt_date(c.earlier(10, 60), 'en', 1)}.\nMELs: no running, no load carriage > 10 kg for 30 days.\n"
                f"Analgesia: naproxen 500 mg BID.\n\n{c.sig(md, 'en')}")
        subj = c.ch(["Physiotherapy request", f"Physio referral - {rank} {p.last}"])
    return mail(c, "base_physio_referral", lang, ["patient_name", "diagnosis", "medication"],
                "base medical unit physiotherapy referral for a serving member", md, [pt], subj, text)


# 33 ----------------------------------------------------------------- crisis / safety plan
def p_crisis(c, lang):
    p = c.patient(25, 65)
    nurse = c.staff(c.ch(["nurse", "nurse_m"]), "osi")
    team = [c.staff("psychiatrist", "osi"), c.staff("psychologist", "osi")]
    if lang == "fr":
        text = (f"Bonjour,\n\nPour votre information : {p.full()} a appelé la ligne de la clinique à {c.hour()} en crise. "
                f"Idées suicidaires avec plan (arme de chasse au chalet), consommation d'alcool depuis ce matin. "
                f"Sa conjointe a accepté de retirer l'arme; ambulance refusée. Rappel fait à {c.hour()}, plus calme.\n\n"
                f"Contact : {p.phone} (cell). Adresse : {p.address}.\nMédication : {c.ch(K.PTSD_MEDS)[0]}.\n"
                f"Demande : RDV d'urgence demain avec le psychiatre, et appel de suivi ce soir par l'équipe de garde.\n\n{c.sig(nurse, 'fr')}")
        subj = c.ch(["URGENT — appel de crise", f"Appel de crise — {p.last}", "Suivi de crise ce soir"])
    else:
        text = (f"Hi both,\n\nFYI: {p.full()} called the clinic line in crisis at {c.hour_en()}. Suicidal ideation with a plan "
                f"(hunting rifle at the cottage), drinking since the morning. Spouse agreed to remove the firearm; declined ambulance. "
                f"Called back later, calmer.\n\nContact: {p.phone} (cell). Address: {p.address}.\nMedication: {c.ch(K.PTSD_MEDS)[1]}.\n"
                f"Ask: urgent appointment with psychiatry tomorrow and a check-in call tonight by on-call.\n\n{c.sig(nurse, 'en')}")
        subj = c.ch(["URGENT - crisis call", f"Crisis call - {p.last}", "Crisis follow-up tonight"])
    return mail(c, "crisis_safety", lang, ["patient_name", "diagnosis", "patient_contact", "medication", "social_information"],
                "crisis call summary with suicidal ideation, contact details and medication", nurse, team, subj, text,
                headers=[("Importance", "high"), ("X-Priority", "1")])


# 34 ----------------------------------------------------------------- medical cannabis authorization
def p_cannabis(c, lang):
    use_nam = c.chance(0.5)
    p = c.holder(30, 75) if use_nam else c.patient(30, 75)
    md = c.staff("gp", "clsc")
    vac = ("Programme des soins de santé — ACC" if lang == "fr" else "Health Care Programs - VAC", f"soins.sante@{C.ORG['vac']['dom']}")
    g = c.ch([1, 2, 3])
    dx = c.ch([("douleur chronique lombaire et TSPT", "chronic low back pain and PTSD"),
               ("insomnie réfractaire liée au TSPT", "PTSD-related refractory insomnia"),
               ("douleur neuropathique post-amputation", "post-amputation neuropathic pain")])
    ident = (T(lang, f"NAM {C.disguise_nam(p.nam, c.rint(0, 4))}", f"RAMQ {C.disguise_nam(p.nam, c.rint(0, 4))}") if use_nam
             else T(lang, f"client ACC {p.vac_no}", f"VAC client {p.vac_no}"))
    if lang == "fr":
        text = (f"Bonjour,\n\nDocument médical pour le cannabis à des fins médicales — {p.full()} ({ident}).\n\n"
                f"Condition : {dx[0]}. Essais antérieurs : gabapentine, duloxétine, nabilone (effets secondaires). "
                f"Dose autorisée : {g} g/jour de cannabis séché, ratio CBD:THC 20:1, durée 12 mois. "
                f"Producteur : {c.ch(['Vallée Verte inc.', 'Boréal Santé ltée'])}.\n\n{c.bye('fr')}\n{c.sig(md, 'fr')}")
        subj = c.ch(["Document médical — cannabis", f"Autorisation cannabis — {p.last}", "Renouvellement autorisation cannabis"])
    else:
        text = (f"Hello,\n\nMedical document for cannabis for medical purposes - {p.full()} ({ident}).\n\nCondition: {dx[1]}. "
                f"Previous trials: gabapentin, duloxetine, nabilone (side effects). Authorized: {g} g/day dried cannabis, CBD:THC 20:1, "
                f"12 months. Licensed producer: {c.ch(['Green Valley Inc.', 'Boreal Health Ltd.'])}.\n\n{c.bye('en')}\n{c.sig(md, 'en')}")
        subj = c.ch(["Medical document - cannabis", f"Cannabis authorization - {p.last}", "Cannabis authorization renewal"])
    types = ["patient_name", "diagnosis", "medication"] + (["ramq_nam"] if use_nam else [])
    return mail(c, "cannabis_authorization", lang, types, "medical cannabis authorization for a veteran", md, [vac], subj, text)


# 35 ----------------------------------------------------------------- lab results table (HTML) for LTC residents
def p_lab_table(c, lang):
    tech = c.staff("med_tech", "hosp")
    nurse = c.staff("nurse", "ltc")
    rows = []
    for i in range(c.rint(4, 7)):
        p = c.patient(75, 99)
        rows.append([f"{c.rint(3, 4)}{c.rint(1, 30):02d}", p.rev(), p.mrn,
                     f"{c.rint(128, 146)}", f"{c.rint(30, 62) / 10:.1f}", f"{c.rint(60, 260)}", f"{c.rint(85, 150)}",
                     c.ch(["", "H", "L", "*", "crit."])])
    hdr = T(lang, ["Ch.", "Nom", "Dossier", "Na", "K", "Créat.", "Hb", "Indic."], ["Room", "Name", "MRN", "Na", "K", "Creat", "Hb", "Flag"])
    html = ("<html><body>\n<p>" + T(lang, "Bonjour,</p>\n<p>Résultats des prélèvements du matin pour le 3e étage (vétérans) :</p>",
                                    "Hello,</p>\n<p>Morning bloodwork results for the 3rd floor (veterans):</p>") + "\n" +
            table_html(rows, hdr) + "\n<p>" + T(lang, "Les valeurs critiques ont été téléphonées.", "Critical values were phoned.") +
            f"</p>\n<p>{tech.full()}<br>{T(lang, 'Laboratoire de biochimie', 'Biochemistry laboratory')}</p>\n</body></html>\n")
    text = T(lang, "Résultats des prélèvements du matin pour le 3e étage :\n\n", "Morning bloodwork results for the 3rd floor:\n\n") + \
        "\n".join("  ".join(str(x) for x in r) for r in [hdr] + rows) + f"\n\n{tech.full()}\n"
    subj = T(lang, c.ch(["Résultats labo 3e", "Prélèvements du matin — 3e étage"]), c.ch(["3rd floor labs", "Morning bloodwork - 3rd floor"]))
    return mail(c, "lab_table", lang, ["patient_name", "mrn", "lab_result"], "HTML table of morning lab results per named resident",
                tech, [nurse], subj, text=text, html=html, structure=c.ch(["alt", "html"]))


# 36 ----------------------------------------------------------------- OSI wait list XLSX
def p_waitlist(c, lang):
    coord = c.staff("coord", "osi", sex="F")
    mgr = c.staff("manager", "osi")
    rows = [T(lang, ["Nom", "Date de référence", "Référent", "Priorité", "Diagnostic provisoire", "Téléphone", "Remarques"],
              ["Name", "Referral date", "Referred by", "Priority", "Provisional diagnosis", "Phone", "Notes"])]
    for i in range(c.rint(8, 14)):
        p = c.patient(22, 75)
        dx = c.ch(K.PTSD_DX)
        rows.append([p.rev(), C.fmt_date(c.earlier(10, 200), "fr", 0), c.ch(["MD famille", "ACC", "CSS Saint-Ambroise", "urgence", "auto-référence"]),
                     c.ch(["P1", "P2", "P2", "P3"]), dx[0] if lang == "fr" else dx[1], p.phone,
                     c.ch(["", "", T(lang, "sans logement", "no fixed address"), T(lang, "idées suicidaires antérieures", "prior SI"),
                           T(lang, "préfère anglais", "prefers French"), T(lang, "interprète requis", "needs interpreter")])])
    data = A.make_xlsx([(T(lang, "Liste d'attente", "Wait list"), rows), (T(lang, "Sommaire", "Summary"),
                        [["Priorité/Priority", "N"], ["P1", sum(1 for r in rows[1:] if r[3] == "P1")],
                         ["P2", sum(1 for r in rows[1:] if r[3] == "P2")], ["P3", sum(1 for r in rows[1:] if r[3] == "P3")]])],
                       author=coord.full())
    text = T(lang, f"{c.hello(mgr, 'fr')}\n\nListe d'attente mise à jour en vue du comité de priorisation. Les P1 sont à contacter "
                   f"cette semaine.\n\n{c.sig(coord, 'fr')}",
             f"{c.hello(mgr, 'en')}\n\nUpdated wait list for the triage committee. P1s to be contacted this week.\n\n{c.sig(coord, 'en')}")
    subj = T(lang, c.ch(["Liste d'attente TSO — mise à jour", "Liste d'attente"]), c.ch(["OSI wait list - update", "Wait list"]))
    social = any(r[6] in ("sans logement", "no fixed address") for r in rows[1:])
    return mail(c, "waitlist_xlsx", lang, ["patient_name", "diagnosis", "patient_contact"] + (["social_information"] if social else []),
                "OSI clinic wait list spreadsheet with names, diagnoses, phones", coord, [mgr], subj, text,
                attachments=[att(T(lang, f"liste_attente_{c.today.isoformat()}.xlsx", f"waitlist_{c.today.isoformat()}.xlsx"), XLSX, data)])


# 37 ----------------------------------------------------------------- LTC death notice
def p_death_notice(c, lang):
    p = c.patient(80, 101)
    nurse = c.staff("nurse", "ltc", sex="F")
    dist = [c.staff("manager", "ltc"), c.staff("clerk", "ltc"), c.staff("sw", "ltc")]
    room = f"{c.rint(3, 4)}{c.rint(1, 30):02d}"
    cause = c.ch(K.LTC_DX)
    if lang == "fr":
        text = (f"Bonjour,\n\nNous vous informons du décès de {p.formal('fr')}, chambre {room}, survenu cette nuit à "
                f"{c.rint(0, 5)} h {c.rint(10, 59)}, dans un contexte de soins de fin de vie ({cause[0]}, pneumonie d'aspiration). "
                f"La famille était présente. Le salon funéraire {c.ch(['Dion & fils', 'Lemay-Racine'])} a été avisé.\n"
                f"Le drapeau sera mis en berne à l'entrée du Pavillon, selon la tradition.\n\n{c.sig(nurse, 'fr')}")
        subj = c.ch(["Décès — ch. " + room, f"Avis de décès — {p.full()}", "Décès cette nuit"])
    else:
        text = (f"Hello,\n\nWe regret to inform you that {p.formal('en')}, room {room}, passed away overnight at "
                f"{c.rint(0, 5)}:{c.rint(10, 59)} while receiving end-of-life care ({cause[1]}, aspiration pneumonia). Family was present. "
                f"The funeral home has been notified. The flag at the Wing entrance will be lowered, as is our custom.\n\n{c.sig(nurse, 'en')}")
        subj = c.ch(["Death - room " + room, f"Death notice - {p.full()}", "Passed away overnight"])
    return mail(c, "death_notice", lang, ["patient_name", "diagnosis"], "internal death notice of a named LTC resident with cause",
                nurse, dist, subj, text)


# 38 ----------------------------------------------------------------- SIN with full-width / odd spacing
def p_sin_disguised(c, lang):
    p = c.patient(40, 80)
    p.sin = C.make_sin(c.rng)
    clerk = c.staff("clerk", "osi", sex="F")
    cm = c.staff("cm", "vac")
    st = c.rint(0, 2)
    sin = C.disguise_digits(C.fmt_sin(p.sin, c.rint(0, 3)), st)
    if lang == "fr":
        text = (f"{c.hello(cm, 'fr')}\n\nPour compléter le formulaire de remboursement des frais de déplacement médicaux de votre client :\n"
                f"{p.full()} — NAS {sin}\nRendez-vous à la clinique TSO les {C.fmt_date(c.earlier(20, 30), 'fr', 2)} et "
                f"{C.fmt_date(c.earlier(2, 15), 'fr', 2)} (psychothérapie TSPT), {c.rint(80, 240)} km aller-retour.\n\n{c.sig(clerk, 'fr')}")
        subj = c.ch(["Frais de déplacement médicaux", "Remboursement kilométrage — client ACC"])
    else:
        text = (f"{c.hello(cm, 'en')}\n\nTo complete the medical travel reimbursement form for your client:\n{p.full()} - SIN {sin}\n"
                f"Appointments at the OSI clinic on {C.fmt_date(c.earlier(20, 30), 'en', 1)} and {C.fmt_date(c.earlier(2, 15), 'en', 1)} "
                f"(PTSD psychotherapy), {c.rint(80, 240)} km round trip.\n\n{c.sig(clerk, 'en')}")
        subj = c.ch(["Medical travel expenses", "Mileage reimbursement - VAC client"])
    return mail(c, "sin_disguised", lang, ["patient_name", "ca_sin", "diagnosis"],
                "travel reimbursement with a SIN written in full-width or spaced digits", clerk, [cm], subj, text)


# 39 ----------------------------------------------------------------- memory clinic
def p_memory_clinic(c, lang):
    use_nam = c.chance(0.5)
    p = c.holder(70, 100) if use_nam else c.patient(70, 95)
    md = c.staff("md", "hosp")
    gp = c.staff("gp", "clsc")
    moca = c.rint(14, 23)
    ident = (f" (NAM {C.disguise_nam(p.nam, c.rint(0, 3))})" if lang == "fr" else f" (RAMQ {C.disguise_nam(p.nam, c.rint(0, 3))})") if use_nam else ""
    if lang == "fr":
        text = (f"{c.hello(gp, 'fr')}\n\nJ'ai revu {p.formal('fr')}{ident} à la clinique de la mémoire. MoCA {moca}/30 "
                f"(vs {moca + c.rint(2, 5)}/30 il y a un an), MMSE {moca + c.rint(2, 5)}/30. Tableau compatible avec un trouble "
                f"neurocognitif majeur d'étiologie mixte; le TSPT de longue date complique l'évaluation. Je débute donépézil 5 mg DIE. "
                f"Conduite automobile : j'ai avisé {'le patient' if p.sex == 'M' else 'la patiente'} et je fais la déclaration à la SAAQ.\n\n{c.bye('fr')}\n{c.sig(md, 'fr')}")
        subj = c.ch(["Clinique de la mémoire — suivi", f"Évaluation cognitive — {p.last}"])
    else:
        text = (f"{c.hello(gp, 'en')}\n\nI saw {p.formal('en')}{ident} again at the memory clinic. MoCA {moca}/30 (vs "
                f"{moca + c.rint(2, 5)}/30 a year ago). Picture consistent with a major neurocognitive disorder, mixed aetiology; "
                f"long-standing PTSD complicates the assessment. Starting donepezil 5 mg daily. Driving: discussed, reporting to the SAAQ.\n\n"
                f"{c.bye('en')}\n{c.sig(md, 'en')}")
        subj = c.ch(["Memory clinic follow-up", f"Cognitive assessment - {p.last}"])
    types = ["patient_name", "lab_result", "diagnosis", "medication"] + (["ramq_nam"] if use_nam else [])
    return mail(c, "memory_clinic", lang, types, "memory clinic letter with MoCA score, diagnosis and new drug", md, [gp], subj, text)


# 40 ----------------------------------------------------------------- sleep study report PDF
def p_sleep_report(c, lang):
    p = c.patient(35, 80)
    md = c.staff("md", "sleep")
    psy = c.staff("psychiatrist", "osi")
    ahi = c.rint(8, 60)
    lines = ["# " + T(lang, "Rapport de polysomnographie", "Polysomnography Report"), C.ORG["sleep"][lang], "",
             T(lang, f"Patient : {p.rev()}   Dossier : {p.mrn}   Âge : {p.age(c.today)}",
               f"Patient: {p.rev()}   MRN: {p.mrn}   Age: {p.age(c.today)}"),
             T(lang, f"IAH : {ahi}/h   SpO2 min : {c.rint(72, 88)} %   Efficacité du sommeil : {c.rint(55, 80)} %",
               f"AHI: {ahi}/h   Min SpO2: {c.rint(72, 88)}%   Sleep efficiency: {c.rint(55, 80)}%"),
             T(lang, "Sommeil paradoxal fragmenté, mouvements complexes pendant le REM (cauchemars rapportés).",
               "Fragmented REM sleep, complex movements during REM (reported nightmares)."),
             T(lang, f"Conclusion : apnée obstructive du sommeil {'sévère' if ahi >= 30 else 'modérée' if ahi >= 15 else 'légère'}; "
                     f"trouble du comportement en sommeil paradoxal à exclure.",
               f"Conclusion: {'severe' if ahi >= 30 else 'moderate' if ahi >= 15 else 'mild'} obstructive sleep apnea; "
               f"rule out REM sleep behaviour disorder."), "", md.dr(lang)]
    pdf = A.make_pdf(lines)
    text = T(lang, f"{c.hello(psy, 'fr')}\n\nCi-joint le rapport de la polysomnographie de votre patient. La prazosine peut être "
                   f"poursuivie; je le convoque pour la CPAP.\n\n{c.sig(md, 'fr')}",
             f"{c.hello(psy, 'en')}\n\nAttached is the sleep study report for your patient. Prazosin can be continued; I'll see him for "
             f"CPAP.\n\n{c.sig(md, 'en')}")
    if p.sex == "F":
        text = text.replace("je le convoque", "je la convoque").replace("see him", "see her")
    subj = T(lang, c.ch(["Rapport PSG", "Polysomnographie — rapport"]), c.ch(["PSG report", "Sleep study report"]))
    return mail(c, "sleep_report_pdf", lang, ["patient_name", "mrn", "lab_result", "diagnosis", "medication"],
                "sleep study PDF report with AHI and diagnosis", md, [psy], subj, text,
                attachments=[att(T(lang, f"PSG_{safe_fn(p.last)}.pdf", f"PSG_{safe_fn(p.last)}.pdf"), PDF, pdf)])


# 41 ----------------------------------------------------------------- peer support referral
def p_peer_support(c, lang):
    p = c.patient(30, 70)
    nurse = c.staff("nurse", "osi")
    peer = c.staff("coord", "osi", sex="M")
    if lang == "fr":
        text = (f"Salut {peer.first},\n\n{p.full()} aimerait être jumelé{p.e()} avec un pair aidant. Quelques infos avec son accord : "
                f"ancien{'' if p.sex == 'M' else 'ne'} {c.ch(['fantassin', 'technicien de véhicules', 'médic'])}, vit dans une roulotte au "
                f"camping de {p.town} depuis sa séparation, pas de permis de conduire (suspendu). Diagnostic de TSPT, "
                f"abstinent{p.e()} d'alcool depuis {c.rint(2, 11)} mois.\n\nCell : {p.phone}, préfère les textos le matin.\n\n{nurse.first}")
        subj = c.ch(["Jumelage pair aidant", "Nouveau jumelage", f"Pair aidant pour {p.first}"])
    else:
        text = (f"Hi {peer.first},\n\n{p.full()} would like to be matched with a peer supporter. A few details shared with consent: "
                f"former {c.ch(['infantry soldier', 'vehicle tech', 'medic'])}, living in a trailer at the {p.town} campground since the "
                f"separation, no driver's licence (suspended). PTSD, sober for {c.rint(2, 11)} months.\n\nCell: {p.phone}, prefers texts in "
                f"the morning.\n\n{nurse.first}")
        subj = c.ch(["Peer support match", "New match", f"Peer supporter for {p.first}"])
    return mail(c, "peer_support", lang, ["patient_name", "social_information", "diagnosis", "patient_contact"],
                "peer-support matching with housing, legal and clinical details", nurse, [peer], subj, text)


# 42 ----------------------------------------------------------------- caregiver burnout / respite
def p_caregiver(c, lang):
    p = c.patient(68, 92, sex="M")
    sw = c.staff("sw", "clsc", sex="F")
    cm = c.staff("cm", "vac")
    spouse = c.ch(C.PAT_FIRST_F)
    if lang == "fr":
        text = (f"{c.hello(cm, 'fr')}\n\nJ'ai rencontré {spouse} à domicile hier. Elle est épuisée : {p.full()} (TSPT de longue date, "
                f"maladie de Parkinson) se réveille plusieurs fois la nuit en criant et l'a frappée pendant un cauchemar la semaine passée. "
                f"Elle ne veut pas porter plainte mais demande du répit. Je recommande 2 nuits/semaine de répit au Pavillon des Vétérans "
                f"et une révision de l'allocation pour soins au PAAC.\n\n{c.bye('fr')}\n{c.sig(sw, 'fr')}")
        subj = c.ch(["Épuisement de la proche aidante", f"Demande de répit — {p.last}"])
    else:
        text = (f"{c.hello(cm, 'en')}\n\nI met {spouse} at home yesterday. She is exhausted: {p.full()} (long-standing PTSD, Parkinson's "
                f"disease) wakes several times a night shouting and hit her during a nightmare last week. She does not want to press "
                f"charges but is asking for respite. I recommend 2 nights/week respite at the Veterans' Wing and a review of the "
                f"caregiver allowance.\n\n{c.bye('en')}\n{c.sig(sw, 'en')}")
        subj = c.ch(["Caregiver burnout", f"Respite request - {p.last}"])
    return mail(c, "caregiver_respite", lang, ["patient_name", "diagnosis", "social_information"],
                "caregiver exhaustion and violence during nightmares, respite request", sw, [cm], subj, text)


# 43 ----------------------------------------------------------------- Ontario records transfer (PDF + health number)
def p_on_transfer(c, lang):
    p = c.patient(40, 85)
    p.hn, p.hn_vc = C.make_on_hn(c.rng)
    hr = ("Health Records - Kingsmere Valley Hospital", f"health.records@{C.ORG['kvh']['dom']}")
    clerk = c.staff("clerk", "hosp", sex="F")
    hn = C.fmt_hn(p.hn, p.hn_vc, c.rint(0, 2))
    consent = A.make_pdf(["# " + T(lang, "Autorisation de communiquer des renseignements", "Authorization to release information"),
                          "", T(lang, f"Je, soussigné(e), {p.full()}, né(e) le {C.fmt_date(p.dob, 'fr', 1)},",
                                f"I, {p.full()}, born {C.fmt_date(p.dob, 'en', 1)},"),
                          T(lang, f"no de carte santé de l'Ontario {hn}, autorise le Kingsmere Valley Hospital",
                            f"Ontario health number {hn}, authorize Kingsmere Valley Hospital"),
                          T(lang, "à transmettre au CHRAP : notes de consultation en cardiologie, échographie cardiaque, rapports",
                            "to release to CHRAP: cardiology consultation notes, echocardiogram, discharge summaries"),
                          T(lang, "de congé (hospitalisation pour insuffisance cardiaque, 2023).", "(admission for heart failure, 2023)."),
                          "", T(lang, "Signature du patient : ______________", "Patient signature: ______________")])
    text = T(lang, f"Bonjour,\n\nVeuillez trouver ci-jointe l'autorisation signée du patient. Merci de nous transmettre les documents "
                   f"par télécopieur au {C.ORG['hosp']['fax']}.\n\n{c.sig(clerk, 'fr')}",
             f"Hello,\n\nPlease find the patient's signed authorization attached. Kindly fax the records to {C.ORG['hosp']['fax']}.\n\n{c.sig(clerk, 'en')}")
    subj = T(lang, "Demande de dossier — autorisation signée", "Records request - signed authorization")
    return mail(c, "records_request_on", lang, ["patient_name", "ca_health_number", "date_of_birth", "diagnosis"],
                "records-release authorization PDF with Ontario health number", clerk, [hr], subj, text,
                attachments=[att(T(lang, f"autorisation_{safe_fn(p.last)}.pdf", f"authorization_{safe_fn(p.last)}.pdf"), PDF, consent)])


# 44 ----------------------------------------------------------------- child referral (military family) with NAM
def p_child_referral(c, lang):
    kid = c.holder(3, 17)
    sw = c.staff("sw", "mfrc", sex=c.ch("FM"))
    clsc = c.staff("psychologist", "clsc")
    nam = C.disguise_nam(kid.nam, c.rint(0, 9))
    if lang == "fr":
        text = (f"{c.hello(clsc, 'fr')}\n\nDemande de service en pédopsychologie pour {kid.full()}, {kid.age(c.today)} ans "
                f"(DDN {C.fmt_date(kid.dob, 'fr', 0)}, NAM {nam}). Famille militaire, 3e déménagement en 4 ans, parent "
                f"en déploiement. Anxiété de séparation, refus scolaire depuis {C.MOIS[(c.today.month - 3) % 12]}, "
                f"énurésie secondaire. Parent à la maison : {kid.phone}.\n\n{c.bye('fr')}\n{c.sig(sw, 'fr')}")
        subj = c.ch(["Demande de service — pédopsychologie", "Référence enfant — famille militaire"])
    else:
        text = (f"{c.hello(clsc, 'en')}\n\nRequest for child psychology services for {kid.full()}, age {kid.age(c.today)} (DOB "
                f"{C.fmt_date(kid.dob, 'en', 0)}, RAMQ {nam}). Military family, 3rd posting in 4 years, parent deployed. Separation "
                f"anxiety, school refusal since {C.MONTHS[(c.today.month - 3) % 12]}, secondary enuresis. Parent at home: {kid.phone}.\n\n"
                f"{c.bye('en')}\n{c.sig(sw, 'en')}")
        subj = c.ch(["Service request - child psychology", "Child referral - military family"])
    return mail(c, "child_referral", lang, ["patient_name", "ramq_nam", "date_of_birth", "diagnosis", "social_information", "patient_contact"],
                "MFRC referral of a child to psychology with NAM", sw, [clsc], subj, text)
