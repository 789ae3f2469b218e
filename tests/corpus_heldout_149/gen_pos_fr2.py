"""French positives, part 2: discharge, social work, forms, prescriptions, attachments of every kind."""
import datetime as dt

import gen_docs as D
from gen_clinic import case, domain_for_age, num
from gen_common import (CLINIC_FAX, CLINIC_FR, CLINIC_TEL, DOM, HOSP_ADDR, HOSP_FR, STAFF, dob_formats, ext_person,
                        fmt_phone, fr_date, gen_niss, gen_nir, gen_sin, workday_after)
from gen_mime import inner_eml
from gen_text import bye, earlier, forward_block, hello, reply, reply_headers, sign, who, who_plain

S = STAFF


def _ne(p):
    return "née" if p.sex == "F" else "né"


def _la(p):
    return "la patiente" if p.sex == "F" else "le patient"


def fr_discharge_docx(m, P):
    r = m.rng
    p = P.holder(m, min_age=25, max_age=85)
    dom = r.choice(["thycancer", "pheo", "nfpa", "hpt"])
    c = case(r, dom, "fr")
    res = S[r.choice(["nakamura", "goldberg"])]
    m.sender = who(res, "fr")
    m.to = [("Archives médicales - transcription", f"archives@{DOM}")]
    m.cc = [who(S[r.choice(['vachon', 'benali'])], "fr")]
    proc = {"thycancer": "thyroïdectomie totale", "pheo": "surrénalectomie gauche laparoscopique",
            "nfpa": "exérèse transsphénoïdale d'adénome hypophysaire", "hpt": "parathyroïdectomie inférieure droite"}[dom]
    adm = m.today - dt.timedelta(days=r.randint(3, 9))
    nm = m.name(p, "upper_first")
    dob = m.dob(p, 0)
    nam = m.nam(p, "plain")
    sx = m.sex(p, "bare")
    paras = [f"Nom : {nm}", f"Date de naissance : {dob}", f"Sexe : {sx}", f"NAM : {nam}",
             f"Admission : {fr_date(adm)}    Congé : {fr_date(m.today)}", "# Diagnostic principal", c.dx,
             "# Intervention", f"{proc.capitalize()} le {fr_date(adm + dt.timedelta(days=1))}, sans complication peropératoire.",
             "# Évolution", r.choice(["Hypocalcémie transitoire (Ca 1,98) traitée avec carbonate de calcium et calcitriol.",
                                      "Tension artérielle labile les 24 premières heures, puis stable.",
                                      "Diurèse augmentée au jour 2, une dose de DDAVP, sodium normalisé."]),
             "# Bilan au congé", c.labline("; "),
             "# Médication au congé", "; ".join(c.meds) if c.meds else "acétaminophène 500 mg q6h PRN",
             "# Suivi", f"Clinique d'endocrinologie dans 6 semaines. {c.plan}."]
    doc = D.docx(m.when, "Résumé de dossier (sommaire d'hospitalisation)", paras, author=res.full)
    fn = r.choice([f"Sommaire_{p.surname}_{p.given}.docx", f"resume_depart_{p.surname.lower()}.docx", "Sommaire_hospitalisation.docx"])
    m.attach("docx", fn, doc, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
    m.subject = r.choice(["Sommaire de congé à transcrire", "Résumé de départ - endocrino", f"Sommaire {fr_date(m.today)}"])
    m.text = f"""{hello(r, 'fr')}

Ci-joint le sommaire de congé dicté pour l'unité 5 Nord. {r.choice(['Merci de le verser au dossier.', 'Copie au médecin de famille svp.', 'Il manque la signature du patron, je la fais demain.'])}

{sign(r, res, 'fr')}"""
    m.t("diagnosis", "medication", "lab_result")
    m.category, m.note = "discharge_summary", "hospital discharge summary in Word attachment"


def fr_social(m, P):
    r = m.rng
    p = P.patient(m, age=(30, 78))
    dom = r.choice(["addison", "osteo", "thycancer", "hypo"])
    c = case(r, dom, "fr")
    ts = S["beaudry"]
    md = S[r.choice(["vachon", "gosselin", "benali"])]
    m.sender = who_plain(ts)
    m.to = [who(md, "fr")]
    nm = m.name(p, r.choice(["title", "full", "title_sur"]))
    situation = r.choice([
        f"{nm} a perdu son logement la semaine dernière et dort présentement au refuge La Halte (places limitées à 30 jours).",
        f"{nm} vit de l'aide sociale (programme d'aide financière de dernier recours) et n'arrive pas à payer sa franchise pour la médication.",
        f"{nm} m'a confié vivre de la violence conjugale; un plan de sécurité a été fait et une ressource d'hébergement est contactée.",
        f"{nm} est proche aidant{'e' if p.sex == 'F' else ''} de son conjoint atteint de démence et manque ses rendez-vous faute de répit.",
    ])
    m.subject = r.choice(["Suivi psychosocial", f"Situation de {p.given}", "Rencontre TS - suivi", "Précarité - médication"])
    m.text = f"""{hello(r, 'fr', md)}

Suite à votre demande de consultation : {situation}

Sur le plan médical, je comprends que {_la(p)} a besoin de : {c.medline(', ')} ({c.dx}).
{r.choice(['J’ai fait une demande au fonds de dépannage de la fondation pour couvrir 3 mois.', 'La pharmacie accepte de préparer des piluliers hebdomadaires sans frais.', 'Je vous propose de regrouper ses rendez-vous la même journée.'])}
{('Un numéro pour le joindre : ' if p.sex == 'M' else 'Un numéro pour la joindre : ') + m.phone(p) + ' (cellulaire prépayé).' if r.random() < 0.5 else ''}

{bye(r, 'fr')}
{sign(r, ts, 'fr')}"""
    m.t("social_information", "diagnosis", "medication")
    m.category, m.note = "social_work", "social worker note on patient's living situation"


def fr_dpj(m, P):
    r = m.rng
    p = P.holder(m, min_age=10, max_age=17) if r.random() < 0.6 else P.patient(m, age=(12, 17))
    dom = r.choice(["graves", "hashi_teen", "cah"]) if p.age(m.today) >= 12 else r.choice(["cah", "ghd", "congenital_hypo"])
    c = case(r, dom, "fr")
    md = S["zhou"]
    ts = S["beaudry"]
    m.sender = who(md, "fr")
    m.to = [who_plain(ts)]
    nm = m.name(p, r.choice(["full", "upper_first"]))
    extra = ""
    if p.holder:
        extra = f"\nDDN : {m.dob(p)}, {m.sex(p)} — NAM {m.nam(p)}"
    m.subject = r.choice(["Inquiétudes - suivi pédiatrique", "Signalement DPJ ?", "Jeune en endocrino pédiatrique - à discuter"])
    m.text = f"""{hello(r, 'fr', ts, informal=True)}

J'aimerais ton avis pour {nm}, {p.age(m.today)} ans, suivi{'e' if p.sex == 'F' else ''} pour {c.dx}.{extra}
Troisième rendez-vous manqué, {c.labs[0]} hier à l'urgence. La médication ({c.meds[0]}) n'est visiblement pas donnée à la maison.
{r.choice(['Le dossier est déjà connu de la DPJ (placement en famille d’accueil l’an dernier).', 'La mère mentionne des conflits importants avec le conjoint; je pense qu’un signalement à la DPJ est indiqué.', 'Il vit en alternance chez ses grands-parents; l’intervenante de la DPJ m’a appelée ce matin.' if p.sex == 'M' else 'Elle vit en alternance chez ses grands-parents; l’intervenante de la DPJ m’a appelée ce matin.'])}

On s'en parle avant la clinique de jeudi?
{sign(r, md, 'fr', short=True)}"""
    m.t("social_information", "diagnosis", "medication", "lab_result")
    m.category, m.note = "youth_protection", "paediatric endocrinology youth-protection concern"


def fr_ics_appt(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 82))
    clerk = S["ferland"]
    md = S[r.choice(["nakamura", "goldberg", "vachon"])]
    m.sender = who_plain(clerk)
    m.to = [who(md, "fr")]
    d = workday_after(m.today, r.randint(2, 12))
    h = r.choice([8, 9, 10, 13, 14])
    kind = r.choice([("Cytoponction écho-guidée", "diagnosis", f"Nodule {r.choice(['droit', 'gauche'])} {num(r.uniform(1.2, 3.5), 'fr')} cm TI-RADS {r.choice([4, 5])}"),
                     ("Scintigraphie thyroïdienne", "diagnosis", "Hyperthyroïdie, arrêt Tapazole depuis 5 jours"),
                     ("Test de stimulation au Synacthen", "lab_result", "Suspicion d'insuffisance surrénalienne, cortisol 8 h 142"),
                     ("Injection Prolia", "medication", "Ostéoporose, 3e dose de dénosumab")])
    nm = m.name(p, r.choice(["upper_first", "sur_first", "full"]))
    mrn = m.mrn(p) if r.random() < 0.6 else None
    summ = f"{kind[0]} — {nm}" + (f" (doss. {mrn})" if mrn else "")
    desc = kind[2]
    ev = {"uid": f"{r.randrange(16 ** 12):012x}", "stamp": m.when.astimezone(dt.timezone.utc).replace(tzinfo=None),
          "start": D.naive(d, h), "end": D.naive(d, h, 45), "summary": summ, "location": "Clinique d'endocrinologie, local B-214",
          "description": desc, "organizer": (clerk.full, clerk.email), "attendees": [(md.full, md.email)]}
    m.attach("ics", "invitation.ics", D.ics([ev], DOM), "text/calendar")
    m.subject = r.choice([f"Invitation : {kind[0]} {fr_date(d)}", "Ajout à votre horaire", f"Rendez-vous ajouté {d:%d/%m}"])
    m.text = f"""{hello(r, 'fr', md)}

J'ai ajouté un rendez-vous à votre plage du {fr_date(d, True)} à {h} h (voir l'invitation).

{sign(r, clerk, 'fr')}"""
    m.t(kind[1], "diagnosis")
    m.category, m.note = "appointment_invite", "calendar invitation for a named patient's procedure"


def fr_waitlist_xlsx(m, P):
    r = m.rng
    mgr = S["dagenais"]
    m.sender = who_plain(mgr)
    m.to = [who(S["vachon"], "fr"), who(S["benali"], "fr"), who(S["raman"], "fr")]
    rows = [["Priorité", "Nom", "DDN", "Sexe", "NAM", "Motif", "Demande reçue"]]
    for _ in range(r.randint(3, 5)):
        p = P.holder(m, min_age=20)
        c = case(r, r.choice(["nodule", "graves", "hpt", "adrenal_inc", "prolactinoma", "osteo"]) if p.age(m.today) >= 40 else r.choice(["nodule", "graves", "prolactinoma"]), "fr")
        nm = m.name(p, "upper_first")
        rows.append([r.choice(["A", "B", "B", "C", "D"]), nm, m.dob(p, 0), m.sex(p, "bare"), m.nam(p, "plain"), c.dx,
                     (m.today - dt.timedelta(days=r.randint(20, 300))).isoformat()])
    for _ in range(r.randint(2, 4)):
        p = P.patient(m, age=(20, 85))
        c = case(r, r.choice(["nodule", "hypo", "osteo"]), "fr")
        rows.append([r.choice(["C", "D", "E"]), m.name(p, "upper_first"), m.dob(p, 0), p.sex, "", c.dx,
                     (m.today - dt.timedelta(days=r.randint(20, 300))).isoformat()])
    data = D.xlsx(m.when, [("Liste d'attente", rows), ("Légende", [["A", "urgent < 3 jours"], ["B", "< 10 jours"], ["C", "< 28 jours"], ["D", "< 3 mois"], ["E", "< 12 mois"]])])
    fn = r.choice(["liste_attente_endo.xlsx", f"Liste attente {m.today:%Y-%m}.xlsx", "Attente_priorisation_endocrino.xlsx"])
    m.attach("xlsx", fn, data, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
    m.subject = r.choice(["Liste d'attente à prioriser", "Priorisation des références - à réviser", "Mise à jour liste d'attente endo"])
    m.text = f"""{hello(r, 'fr')}

Voici la liste d'attente à jour. Le CIUSSS nous demande de réduire les demandes de priorité D de plus de 3 mois d'ici la fin du trimestre.
Pouvez-vous réviser la priorisation d'ici vendredi? Les nouvelles demandes sont à la fin.

{bye(r, 'fr')}
{sign(r, mgr, 'fr')}"""
    m.t("diagnosis")
    m.category, m.note = "waitlist", "spreadsheet of waiting patients with identifiers"


def fr_belgian(m, P):
    r = m.rng
    p = P.patient(m, age=(30, 80), lang="fr")
    p.given, p.surname = r.choice([("Nathalie", "Vandenbroucke"), ("Pieter", "Claessens"), ("Sabine", "Dewulf"),
                                   ("Jean-Marc", "Lambotte"), ("Ingrid", "Peeters"), ("Thierry", "Wouters")])
    p.sex = "M" if p.given in ("Pieter", "Jean-Marc", "Thierry") else "F"
    niss = gen_niss(r, p.dob, p.sex)
    dom = r.choice(["addison", "graves", "thycancer"])
    c = case(r, dom, "fr")
    clerk = S["ferland"]
    m.sender = who_plain(clerk)
    m.to = [("Service de la facturation", f"facturation@{DOM}")]
    nm = m.name(p, r.choice(["upper_first", "full", "title"]))
    m.subject = r.choice(["Patient hors Québec - Belgique", "Facturation patient belge (mutualité)", "Couverture - ressortissant belge"])
    m.text = f"""{hello(r, 'fr')}

{_la(p).capitalize()} {nm}, ressortissant{'e' if p.sex == 'F' else ''} belge en séjour, a été {'vue' if p.sex == 'F' else 'vu'} en urgence à la clinique ce matin pour {c.dx}.
Numéro de registre national (NISS) : {m.niss(niss)}
Date de naissance : {m.dob(p)}
Mutualité : {r.choice(['Mutualité chrétienne', 'Solidaris', 'Partenamut'])}, carte européenne non applicable au Canada.
Traitement amorcé : {c.meds[0]}.

Pouvez-vous ouvrir le dossier en mode « patient non assuré » et préparer la facture pour remboursement? Adresse temporaire : {m.address(p)}.

{bye(r, 'fr')}
{sign(r, clerk, 'fr')}"""
    m.t("diagnosis", "medication")
    m.category, m.note = "foreign_patient_billing", "Belgian patient billing with national number"


def fr_french_student(m, P):
    r = m.rng
    p = P.patient(m, age=(19, 29), lang="fr")
    p.given, p.surname = r.choice([("Camille", "Lefèvre"), ("Inès", "Bourdieu"), ("Hugo", "Marchand"), ("Léa", "Garnier"),
                                   ("Théo", "Roussel"), ("Manon", "Perrin")])
    p.sex = "M" if p.given in ("Hugo", "Théo") else "F"
    nir = gen_nir(r, p.dob, p.sex)
    c = case(r, r.choice(["hypo", "graves", "thycancer"]), "fr")
    md = S[r.choice(["vachon", "raman"])]
    m.sender = who(md, "fr")
    m.to = [("Bureau international - Université de Val-Bruyère", "sante.etudiants@univ-valbruyere.example")]
    nm = m.name(p, r.choice(["full", "title"]))
    m.subject = r.choice(["Étudiant(e) français(e) - entente de sécurité sociale", "Attestation de suivi médical", "Formulaire SE401-Q-102"])
    m.text = f"""{hello(r, 'fr')}

À la demande de {nm}, étudiant{'e' if p.sex == 'F' else ''} en échange (France), je confirme son suivi à notre clinique pour {c.dx}.
Traitement : {c.medline(', ')}. Dernier bilan : {c.labline(', ')}.

Numéro de sécurité sociale français (NIR) : {m.nir(nir)}
{_ne(p).capitalize()} le {m.dob(p)}

Ces renseignements sont transmis pour le formulaire d'entente France-Québec (couverture RAMQ). Merci de ne pas les partager au-delà du bureau.

{sign(r, md, 'fr')}"""
    m.t("diagnosis", "medication", "lab_result")
    m.category, m.note = "coverage_attestation", "French student coverage letter with NIR"


def fr_patient_email_fwd(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 75))
    dom = r.choice(["graves", "hypo", "thycancer", "addison"])
    c = case(r, dom, "fr")
    clerk = S["ferland"]
    nurse = S[r.choice(["gravel", "chartrand"])]
    pmail = f"{p.given.lower()[:1]}{p.surname.lower().replace(' ', '').replace(chr(39), '')}{r.randint(1, 99)}@courriel-perso.example"
    from gen_common import strip_accents
    pmail = strip_accents(pmail)
    full = f"{p.given} {p.surname}"
    tel = m.phone(p)
    sym = {"graves": "des palpitations et je perds du poids malgré le Tapazole",
           "hypo": "toujours fatiguée même avec le Synthroid" if p.sex == "F" else "toujours fatigué même avec le Synthroid",
           "thycancer": "des questions sur l'iode radioactif prévu le mois prochain",
           "addison": "eu une gastro en fin de semaine et je ne savais pas comment ajuster l'hydrocortisone"}[dom]
    inner_text = f"""Bonjour,

C'est {full}, je suis suivi{'e' if p.sex == 'F' else ''} par {S['vachon'].dr('fr')}. J'ai {sym}.
Ma date de naissance est le {m.dob(p)}. Pouvez-vous me rappeler au {tel}? Je suis disponible après 15 h.

Merci,
{p.given}"""
    m._need("patient_name", full)
    m.t("patient_name")
    inner = inner_eml(m, (full, pmail), [("Clinique endo", f"endocrinologie@{DOM}")],
                      r.choice(["Question", "Besoin d'un rappel", "médicament", "SVP me rappeler"]), inner_text, earlier(m, r.randint(2, 40)))
    m.sender = who_plain(clerk)
    m.to = [who_plain(nurse)]
    m.attach("eml", "message_patient.eml", inner, "message/rfc822")
    m.subject = r.choice(["TR: Question", "Message d'une patiente (voir pièce jointe)", "TR: Besoin d'un rappel", "Courriel reçu à la boîte générale"])
    m.text = f"""{hello(r, 'fr', nurse, informal=True)}

Reçu dans la boîte générale, je te le transfère. {r.choice(['Peux-tu la rappeler?' if p.sex == 'F' else 'Peux-tu le rappeler?', 'À traiter quand tu peux.', 'Elle a appelé deux fois aussi.' if p.sex == 'F' else 'Il a appelé deux fois aussi.'])}

{sign(r, clerk, 'fr', short=True)}"""
    m.t("diagnosis", "patient_contact")
    if dom in ("graves", "hypo", "addison"):
        m.t("medication")
    m.category, m.note = "patient_email_forward", "patient's e-mail forwarded as attached message"


def fr_dexa_csv(m, P):
    r = m.rng
    tech = S["lussier"]
    m.sender = who_plain(tech)
    m.to = [who_plain(S["chartrand"]), who(S["gosselin"], "fr")]
    d = workday_after(m.today, 1)
    rows = [["heure", "nom", "prenom", "ddn", "sexe", "nam", "motif", "poids_kg"]]
    for i in range(r.randint(4, 7)):
        if r.random() < 0.6:
            p = P.holder(m, min_age=45)
            rows.append([f"{8 + i // 2:02d}:{'00' if i % 2 == 0 else '30'}", p.surname.upper(), p.given, p.dob.isoformat(), p.sex, p.nam,
                         r.choice(["DMO contrôle 2 ans", "DMO initiale - ménopause précoce", "suivi dénosumab", "VFA + DMO", "corticothérapie prolongée"]),
                         r.randint(48, 96)])
            m._need("patient_name", p.surname.upper())
            m._need("patient_name", p.given)
            m._hold(p, "name")
            m.dob(p, 0)
            m.sex(p, "bare")
            m.nam(p, "plain")
        else:
            p = P.patient(m, age=(50, 88))
            rows.append([f"{8 + i // 2:02d}:{'00' if i % 2 == 0 else '30'}", p.surname.upper(), p.given, p.dob.isoformat(), p.sex, "",
                         r.choice(["DMO contrôle", "fracture de fragilité", "hyperparathyroïdie"]), r.randint(48, 96)])
    m.t("patient_name", "diagnosis")
    if not m.holders:
        m.dob(p, 0)
    data = D.csv_bytes(rows, delimiter=r.choice([";", ","]), encoding=r.choice(["utf-8", "utf-8-sig"]))
    m.attach("csv", f"horaire_DMO_{d:%Y%m%d}.csv", data, "text/csv", charset="utf-8")
    m.subject = r.choice([f"Horaire densitométrie {fr_date(d)}", "Export horaire DMO", "Liste DMO demain"])
    m.text = f"""{hello(r, 'fr')}

Voici l'export de l'horaire de densitométrie de {fr_date(d, True)}. {r.choice(['Deux patientes n’ont pas confirmé.', 'Le 10 h 30 est en fauteuil roulant.', 'Rien de spécial.'])}

{sign(r, tech, 'fr', short=True)}"""
    m.category, m.note = "dexa_schedule_export", "CSV export of bone-density schedule"


def fr_transfer_zip(m, P):
    r = m.rng
    p = P.holder(m, min_age=25, max_age=85)
    c = case(r, r.choice(["thycancer", "pheo", "acro", "aldo"]), "fr")
    sec = S["paradis"]
    m.sender = who_plain(sec)
    m.to = [("Secrétariat endocrinologie - CHU", "endo.secretariat@chu-capnord.example")]
    nm = f"{p.given} {p.surname}"
    m._need("patient_name", nm)
    m.t("patient_name")
    m._hold(p, "name")
    dob = m.dob(p, 0)
    sx = m.sex(p, 0)
    nam = m.nam(p, "space")
    summary = D.pdf([f"# Lettre de transfert — {CLINIC_FR}", "", f"Patient(e) : {nm}", f"Date de naissance : {dob}    {sx}",
                     f"NAM : {nam}", "", f"Diagnostic : {c.dx}", f"Traitement : {c.medline()}", f"Plan : {c.plan}",
                     "", f"{S['benali'].dr('fr')}, endocrinologue"], title="Lettre de transfert", compress=r.random() < 0.5)
    labs = D.csv_bytes([["date", "analyse", "résultat"]] + [[(m.today - dt.timedelta(days=7 * i)).isoformat(), l.split(' ')[0], l]
                                                            for i, l in enumerate(c.labs)], delimiter=";")
    z = D.zip_bytes([("lettre_transfert.pdf", summary), ("resultats_labo.csv", labs)], m.when)
    m.attach("zip", f"transfert_{p.surname.lower()}.zip" if r.random() < 0.5 else "dossier_transfert.zip", z, "application/zip")
    m.subject = r.choice(["Transfert de dossier - endocrinologie", "Documents pour consultation au CHU", "Envoi sécurisé - transfert"])
    m.text = f"""{hello(r, 'fr')}

Tel que convenu au téléphone, vous trouverez en pièce jointe (fichier compressé) la lettre de transfert et les derniers résultats de laboratoire.
{r.choice(['Le mot de passe vous sera transmis par téléphone.', 'L’imagerie suit par le réseau PACS.', 'Merci de confirmer la réception.'])}

{bye(r, 'fr')}
{sign(r, sec, 'fr')}"""
    m.t("diagnosis", "medication", "lab_result")
    m.category, m.note = "transfer_package", "zipped transfer package to university hospital"


def fr_insurance_sin(m, P):
    r = m.rng
    p = P.holder(m, min_age=25, max_age=64) if r.random() < 0.5 else P.patient(m, age=(25, 64))
    c = case(r, r.choice(["nfpa", "acro", "thycancer", "graves", "addison"]), "fr")
    sin = gen_sin(r)
    md = S[r.choice(["vachon", "benali", "raman"])]
    m.sender = who(md, "fr")
    m.to = [("Assurances Boréale Vie - Réclamations invalidité", "invalidite@borealevie.example")]
    nm = m.name(p, "upper_first")
    extra = f"NAM : {m.nam(p)}   Sexe : {p.sex}" if p.holder else ""
    if p.holder:
        m.sex(p, "bare")
    nas = m.sin(sin)
    dob = m.dob(p)
    rtw = workday_after(m.today, r.randint(20, 70))
    lines = ["# Déclaration du médecin traitant — invalidité de courte durée", "",
             f"Nom de l'assuré(e) : {nm}", f"Date de naissance : {dob}", f"NAS : {nas}", extra,
             f"Police collective : BV-{r.randint(10000, 99999)}",
             "", f"Diagnostic : {c.dx}", f"Traitement en cours : {c.medline()}",
             f"Limitations : fatigue importante, {r.choice(['céphalées', 'troubles visuels', 'palpitations', 'faiblesse musculaire'])}.",
             f"Retour au travail prévu : {fr_date(rtw)} (progressif).", "", f"{md.dr('fr')} — {CLINIC_FR}"]
    if r.random() < 0.5:
        m.attach("pdf", "Declaration_medecin_traitant.pdf", D.pdf([l for l in lines if l is not None], compress=r.random() < 0.5), "application/pdf")
        m.text = f"""{hello(r, 'fr')}

Veuillez trouver ci-joint la déclaration du médecin traitant complétée pour votre assuré{'e' if p.sex == 'F' else ''} (dossier de réclamation {r.randint(100000, 999999)}).

{sign(r, md, 'fr')}"""
    else:
        m.text = f"""{hello(r, 'fr')}

Voici les renseignements demandés pour la réclamation :

""" + "\n".join(l for l in lines[2:] if l) + f"\n\n{bye(r, 'fr')}"
    m.subject = r.choice(["Déclaration du médecin traitant", "Réclamation invalidité - formulaire complété", "Formulaire assureur"])
    m.t("diagnosis", "medication")
    m.category, m.note = "insurer_form", "disability insurer form with social insurance number"


def fr_vcard(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 85))
    clerk = S["ferland"]
    nurse = S[r.choice(["gravel", "chartrand"])]
    m.sender = who_plain(clerk)
    m.to = [who_plain(nurse)]
    card = {"given": p.given, "surname": p.surname, "tel": [("CELL", p.phone), ("HOME", p.phone[:-2] + f"{(int(p.phone[-2:]) + 7) % 100:02d}")],
            "adr": (p.addr, p.city.split(" (")[0], "QC", p.city.split("  ")[-1]),
            "note": r.choice(["Rappeler pour résultat de cytoponction", "Patient(e) Prolia - nouvelle adresse", "Préfère être appelé(e) le soir"])}
    m._need("patient_name", f"{p.given} {p.surname}")
    m._need("patient_contact", p.phone)
    m.t("patient_name", "patient_contact")
    m.attach("vcf", f"{p.given} {p.surname}.vcf", D.vcard([card]), "text/vcard")
    m.subject = r.choice(["Nouvelles coordonnées", "Changement d'adresse patient", "Coordonnées à mettre à jour"])
    m.text = f"""{hello(r, 'fr', nurse, informal=True)}

{r.choice(['Changement de coordonnées reçu au comptoir, fiche ci-jointe.', 'Voici la fiche contact à jour.', 'Nouvelle adresse et cellulaire, voir la vCard.'])} C'est {r.choice(['pour ta liste de rappels de biopsies.', 'une de tes patientes Prolia.', 'pour le suivi post-iode.'])}

{sign(r, clerk, 'fr', short=True)}"""
    m.t("diagnosis")
    m.category, m.note = "contact_card", "patient contact card in vCard attachment"


def fr_pharmacy_rx(m, P):
    r = m.rng
    p = P.patient(m, age=(25, 90))
    dom = r.choice(["hypo", "graves", "addison", "osteo", "prolactinoma"])
    c = case(r, dom, "fr")
    md = S[r.choice(["vachon", "benali", "raman", "gosselin"])]
    m.sender = who(md, "fr")
    m.to = [("Pharmacie Lamoureux et Dion", "ordonnances@pharmalamoureux.example")]
    nm = m.name(p, r.choice(["full", "upper_first", "title"]))
    rx = "\n".join(f"  {i + 1}. {x} — {r.choice(['30 jours, renouveler x 5', '90 jours, renouveler x 3', 'qté 12, renouveler x 1'])}" for i, x in enumerate(c.meds))
    m.subject = r.choice(["Ordonnance", f"Ordonnance - {nm}", "Rx renouvellement", "Ordonnance électronique (télécopie)"])
    m.text = f"""ORDONNANCE

Patient(e) : {nm}
{_ne(p).capitalize()} le : {m.dob(p)}
Adresse : {m.address(p)}

{rx}

Diagnostic / indication : {c.dx}
{r.choice(['Substitution permise.', 'Ne pas substituer (marque seulement).', 'Servir en pilulier hebdomadaire.'])}

{md.dr('fr')}, {md.role_fr} — licence {r.randint(10000, 99999)}
{CLINIC_FR}, {HOSP_FR}
Tél. {CLINIC_TEL}  Téléc. {CLINIC_FAX}"""
    m.t("medication", "diagnosis")
    m.category, m.note = "prescription", "prescription sent to community pharmacy"


def fr_ramq_exception(m, P):
    r = m.rng
    p = P.holder(m, min_age=50)
    c = case(r, "osteo", "fr")
    md = S["gosselin"]
    nurse = S["chartrand"]
    drug = r.choice(["tériparatide (Forteo)", "romosozumab (Evenity)", "dénosumab (Prolia)"])
    m.sender = who_plain(nurse)
    m.to = [who(md, "fr")]
    nm = m.name(p, "upper_first")
    dob, nam, sx = m.dob(p, 0), m.nam(p, "plain"), m.sex(p, 0)
    lines = ["# Demande d'autorisation — médicament d'exception", f"Médicament demandé : {drug}", "",
             f"Nom : {nm}", f"Date de naissance : {dob}    {sx}", f"Numéro d'assurance maladie : {nam}", "",
             f"Diagnostic : {c.dx}", f"DMO : {c.labs[0]}, {c.labs[1]}", f"{c.labs[2]}",
             f"Traitements antérieurs : {r.choice(['alendronate x 4 ans, fracture sous traitement', 'risédronate intolérance digestive', 'aucun (contre-indication aux bisphosphonates, ClCr 28)'])}",
             "", f"Médecin : {md.dr('fr')}   Signature : ____________________"]
    pdfb = D.pdf(lines, title="Formulaire médicament d'exception", compress=r.random() < 0.5)
    fn = r.choice([f"RAMQ_exception_{p.surname}.pdf", "formulaire_exception_a_signer.pdf", f"Demande {drug.split(' ')[0]} - {p.surname}.pdf"])
    m.attach("pdf", fn, pdfb, "application/pdf")
    m.subject = r.choice(["Formulaire RAMQ à signer", f"Médicament d'exception - {drug.split(' (')[0]}", "À signer : demande d'autorisation"])
    m.text = f"""{hello(r, 'fr', md)}

Le formulaire de médicament d'exception est prêt (pièce jointe). Il ne manque que votre signature; je le télécopie à la RAMQ dès que c'est fait.

{bye(r, 'fr')}
{sign(r, nurse, 'fr', short=True)}"""
    m.t("diagnosis", "lab_result", "medication")
    m.category, m.note = "drug_authorization_form", "RAMQ exceptional-drug request form"


def fr_transport(m, P):
    r = m.rng
    p = P.patient(m, age=(65, 95))
    clerk = S["ferland"]
    m.sender = who_plain(clerk)
    m.to = [("Transport adapté Val-Bruyère", "reservations@ta-valbruyere.example")]
    d = workday_after(m.today, r.randint(3, 14))
    h = r.choice(["8 h 30", "9 h 15", "10 h", "13 h 30"])
    nm = m.name(p, r.choice(["title", "upper_first", "full"]))
    m.subject = r.choice(["Demande de transport", f"Transport {fr_date(d)}", "Réservation transport adapté - clinique"])
    motive = r.choice(["densitométrie osseuse", "scintigraphie thyroïdienne", "perfusion d'Aclasta", "cytoponction de la thyroïde"])
    k = r.randint(0, 4)
    partic = ["fauteuil roulant, besoin de la plateforme", "marchette, accompagnée de sa fille", "malentendant, appeler la voisine au besoin",
              "oxygène portatif (MPOC)", f"vit {'seule' if p.sex == 'F' else 'seul'} en maison de chambres, sans téléphone fixe; laisser un message à l'intervenante du CLSC"][k]
    if k == 4:
        m.t("social_information")
    m.text = f"""{hello(r, 'fr')}

Nous demandons un transport aller-retour pour :

{nm}
{m.address(p)}
Tél. : {m.phone(p)}

Rendez-vous : {fr_date(d, True)} à {h}, {HOSP_FR}, entrée B (pavillon des cliniques externes), pour une {motive}.
Particularités : {partic}.

{bye(r, 'fr')}
{sign(r, clerk, 'fr')}"""
    m.t("diagnosis")
    m.category, m.note = "transport_request", "adapted transport booking for clinic visit"
