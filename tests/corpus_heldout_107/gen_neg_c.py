"""Negative templates, part C: closures, protocols, quality, formulary, clinic templates, staff
calendar invitations, colleague vCards, rotations, phishing, budget, mail mentioning patients
without identifying anyone, admin threads, ZIPs of templates."""
import datetime as dt

from gen_attach import CSV, DOCX, ICS, PDF, VCF, XLSX, ZIP, att, make_csv, make_docx, make_ics, make_pdf, make_vcf, make_xlsx, make_zip
from gen_clinical import drug, dx, lab
from gen_common import CLINIC_PHONE, DOM, EXTERNAL, dr, fmt_date, fmt_day, staff, staff_addr
from gen_compose import body, forward_block, hospital, later, new_mail, quote, reply_subject, unit_name
from gen_neg_a import ADMIN, DOCS, NURSES, TECHS, allto


# --------------------------------------------------------------------------- clinic closure
def clinic_closure(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["hdumais", "crousseau"]))
    kind = rng.randint(0, 1)
    if lang == "fr":
        subj = ["Fermeture de la clinique pendant les Fêtes", "Horaire d'été du laboratoire EEG"][kind]
        paras = [["La clinique de neurologie sera fermée du 24 décembre au 2 janvier inclusivement. Le neurologue de garde reste joignable par la téléphoniste.",
                  "Du 23 juin au 29 août, le laboratoire EEG fermera à 15 h 30. Les EEG de privation de sommeil seront faits le mardi seulement."][kind],
                 f"Message d'absence téléphonique à mettre à jour : {CLINIC_PHONE}."]
    else:
        subj = ["Clinic closure over the holidays", "EEG lab summer hours"][kind]
        paras = [["The neurology clinic will be closed December 24 to January 2 inclusive. The on-call neurologist can be reached via switchboard.",
                  "From June 23 to August 29, the EEG lab will close at 3:30 pm. Sleep-deprived EEGs on Tuesdays only."][kind],
                 f"Please update the voicemail greeting at {CLINIC_PHONE}."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    mail.update(types=set(), note="clinic hours / closure")
    return mail


# --------------------------------------------------------------------------- protocol update
def protocol_update(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["vhebert", "fpatel", "khaddad", "tvaillancourt"]))
    kind = {"vhebert": 0, "fpatel": rng.choice([0, 1]), "khaddad": 1, "tvaillancourt": 2}[a[6]]
    if lang == "fr":
        subj = ["Protocole révisé – état de mal épileptique", "Surveillance des patients sous natalizumab", "Ordonnance collective – céphalée à l'urgence"][kind]
        steps = [["0-5 min : ABC, glycémie capillaire.", "5-10 min : lorazépam 0,1 mg/kg IV (max 4 mg), répéter x 1.",
                  "10-30 min : lévétiracétam 60 mg/kg IV (max 4 500 mg) OU fosphénytoïne 20 mg EP/kg.", "> 30 min : appeler les SI, EEG continu."],
                 ["Index anti-JCV aux 6 mois; si > 1,5 après 24 mois, discuter d'un changement de traitement.", "IRM cérébrale abrégée aux 6 mois.",
                  "Formule sanguine et bilan hépatique aux 3 mois."],
                 ["Métoclopramide 10 mg IV + kétorolac 30 mg IV.", "Si échec : dexaméthasone 10 mg IV pour prévenir la récidive.",
                  "Éviter les opioïdes."]][kind]
        paras = ["Voici la version révisée, approuvée par le comité de pharmacologie :", "\n".join(steps), "Le document complet est sur l'intranet."]
    else:
        subj = ["Revised protocol - status epilepticus", "Monitoring patients on natalizumab", "Medical directive - headache in the ED"][kind]
        steps = [["0-5 min: ABC, fingerstick glucose.", "5-10 min: lorazepam 0.1 mg/kg IV (max 4 mg), repeat x1.",
                  "10-30 min: levetiracetam 60 mg/kg IV (max 4500 mg) OR fosphenytoin 20 mg PE/kg.", "> 30 min: call ICU, continuous EEG."],
                 ["Anti-JCV index every 6 months; if > 1.5 after 24 months, discuss switching.", "Abbreviated brain MRI every 6 months.", "CBC and LFTs every 3 months."],
                 ["Metoclopramide 10 mg IV + ketorolac 30 mg IV.", "If no relief: dexamethasone 10 mg IV to prevent recurrence.", "Avoid opioids."]][kind]
        paras = ["Revised version approved by P&T:", "\n".join(steps), "Full document on the intranet."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    if rng.random() < 0.4:
        mail["attachments"] = [att(make_pdf(subj, steps, header=[hospital(lang)]), PDF, rng.choice(["protocole_revise.pdf", f"{subj} (version approuvée).pdf"]))]
    mail.update(types=set(), note="clinical protocol without patient")
    return mail


# --------------------------------------------------------------------------- quality (aggregate)
def quality_aggregate(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["gdorval", "dlefebvre"]))
    falls = [rng.randint(4, 14) for _ in range(4)]
    if lang == "fr":
        subj = "Rapport trimestriel – incidents et accidents, unité 4 Nord"
        paras = [f"Chutes par trimestre : {', '.join(map(str, falls))}. Erreurs de médication : {rng.randint(2, 9)} (aucune avec conséquence grave).",
                 f"Taux de conformité à l'hygiène des mains : {rng.randint(78, 95)} %.", "Plan d'action : tournée de sécurité mensuelle, alarmes de lit."]
    else:
        subj = "Quarterly report - incidents/accidents, 4 North"
        paras = [f"Falls per quarter: {', '.join(map(str, falls))}. Medication errors: {rng.randint(2, 9)} (none serious).",
                 f"Hand hygiene compliance: {rng.randint(78, 95)}%.", "Action plan: monthly safety rounds, bed alarms."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True))
    mail.update(types=set(), note="aggregate quality indicators")
    return mail


# --------------------------------------------------------------------------- formulary update
def formulary_update(ctx, lang):
    rng = ctx.rng
    ph = staff("fpatel")
    it = rng.choice([("cénobamate", "cenobamate", "épilepsie focale réfractaire à au moins 2 antiépileptiques", "focal epilepsy refractory to at least 2 ASMs"),
                     ("ofatumumab", "ofatumumab", "SP rémittente active", "active relapsing MS"),
                     ("foslévodopa/foscarbidopa", "foslevodopa/foscarbidopa", "Parkinson avancé avec fluctuations motrices", "advanced Parkinson's with motor fluctuations"),
                     ("atogépant", "atogepant", "prévention de la migraine épisodique", "episodic migraine prevention")])
    if lang == "fr":
        art = "de l'" if it[0][0] in "aeiouéo" else "du "
        subj = f"Liste locale – ajout {art}{it[0]}"
        paras = [f"Le comité a ajouté {'l' + chr(39) if it[0][0] in 'aeiouéo' else 'le '}{it[0]} à la liste locale, pour l'indication : {it[2]}.", "Prescription réservée aux neurologues. Formulaire de médicament d'exception requis."]
    else:
        subj = f"Formulary - {it[1]} added"
        paras = [f"The committee added {it[1]} to the formulary for: {it[3]}.", "Restricted to neurologists. Exception drug form required."]
    mail = new_mail(ctx, lang, subj, staff_addr(ph), allto(lang), body(rng, lang, None, paras, ph, group=True))
    mail.update(types=set(), note="formulary update")
    return mail


# --------------------------------------------------------------------------- clinic template (empty slots)
def clinic_template(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["mferreira", "crousseau"]))
    doc = staff(rng.choice(DOCS))
    rows = [["Heure", "Type de plage", "Durée", "Usager", "Remarque"] if lang == "fr" else ["Time", "Slot type", "Length", "Patient", "Note"]]
    t = dt.datetime(2025, 1, 1, 8, 0)
    while t.hour < 16:
        kind = rng.choice(["Nouveau patient", "Suivi", "Suivi", "Procédure"] if lang == "fr" else ["New patient", "Follow-up", "Follow-up", "Procedure"])
        ln = 60 if kind in ("Nouveau patient", "New patient") else 30
        rows.append([t.strftime("%H:%M"), kind, f"{ln} min", "", ""])
        t += dt.timedelta(minutes=ln)
    if lang == "fr":
        subj = f"Gabarit de clinique – {dr(doc, 'fr')}"
        paras = [f"Voici le nouveau gabarit de plages pour la clinique du mardi de {dr(doc, 'fr')}, à partir de septembre.", "Les colonnes Usager sont à remplir dans l'agenda seulement."]
    else:
        subj = f"Clinic template - {dr(doc, 'en')}"
        paras = [f"New slot template for {dr(doc, 'en')}'s Tuesday clinic from September.", "Patient columns are to be filled in the scheduler only."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(doc)], body(rng, lang, None, paras, a),
                    attachments=[att(make_xlsx([("Gabarit" if lang == "fr" else "Template", rows)]), XLSX, "gabarit_clinique.xlsx")])
    mail.update(types=set(), note="empty clinic slot template")
    return mail


# --------------------------------------------------------------------------- staff meeting ICS
def staff_meeting_ics(ctx, lang):
    rng = ctx.rng
    org = staff(rng.choice(DOCS + ["dlefebvre"]))
    d = ctx.now.date() + dt.timedelta(days=rng.randint(3, 20))
    start = dt.datetime(d.year, d.month, d.day, rng.choice([7, 12, 16]), 0)
    kind = rng.randint(0, 2)
    summ = [("Club de lecture – ocrélizumab dans la SP progressive primaire", "Journal club - ocrelizumab in primary progressive MS"),
            ("Réunion multidisciplinaire épilepsie (cas anonymisés)", "Epilepsy multidisciplinary meeting (anonymised cases)"),
            ("Rencontre d'équipe – clinique de céphalées", "Team meeting - headache clinic")][kind][0 if lang == "fr" else 1]
    desc = ("Lien Teams dans l'invitation. Article de la semaine sur l'intranet (essai de phase 3)." if lang == "fr" else "Teams link in invite. Article of the week on the intranet (phase 3 trial).") if kind == 0 else \
        ("Ordre du jour à venir." if lang == "fr" else "Agenda to follow.")
    att_list = [staff_addr(staff(x)) for x in rng.sample(DOCS + NURSES, 4)]
    ics = make_ics(f"{rng.getrandbits(64):016x}@{DOM}", start, start + dt.timedelta(hours=1), summ, desc, "Salle 4.201 / Teams",
                   staff_addr(org), att_list)
    text = f"{summ}\n{fmt_day(d, lang)}\n"
    mail = new_mail(ctx, lang, summ, staff_addr(org), att_list, text, attachments=[att(ics, ICS, "invite.ics", method="REQUEST")])
    mail.update(types=set(), note="staff meeting calendar invitation")
    return mail


# --------------------------------------------------------------------------- colleague vCard
def vcard_colleague(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(ADMIN))
    kind = rng.randint(0, 1)
    if kind == 0:
        s = staff(rng.choice(DOCS + NURSES))
        vcf = make_vcf(s[0], s[1], org=hospital(lang), title=s[3] if lang == "fr" else s[4],
                       phones=[("WORK", CLINIC_PHONE + f" x{rng.randint(20000, 29999)}")], emails=[f"{s[6]}@{DOM}"])
        fn = f"{s[0]} {s[1]}.vcf"
    else:
        vcf = make_vcf("Mathias", "Quintal", org="NeuroTech Fournitures inc.", title="Représentant technique" if lang == "fr" else "Technical representative",
                       phones=[("WORK", "418 555-0188"), ("CELL", "418 555-0189")], emails=["mquintal@neurotech-fournitures.example"])
        fn = "Mathias Quintal.vcf"
    paras = [rng.choice(["Voici la carte de contact demandée.", "Coordonnées ci-jointes pour la liste d'équipe."]) if lang == "fr"
             else rng.choice(["Here's the contact card you asked for.", "Contact details attached for the team list."])]
    mail = new_mail(ctx, lang, "Carte de contact" if lang == "fr" else "Contact card", staff_addr(a), [staff_addr(staff(rng.choice([x for x in ADMIN + NURSES if x != a[6]])))],
                    body(rng, lang, None, paras, a, sig_short=True), attachments=[att(vcf, VCF, fn)])
    mail.update(types=set(), note="work contact vCard of a colleague / rep")
    return mail


# --------------------------------------------------------------------------- resident rotation
def resident_rotation(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["lchartrand", "vhebert"]))
    res = ["poneill", "echarbonneau", "obrassard"]
    blocks = ["Épilepsie/EEG", "SP", "Troubles du mouvement", "EMG", "Consultations", "Neuroréadaptation"] if lang == "fr" else \
             ["Epilepsy/EEG", "MS", "Movement disorders", "EMG", "Consults", "Neuro-rehab"]
    rows = [["Résident" if lang == "fr" else "Resident"] + [f"P{i}" for i in range(1, 7)]]
    for r in res:
        s = staff(r)
        rows.append([f"{s[0]} {s[1]}"] + rng.sample(blocks, 6))
    subj = "Horaire des stages – résidents neurologie 2025-2026" if lang == "fr" else "Rotation schedule - neurology residents 2025-2026"
    paras = ["Voici la répartition des stages pour l'année." if lang == "fr" else "Here are the rotations for the year.",
             "\n".join(" | ".join(r) for r in rows)]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(staff(x)) for x in res], body(rng, lang, None, paras, a))
    mail.update(types=set(), note="resident rotation schedule")
    return mail


# --------------------------------------------------------------------------- phishing warning
def phishing(ctx, lang):
    rng = ctx.rng
    sec = ("Sécurité de l'information", f"securite.info@{DOM}") if lang == "fr" else ("Information Security", f"securite.info@{DOM}")
    if lang == "fr":
        subj = "ALERTE – courriel frauduleux « Mise à jour de votre boîte aux lettres »"
        paras = ["Un courriel frauduleux circule, demandant de « valider votre boîte » via un lien externe.", "Ne cliquez pas. Signalez-le avec le bouton « Signaler l'hameçonnage ».",
                 "Le service TI ne vous demandera jamais votre mot de passe."]
    else:
        subj = "ALERT - phishing e-mail 'Mailbox upgrade'"
        paras = ["A phishing e-mail asks you to 'validate your mailbox' through an external link.", "Do not click. Report it with the 'Report phishing' button.",
                 "IT will never ask for your password."]
    mail = new_mail(ctx, lang, subj, sec, allto(lang), "\n\n".join(paras) + f"\n\n{sec[0]}\n")
    mail.update(types=set(), note="phishing warning")
    return mail


# --------------------------------------------------------------------------- budget
def budget(ctx, lang):
    rng = ctx.rng
    a = staff("hdumais")
    rows = [["Poste budgétaire", "2024-2025", "2025-2026", "Écart"] if lang == "fr" else ["Budget line", "2024-2025", "2025-2026", "Variance"]]
    for item in (["Salaires – technologues", "Fournitures EEG/EMG", "Médicaments (perfusions SP)", "Entretien des équipements", "Formation"] if lang == "fr"
                 else ["Salaries - technologists", "EEG/EMG supplies", "Drugs (MS infusions)", "Equipment maintenance", "Training"]):
        x, y = rng.randint(20000, 900000), rng.randint(20000, 900000)
        rows.append([item, x, y, y - x])
    subj = "Budget 2025-2026 – centre d'activité 6302" if lang == "fr" else "2025-2026 budget - cost centre 6302"
    paras = ["Projet de budget en pièce jointe, à commenter d'ici vendredi." if lang == "fr" else "Draft budget attached; comments by Friday."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(staff(x)) for x in ["dlefebvre", "vhebert", "khaddad"]], body(rng, lang, None, paras, a),
                    attachments=[att(make_xlsx([("Budget", rows)]), XLSX, "budget_6302_2025-2026.xlsx")])
    mail.update(types=set(), note="department budget")
    return mail


# --------------------------------------------------------------------------- patients mentioned, nobody identifiable
def no_identifier(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(ADMIN + TECHS))
    b = staff(rng.choice(DOCS + NURSES))
    kind = rng.randint(0, 4)
    if lang == "fr":
        subj = ["Annulation 14 h", "Objet oublié en salle d'attente", "Dépliants migraine", "Plage libérée demain", "Sondage de satisfaction – résultats"][kind]
        paras = [["Ta patiente de 14 h a annulé (raison personnelle). Veux-tu que je devance quelqu'un de la liste?",
                  "Un manteau bleu a été oublié en salle d'attente ce matin, il est au secrétariat.",
                  "Il ne reste plus de dépliants sur la migraine pour les patients, peux-tu en commander?",
                  "Une plage EMG est libérée demain à 10 h 30 si tu as quelqu'un d'urgent.",
                  "Taux de satisfaction global : 91 % (n = 214). Principal irritant : le délai au téléphone."][kind]]
    else:
        subj = ["2 pm cancellation", "Item left in the waiting room", "Migraine pamphlets", "Slot freed tomorrow", "Satisfaction survey - results"][kind]
        paras = [["Your 2 pm patient cancelled (personal reasons). Want me to move someone up from the list?",
                  "A blue coat was left in the waiting room this morning; it's at the front desk.",
                  "We're out of migraine pamphlets for patients, can you order more?",
                  "An EMG slot opened tomorrow at 10:30 if you have someone urgent.",
                  "Overall satisfaction 91% (n = 214). Main complaint: phone wait times."][kind]]
    mail = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, paras, a, name=b[0], sig_short=True))
    mail.update(types=set(), note="mentions patients generically, nobody identifiable")
    return mail


# --------------------------------------------------------------------------- admin thread (forward / reply / rfc822)
def admin_thread(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["hdumais", "dlefebvre", "cpilon"]))
    b = staff(rng.choice(ADMIN + TECHS))
    c = staff(rng.choice(DOCS + NURSES))
    if lang == "fr":
        subj = rng.choice(["Réaménagement du secrétariat", "Nouvelle procédure de commande", "Horaire des fêtes – clinique SP"])
        q = ["À compter du 1er mai, les demandes de fournitures passent par le formulaire en ligne.", "Merci de transmettre à vos équipes."]
        cover = rng.choice(["Pour info.", "Je te transfère, à diffuser à l'équipe du labo.", "Vu, on s'ajuste."])
    else:
        subj = rng.choice(["Front desk reorganisation", "New ordering procedure", "Holiday schedule - MS clinic"])
        q = ["Starting May 1, supply requests go through the online form.", "Please share with your teams."]
        cover = rng.choice(["FYI.", "Forwarding, please share with the lab team.", "Noted, we'll adjust."])
    prev = new_mail(ctx, lang, subj, staff_addr(a), [staff_addr(b)], body(rng, lang, None, q, a), date=ctx.now - dt.timedelta(days=rng.randint(1, 5)))
    mode = rng.randint(0, 2)
    if mode == 0:
        text = body(rng, lang, None, [cover], b, name=c[0], sig_short=True) + "\n\n" + forward_block(lang, prev)
        mail = new_mail(ctx, lang, reply_subject(rng, lang, subj, fwd=True), staff_addr(b), [staff_addr(c)], text)
    elif mode == 1:
        text = body(rng, lang, "", [cover], b, sig_short=True) + "\n\n" + quote(rng, lang, prev)
        mail = new_mail(ctx, lang, reply_subject(rng, lang, subj), staff_addr(b), [staff_addr(a)], text, in_reply_to=prev["msgid"])
    else:
        prev["eml_name"] = rng.choice([None, f"{subj}.eml"])
        mail = new_mail(ctx, lang, reply_subject(rng, lang, subj, fwd=True), staff_addr(b), [staff_addr(c)],
                        body(rng, lang, None, [cover], b, name=c[0], sig_short=True), inner=[prev])
    mail.update(types=set(), note="administrative thread (forward, reply or attached .eml)")
    return mail


# --------------------------------------------------------------------------- zip of templates
def zip_templates(ctx, lang):
    rng = ctx.rng
    a = staff(rng.choice(["lchartrand", "hdumais"]))
    files = [("requete_EEG_vierge.pdf", make_pdf("Requête EEG", ["Nom : ________", "NAM : ____ ____ ____", "DDN : AAAA-MM-JJ"])),
             ("lettre_type_consultation.docx", make_docx("Lettre type", ["Objet : [Nom de l'usager] ([NAM])", "Cher confrère, chère consœur,",
                                                                        "[Corps de la lettre]", "[Signature]"])),
             ("politique_courriel_securise.pdf", make_pdf("Politique – courriel sécurisé", ["Ne jamais inclure de renseignements cliniques dans l'objet.",
                                                                                          "Chiffrer les pièces jointes contenant des renseignements de santé."]))]
    z = make_zip(files)
    if lang == "fr":
        subj = "Trousse d'accueil – nouveaux employés"
        paras = ["Vous trouverez dans le fichier zip les gabarits et la politique de courriel sécurisé.", "Merci de les lire avant votre premier quart."]
    else:
        subj = "Onboarding kit - new staff"
        paras = ["The zip contains the templates and the secure e-mail policy.", "Please read before your first shift."]
    mail = new_mail(ctx, lang, subj, staff_addr(a), allto(lang), body(rng, lang, None, paras, a, group=True), attachments=[att(z, ZIP, "trousse_accueil.zip")])
    mail.update(types=set(), note="ZIP of blank templates and policies")
    return mail
