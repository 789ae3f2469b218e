"""Confidential messages in French (part 2): replies, forwards, letters, attachments, calendar, vCard."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_mime import Att, EmlAtt
from gen_people import FULL_STYLES, nm
from gen_pos_fr import L, dob_s, hello, id_block, mrn_s, sig, thanks
from gen_tpl import earlier, forwarded, new_doc, quoted, shared, who


# ---------------------------------------------------------------- 12. reply; the patient is in the quoted part

def t_reply(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 30, 85)
    les = R.choice(K.ORAL_PATH)
    orig_dt = G.msg_datetime(R)
    dt = orig_dt + datetime.timedelta(hours=R.randint(1, 30))
    md = R.choice(["bergeron", "vachon", "fraser"])
    orig = (f"Nancy,\n\nPeux-tu céduler {nm(p, R.choice(['title', 'upper_comma', 'full', 'title_sur']), L)} "
            f"(dossier {mrn_s(R, p.mrn)}) pour une biopsie, 30 min, avant la fin du mois ?\n"
            f"{les[0].capitalize()}, {R.choice(['ex-fumeu' + ('se' if p.sex == 'F' else 'r') + ' 40 paquets-années', 'fumeu' + ('se' if p.sex == 'F' else 'r') + ' actif' + ('ve' if p.sex == 'F' else ''), 'suivi' + ('e' if p.sex == 'F' else '') + ' depuis 2022'])}. "
            f"{R.choice(['Pas d’anticoagulant.', 'Sous AAS 80 mg, on ne cesse pas.', 'Allergie à la pénicilline.'])}\n\n"
            f"{G.signature(md, L, R, short=True)}")
    osubj = R.choice(["Biopsie à céduler", f"Céduler biopsie {p.surname}", "RV biopsie"])
    reply = R.choice([f"C'est fait, confirmé pour le {G.day_fr(G.next_weekday(dt.date(), R, 2, 14))} à {R.choice(['8 h', '10 h 30', '13 h 15'])}.",
                      "Oui, c'est beau. Je l'ai mis sur ta plage de jeudi PM.",
                      "Fait. Le consentement sera signé sur place.", "Ok, j'ai laissé un message à la résidence."])
    text = (f"{reply}\n\n{G.signature('proulx', L, R, short=True)}" +
            quoted(orig, L, R.choice(["gt", "outlook"]), who(md), orig_dt, who("proulx"), osubj) + "\n")
    types = {"patient_name", "mrn", "diagnosis"}
    if "AAS" in orig or "pénicilline" in orig:
        types.add("medication")
    return new_doc(ctx, L, "reply", "réponse avec message cité contenant un usager", True, types,
                   who("proulx"), [who(md)], "RE: " + osubj, text, ids=[("mrn", p.mrn)], date=dt,
                   in_reply_to=ctx.msgid())


# ---------------------------------------------------------------- 13. inline forward of a parent's message

def t_fwd_parent(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 5, 13)
    dx = R.choice(K.CHILD_DX)
    parent = R.choice(["Karine", "Mélanie", "Jonathan", "Steve", "Émilie", "Marie-Ève"])
    paddr = f"{G.ascii_fold(parent).lower()}.{G.ascii_fold(p.surname).lower().replace(' ', '')}{R.randrange(10, 99)}@courriel.example"
    odt = G.msg_datetime(R)
    dt = odt + datetime.timedelta(hours=R.randint(2, 40))
    orig = (f"Bonjour,\n\nMon {'fils' if p.sex == 'M' else 'enfant'} {p.given} {p.surname} "
            f"({'né' if p.sex == 'M' else 'née'} le {dob_s(R, p.dob, False)}) a été vu{'' if p.sex == 'M' else 'e'} à l'école "
            f"pour le dépistage et vous avez trouvé : {dx[0]}. {R.choice(['Il/elle a encore mal la nuit.', 'La joue a enflé hier soir.', 'Il/elle ne mange plus du côté gauche.']).replace('Il/elle', 'Il' if p.sex == 'M' else 'Elle')}\n"
            f"Est-ce qu'on peut avoir un rendez-vous ? On habite au {p.street}, {p.city}, "
            f"et mon numéro est le {p.phone}.\n\nMerci\n{parent}")
    text = (f"{hello(R, 'Nancy')}\n\n{R.choice(['Je te transfère le message de la mère/du père, peux-tu lui trouver une place ?', 'Pour suivi svp — à voir cette semaine.', 'Voir ci-dessous, priorité 1.'])}\n\n"
            f"{sig(R, 'dufour', short=True)}" +
            forwarded(orig, L, (parent, paddr), odt, who("dufour"), "rendez-vous pour mon enfant") + "\n")
    text = text.replace("de la mère/du père", "du parent")
    return new_doc(ctx, L, "forward", "transfert d'un message de parent demandant un rendez-vous", True,
                   {"patient_name", "date_of_birth", "diagnosis", "patient_contact"},
                   who("dufour"), [shared("rdv")], R.choice(["TR: rendez-vous pour mon enfant", "Fwd: rendez-vous pour mon enfant"]),
                   text, date=dt)


# ---------------------------------------------------------------- 14. consultation letter (DOCX) for MRONJ

def t_consult_onm(ctx):
    R = ctx.rng
    p = ctx.holder(45, 90)
    prof = R.choice([x for x in K.PROFILES if "zol" in x["med"][0] or "dénosumab" in x["med"][0]] +
                    [dict(cond=("ostéoporose", "osteoporosis"), med=("alendronate 70 mg hebdomadaire depuis 9 ans", "alendronate 70 mg weekly for 9 years"))])
    md = R.choice(["bissonnette", "arsenault"])
    stage = R.choice(["1", "2", "2", "3"])
    seen = G.next_weekday(datetime.date(2025, 2, 1), R, 1, 90)
    paras = [f"Docteur{'e' if md == 'arsenault' else ''} {G.staff(md)['surname']},", "",
             f"J'ai vu en consultation le {G.fmt_date(seen, 'long', L)} :",
             id_block(R, p, fw=False, style=R.choice([0, 3])), "",
             f"Antécédents : {prof['cond'][0]}. Traitement : {prof['med'][0]}.",
             f"Examen : exposition osseuse de {R.choice(['8', '12', '5'])} mm en région {R.choice(['45-47', '36-37', 'torus lingual gauche'])}, "
             "sans suppuration. Panoramique : séquestre en formation.",
             f"Impression : ostéonécrose des maxillaires associée aux médicaments (ONMAM), stade {stage}.",
             "Conduite : rince-bouche chlorhexidine 0,12 % BID, amoxicilline-clavulanate 875 mg BID x 14 jours si douleur, "
             "revoir dans 4 semaines. Pas d'interruption du traitement sans avis de l'oncologie.", "",
             "Veuillez agréer, Docteur, mes salutations distinguées.", "", "Dre Hélène Vachon, DMD, FRCD(C)"]
    docx = A.make_docx("Lettre de consultation - Chirurgie buccale et maxillo-faciale", paras, author="Hélène Vachon")
    fn = R.choice([f"Lettre_consultation_{G.ascii_fold(p.surname)}_{G.ascii_fold(p.given)}.docx",
                   f"Consultation {p.surname.upper()}.docx", "lettre_consultation.docx"])
    text = (f"{hello(R)}\n\nCi-joint ma lettre de consultation pour {nm(p, R.choice(['title', 'full', 'title_sur', 'initial']), L)}, "
            f"{R.choice(['que vous nous aviez référé' + ('e' if p.sex == 'F' else ''), 'vue la semaine dernière', 'pour votre dossier'])}.\n\n"
            f"{sig(R, 'vachon')}\n")
    return new_doc(ctx, L, "consult", "lettre de consultation jointe en DOCX", True,
                   {"patient_name", "ramq_nam", "date_of_birth", "diagnosis", "medication"},
                   who("vachon"), [who(md)], R.choice(["Lettre de consultation", f"Consultation - {p.surname}", "Votre référence - ONM"]),
                   text, atts=[Att(fn, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)],
                   holders=[p], date=G.after(seen, R, 1, 10))


# ---------------------------------------------------------------- 15. income-support dental coverage

def t_aide_sociale(ctx):
    R = ctx.rng
    p = ctx.holder(20, 75)
    soc = R.choice([K.SOCIAL[1], K.SOCIAL[2], K.SOCIAL[5]])
    dx = R.choice(K.ORAL_DX + K.DENTURE_DX[:3])
    text = (f"{hello(R, 'Andrée')}\n\nJ'ai besoin de ton aide pour la couverture d'un{'e' if p.sex == 'F' else ''} usager{'ère' if p.sex == 'F' else ''} :\n\n"
            f"{id_block(R, p)}\n\n"
            f"Situation : {soc[0]}. {R.choice(['Le carnet de réclamation est expiré depuis mars.', 'Pas de carnet de réclamation valide au dossier.', 'Aucune adresse postale fixe.'])}\n"
            f"Besoin : {dx[0]}; {R.choice(['prothèse partielle à prévoir', 'extractions sous anesthésie locale', 'plan de traitement en 3 séances'])}.\n\n"
            f"Est-ce que tu peux vérifier l'admissibilité avec l'agent d'aide sociale ?\n\n{thanks(R)}\n\n{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "social_coverage", "vérification de couverture pour un usager prestataire", True,
                   {"patient_name", "ramq_nam", "date_of_birth", "social_information", "diagnosis"},
                   who("paradis"), [who("stpierre")], R.choice(["Couverture - aide sociale", "Admissibilité soins dentaires",
                                                                 "Carnet de réclamation ?"]),
                   text, holders=[p])


# ---------------------------------------------------------------- 16. French visitor: NIR on an invoice for reimbursement

def t_nir(ctx):
    R = ctx.rng
    p = ctx.patient("france", 19, 45)
    dx = R.choice(K.ORAL_DX[:5] + K.ORAL_DX[8:10])
    day = G.next_weekday(datetime.date(2025, 2, 1), R, 1, 100)
    nir_t = G.fmt_nir(p.nir, R.choice(["space", "plain", "key", "dot", "fw"]))
    rx = R.choice(K.POSTOP_RX[:2])
    lines = [f"Patient : {nm(p, 'upper_comma', L)}", f"Date de naissance : {G.fmt_date(p.dob, 'dmy', L)}",
             f"N° de sécurité sociale (France) : {G.fmt_nir(p.nir, 'space')}", f"Date des soins : {day.isoformat()}", "",
             f"Diagnostic : {dx[0]}", f"Acte : incision et drainage, extraction; ordonnance {rx[0]}",
             "Montant payé : 640,00 $ CA", "", "Document remis pour remboursement auprès de la CPAM / mutuelle."]
    pdf = A.make_pdf("Facture détaillée - soins dentaires d'urgence", lines, compress=R.random() < 0.5, header=G.HOSP_FR)
    paddr = f"{G.ascii_fold(p.given).lower()}.{G.ascii_fold(p.surname).lower()}@courriel.example"
    text = (f"Bonjour {nm(p, 'title', L)},\n\nComme convenu au téléphone, voici la facture détaillée de vos soins "
            f"du {G.fmt_date(day, 'long', L)} ({dx[0]}), avec votre numéro de sécurité sociale {nir_t} pour la "
            f"demande de remboursement.\n\n{R.choice(['Bon retour en France !', 'Bonne continuation.', 'N’hésitez pas si la caisse demande autre chose.'])}\n\n"
            f"{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "insurer_form", "facture détaillée avec numéro de sécurité sociale français", True,
                   {"patient_name", "fr_nir", "date_of_birth", "diagnosis", "medication"},
                   who("paradis"), [(nm(p, "full", L), paddr)], R.choice(["Facture détaillée - remboursement", "Votre facture pour la CPAM",
                                                                          "Documents pour votre mutuelle"]),
                   text, atts=[Att(R.choice([f"Facture_{G.ascii_fold(p.surname)}.pdf", f"Facture détaillée {p.surname}.pdf"]),
                                   "application/pdf", pdf)], ids=[("nir", p.nir)], date=G.after(day, R, 1, 20))


# ---------------------------------------------------------------- 17. Belgian trainee: NISS on a care certificate

def t_niss(ctx):
    R = ctx.rng
    p = ctx.patient("be", 20, 35)
    niss_t = G.fmt_niss(p.niss, R.choice(["std", "plain", "space", "slash", "fw"]))
    dx = R.choice([K.ORAL_DX[9], K.ORAL_DX[4], K.ORAL_DX[1]])
    cause = R.choice(['suite à une chute à vélo', 'au retour d’un match de hockey']) if dx is K.ORAL_DX[9] else \
        R.choice(['depuis 4 jours', 'depuis la fin de semaine'])
    soins = R.choice(['restaurations provisoires, suivi dans 6 semaines', 'attelle semi-rigide 2 semaines']) \
        if dx is K.ORAL_DX[9] else R.choice(['extraction et antibiothérapie', 'drainage, amoxicilline 500 mg TID'])
    text = (f"{hello(R)}\n\nPour la mutualité de {nm(p, R.choice(['title', 'full', 'upper_comma']), L)}, stagiaire "
            f"belge au CISHR :\n\nNISS : {niss_t}\nDate de naissance : {dob_s(R, p.dob)}\n"
            f"Motif de consultation : {dx[0]} {cause}\n"
            f"Soins : {soins}\n\n"
            f"L'attestation de soins originale sera remise en main propre. {thanks(R)}\n\n{sig(R, 'paradis')}\n")
    return new_doc(ctx, L, "attestation", "attestation de soins avec numéro NISS belge", True,
                   {"patient_name", "be_niss", "date_of_birth", "diagnosis"} | ({"medication"} if "amoxicilline" in soins else set()),
                   who("paradis"), [("Mutualité Saint-Rémi - service étranger", "etranger@mutualite-stremi.example")],
                   R.choice(["Attestation de soins - stagiaire", "Attestation soins dentaires", "Demande de la mutualité"]),
                   text, ids=[("niss", p.niss)])


# ---------------------------------------------------------------- 18. name only in the Subject

def t_subject_only(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 35, 85)
    res = R.choice(K.BIOPSY_RESULT)
    subj = R.choice([f"RE: {p.surname.upper()} {p.given} - biopsie", f"Patho {nm(p, 'comma', L)}",
                     f"{p.given.lower()} {p.surname.lower()} résultat", f"Biopsie {nm(p, 'initial', L)} (langue)"])
    text = (f"{R.choice(['Hélène,', 'Mathieu,', 'Salut,'])}\n\nRésultat reçu ce matin : {res[0]}.\n"
            f"{R.choice(['Je l’ai inscrit au comité des tumeurs tête et cou de mercredi.', 'Il faut l’annoncer en personne, peux-tu lui donner un RV cette semaine ?', 'Bonne nouvelle, contrôle dans 6 mois.'])}\n\n"
            f"{G.signature('levesque', L, R, short=True)}\n")
    return new_doc(ctx, L, "result", "résultat de biopsie, nom seulement dans l'objet", True,
                   {"patient_name", "lab_result", "diagnosis"},
                   who("levesque"), [who(R.choice(["vachon", "bergeron"]))], subj, text)


# ---------------------------------------------------------------- 19. patient only in an attachment / its file name

def t_attach_only(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 20, 85)
    mode = R.randrange(3)
    frm = R.choice(["perreault", "turcotte", "proulx"])
    text = (f"{hello(R)}\n\n{R.choice(['Voici le document demandé.', 'Tel que discuté, ci-joint.', 'Pour ton dossier.', 'Ci-joint.'])}\n\n"
            f"{G.signature(frm, L, R, short=True)}\n")
    if mode == 0:
        dx = R.choice(K.ORAL_DX)
        pdf = A.make_pdf("Rapport radiologique - Panoramique", [
            f"Usager : {nm(p, 'upper_comma', L)}   Dossier : {p.mrn}", f"Examen du {G.fmt_date(datetime.date(2025, R.randint(1, 5), R.randint(1, 28)), 'iso', L)}",
            "", f"Constat : {dx[0]}. Résorption osseuse périapicale de 6 mm.", "Sinus maxillaires libres.",
            "", "Radiologiste : Dr P. Quintal"], compress=R.random() < 0.5)
        atts = [Att(f"Rapport_panoramique_{G.ascii_fold(p.surname)}_{G.ascii_fold(p.given)}.pdf", "application/pdf", pdf)]
        types = {"patient_name", "mrn", "diagnosis", "lab_result"}
        note = "rapport radiologique joint, identité dans la pièce jointe"
    elif mode == 1:
        csvb = A.make_csv([["fichier", "date", "dent", "commentaire"],
                           [f"PAN_{p.mrn}_01.dcm", "2025-01-14", "-", "panoramique initiale"],
                           [f"PA_{p.mrn}_02.dcm", "2025-02-03", "46", "lésion périapicale 46"],
                           [f"PA_{p.mrn}_03.dcm", "2025-03-10", "46", "contrôle post-extraction"]], delimiter=";")
        note_txt = (f"Transfert de dossier - {p.given} {p.surname} (dossier {p.mrn})\n"
                    f"Raison : déménagement à {R.choice(['Sherbrooke', 'Rimouski', 'Gatineau'])}; suivi de la lésion 46 et diabète de type 2.\n").encode("utf-8")
        z = A.make_zip([("index_images.csv", csvb), ("note_transfert.txt", note_txt)])
        atts = [Att(f"transfert_dossier_{p.mrn}.zip", "application/zip", z)]
        types = {"patient_name", "mrn", "diagnosis"}
        note = "archive ZIP de transfert de dossier"
    else:
        dx = R.choice(K.DENTURE_DX + K.ORAL_DX)
        docx = A.make_docx("Plan de traitement", [f"Usager : {nm(p, 'full', L)}", f"DDN : {G.fmt_date(p.dob, 'iso', L)}",
                                                   f"Diagnostic : {dx[0]}", "Séance 1 : extractions", "Séance 2 : empreintes",
                                                   "Séance 3 : insertion de la prothèse"], author=G.staff(frm)["name"])
        atts = [Att(f"Plan de traitement - {p.given} {p.surname}.docx",
                    "application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx)]
        types = {"patient_name", "date_of_birth", "diagnosis"}
        note = "plan de traitement joint, identité dans la pièce jointe"
    ids = [("mrn", p.mrn)] if "mrn" in types else []
    return new_doc(ctx, L, "attachment", note, True, types, who(frm), [who(R.choice(["levesque", "desjardins", "labelle"]))],
                   R.choice(["document", "Pièce jointe", "Tel que demandé", "TR: document"]), text, atts=atts, ids=ids)


# ---------------------------------------------------------------- 20. calendar invitation for a surgery slot

def t_ics(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 16, 40)
    day = G.next_weekday(datetime.date(2025, 3, 1), R, 1, 90)
    start = datetime.datetime(day.year, day.month, day.day, R.choice([8, 9, 10, 13]), 0)
    end = start + datetime.timedelta(minutes=R.choice([60, 90, 120]))
    prof = R.choice([K.PROFILES[9], K.PROFILES[10], K.PROFILES[6]])
    summ = f"Extraction 3es molaires sous AG - {nm(p, 'upper_comma', L)} ({p.mrn})"
    desc = f"{prof['cond'][0]}; Rx : {prof['med'][0]}. {prof['plan'][0]}."
    ics = A.make_ics(f"hhr-{p.mrn}-{day.isoformat()}@{G.DOMAIN}", summ, start, end, desc, "Bloc opératoire, salle 6",
                     (G.staff("charbonneau")["name"], G.staff("charbonneau")["email"]),
                     [(G.staff("fraser")["name"], G.staff("fraser")["email"]), (G.staff("haddad")["name"], G.staff("haddad")["email"])])
    text = (f"{hello(R)}\n\nInvitation pour le cas du {G.day_fr(day)}. Détails dans l'invitation.\n\n{sig(R, 'charbonneau', short=True)}\n")
    return new_doc(ctx, L, "booking", "invitation de calendrier pour un cas opératoire", True,
                   {"patient_name", "mrn", "diagnosis", "medication"},
                   who("charbonneau"), [who("fraser"), who("haddad")], f"Invitation : cas AG {day.isoformat()}", text,
                   date=G.before(day, R, 3, 15),
                   atts=[Att("invite.ics", 'text/calendar; charset="utf-8"; method=REQUEST', ics, cte="base64")],
                   ids=[("mrn", p.mrn)])


# ---------------------------------------------------------------- 21. vCard of a patient for follow-up

def t_vcard(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 25, 85)
    res = R.choice(K.ORAL_PATH)
    plain = R.random() < 0.5
    vcf = A.make_vcard(p.given, p.surname, tel=[("CELL", p.phone)], adr=(p.street, p.city, "QC", p.postal),
                       note="Usager - rappel annuel; préfère être joint en soirée" if plain else
                       f"Usager - suivi biopsie ({res[0]}); préfère être joint en soirée")
    why = "la liste de rappel" if plain else f"le suivi de sa biopsie ({res[0]})"
    text = (f"{hello(R, 'Lucie')}\n\nVoici la fiche de {nm(p, R.choice(['title', 'given', 'title_sur']), L)} pour "
            f"{why}. {R.choice(['Le numéro à la maison ne fonctionne plus.', 'Nouvelle adresse depuis février.', ''])}\n\n"
            f"{G.signature('proulx', L, R, short=True)}\n")
    fn = R.choice([f"{G.ascii_fold(p.given)} {G.ascii_fold(p.surname)}.vcf", "contact.vcf"])
    return new_doc(ctx, L, "contact", "fiche contact d'un usager en vCard", True,
                   {"patient_name", "patient_contact"} | (set() if plain else {"diagnosis"}),
                   who("proulx"), [who("perreault")], R.choice(["Coordonnées", "Fiche contact", "nouvelles coordonnées"]), text,
                   atts=[Att(fn, 'text/vcard; charset="utf-8"', vcf)])


# ---------------------------------------------------------------- 22. patient's message attached as .eml

def t_eml(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 18, 60)
    day = datetime.date(2025, R.randint(1, 5), R.randint(1, 25))
    paddr = f"{G.ascii_fold(p.given).lower()}{R.randrange(60, 99)}@courriel.example"
    rx = R.choice(K.POSTOP_RX[:3])
    inner_txt = (f"Bonjour,\n\nJe m'appelle {p.given} {p.surname}, j'ai été opéré{'e' if p.sex == 'F' else ''} le "
                 f"{G.fmt_date(day, 'long', L)} pour mes dents de sagesse. J'ai encore de la fièvre (38,6) et la joue droite est enflée, "
                 f"malgré {rx[0].split(',')[0]}. Je peux être joint{'e' if p.sex == 'F' else ''} au {p.phone}.\n\nMerci\n{p.given}\n")
    idt = G.after(day, R, 2, 6)
    inner = new_doc(ctx, L, "inner", "", True, [], (f"{p.given} {p.surname}", paddr), [shared("rdv")],
                    "Fièvre après chirurgie", inner_txt, date=idt)
    text = (f"{hello(R, 'Dr Bergeron')}\n\nMessage reçu sur la boîte des rendez-vous, je vous le transfère en pièce jointe. "
            f"{R.choice(['On l’a convoqué demain 8 h ?', 'Qu’est-ce que je lui réponds ?', 'Urgent selon moi.'])}\n\n"
            f"{G.signature('proulx', L, R, short=True)}\n")
    return new_doc(ctx, L, "fwd_eml", "message d'un usager transféré en pièce jointe .eml", True,
                   {"patient_name", "diagnosis", "patient_contact", "medication"},
                   who("proulx"), [who("bergeron")], "TR: Fièvre après chirurgie", text,
                   date=idt + datetime.timedelta(hours=R.randint(1, 20)), atts=[EmlAtt(inner, R.choice(["Fièvre après chirurgie.eml", "message_usager.eml"]))])


POS_FR_TEMPLATES = None  # filled in gen_registry
