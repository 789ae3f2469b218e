"""Positive templates, part 3: names in odd places, bundles, foreign identifiers, letters."""
import datetime

from gen_attach import csv_text, docx, make_zip, pdf, vcard
from gen_common import (BURN_EN, BURN_FR, MRN_STYLES, plain_name, signature, staff_name, strip_accents)
from gen_pos1 import _id_line
from gen_pos2 import DOCX_CT
from gen_vocab import (BURN_DX, DRESSINGS, ED_MEDS, GRAFT_PROC, HAND_DX, LABS, MEDS, SOCIAL, WOUND_DX, L,
                       ne, pick, when)


# --------------------------------------------------------------------------- 21
def subject_only_name(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False)
    m.sender = ctx.staff_box(r.choice([6, 12, 4]), lang)
    m.to = [ctx.staff_box(r.choice([15, 3, 1]), lang)]
    nm = m.name(p, r.choice(["title_sur", "upper", "surname_init", "upper_comma"]))
    lab = m.lab(pick(r, LABS[4:6], lang))
    med = m.med(pick(r, MEDS[7:8] + MEDS[15:16] + MEDS[6:7], lang))
    if lang == "fr":
        m.subject = r.choice(["%s – culture positive", "%s / isolement", "Re: %s"]) % nm
        m.text = ("Bonjour,\n\nRésultat de l'écouvillon du %s : %s. Isolement de contact à mettre en place dès maintenant "
                  "et changement pour %s. La chambre devra être désinfectée au congé.\n\nMerci\n%s\n") % (
            ctx.day_before(1, 3).strftime("%d/%m"), lab, med, plain_name(m.sender[0]))
    else:
        m.subject = r.choice(["%s - positive culture", "%s / isolation", "Re: %s"]) % nm
        m.text = ("Hi,\n\nResult of the swab from %s: %s. Contact precautions starting now "
                  "and switch to %s. Terminal clean of the room at discharge.\n\nThanks\n%s\n") % (
            ctx.day_before(1, 3).strftime("%b %d"), lab, med, plain_name(m.sender[0]))
    m.note = L(lang, "nom seulement dans l'objet, résultat dans le corps", "name only in subject, result in body")
    m.feat("name_in_subject_only")


# --------------------------------------------------------------------------- 22
def attachment_filename_only(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False)
    m.sender = ctx.staff_box(6, lang)
    m.to = [ctx.staff_box(r.choice([0, 1]), lang)]
    d = ctx.now.strftime("%Y-%m-%d")
    style = r.choice(["a", "b", "c"])
    if style == "a":
        fname = "%s_%s_%s.pdf" % (p.surname.upper(), p.given, d)
        m.ev("patient_name", "%s_%s" % (p.surname.upper(), p.given))
    elif style == "b":
        fname = L(lang, "évaluation plaie - %s %s.pdf", "wound assessment - %s %s.pdf") % (p.given, p.surname)
        m.ev("patient_name", "%s %s" % (p.given, p.surname))
    else:
        fname = "%s%s_%s.pdf" % (p.given[0], p.surname, d.replace("-", ""))
        m.ev("patient_name", "%s%s" % (p.given[0], p.surname))
    dx = m.dx(pick(r, BURN_DX + WOUND_DX, lang))
    take = r.choice([55, 70, 80, 90])
    lines = [L(lang, "Évaluation de plaie", "Wound assessment"), L(lang, "Date : ", "Date: ") + d,
             L(lang, "Localisation / diagnostic : ", "Site / diagnosis: ") + dx,
             L(lang, "Surface : %d x %d cm, lit 70 %% granulation, 30 %% fibrine" % (r.randrange(3, 15), r.randrange(2, 10)),
               "Size: %d x %d cm, bed 70%% granulation, 30%% slough" % (r.randrange(3, 15), r.randrange(2, 10))),
             L(lang, "Exsudat modéré séreux, pas d'odeur", "Moderate serous exudate, no odour"),
             L(lang, "Pansement : ", "Dressing: ") + pick(r, DRESSINGS, lang)]
    m.attachments.append({"filename": fname, "ctype": "application/pdf", "data": pdf(lines[0], lines[1:])})
    m.subject = L(lang, "Évaluation de plaie de ce matin", "This morning's wound assessment")
    m.text = L(lang, "Bonjour,\n\nCi-joint l'évaluation. La greffe a pris à environ %d %%, on discute en tournée?\n\nIsabelle\n",
               "Hi,\n\nAssessment attached. Graft take about %d%%, discuss at rounds?\n\nIsabelle\n") % take
    m.note = L(lang, "nom seulement dans le nom du fichier joint", "name only in attachment file name")
    m.feat("name_in_filename_only")


# --------------------------------------------------------------------------- 23
def vcard_contact(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(40, 92))
    m.sender = ctx.staff_box(6, lang)
    m.to = [ctx.ext("clsc")]
    fn = "%s %s" % (p.given, p.surname)
    m.ev("patient_name", fn)
    m.ev("patient_contact", p.phone)
    m.ev("patient_contact", p.street)
    dx = m.dx(pick(r, BURN_DX[:2] + WOUND_DX, lang))
    note = L(lang, "Pansements à domicile lun-mer-ven. ", "Home dressings Mon-Wed-Fri. ") + dx
    card = vcard(fn, "%s;%s;;;" % (p.surname, p.given), tel=p.phone,
                 adr="%s;%s;%s;%s;Canada" % (p.street, p.city, p.prov, p.postal), note=note)
    m.attachments.append({"filename": "%s.vcf" % strip_accents(fn).replace(" ", "_"), "ctype": "text/vcard", "data": card})
    m.subject = L(lang, "Coordonnées pour visites à domicile", "Contact details for home visits")
    m.text = L(lang, "Bonjour,\n\nVoici la fiche contact de l'usager pour les visites de pansement. Il faut sonner deux fois.\n\n%s\n",
               "Hello,\n\nHere is the client's contact card for the dressing visits. Ring twice.\n\n%s\n") % signature(6, lang)
    m.note = L(lang, "fiche vCard d'un usager avec consigne de soins", "client vCard with care instructions")


# --------------------------------------------------------------------------- 24
def zip_bundle(ctx, m):
    r, lang = ctx.rng, m.lang
    hdr = L(lang, ["nom", "dossier", "date", "site", "surface_cm2", "pansement"],
            ["name", "mrn", "date", "site", "area_cm2", "dressing"])
    rows = [hdr]
    for _ in range(r.randrange(4, 9)):
        p = ctx.patient(nam=False)
        rows.append([m.name(p, r.choice(["upper_comma", "full"])), m.mrn(p, "plain"),
                     ctx.day_before(0, 20).isoformat(), m.dx(pick(r, WOUND_DX + BURN_DX, lang)),
                     str(r.randrange(4, 160)), pick(r, DRESSINGS, lang)])
    members = [(L(lang, "mesures_plaies.csv", "wound_measurements.csv"), csv_text(rows, ";").encode("utf-8")),
               ("LISEZMOI.txt" if lang == "fr" else "README.txt",
                L(lang, "Export DME – clinique des plaies – usage interne\n", "EMR export - wound clinic - internal use\n").encode("utf-8"))]
    if r.random() < 0.5:
        members.append((L(lang, "sommaire.pdf", "summary.pdf"),
                        pdf(L(lang, "Sommaire", "Summary"), [L(lang, "%d plaies suivies" % (len(rows) - 1),
                                                             "%d wounds followed" % (len(rows) - 1))])))
    m.attachments.append({"filename": L(lang, "export_plaies_%s.zip", "wound_export_%s.zip") % ctx.now.strftime("%Y%m%d"),
                          "ctype": "application/zip", "data": make_zip(members)})
    m.sender = ctx.staff_box(6, lang)
    m.to = [("Qualité et performance", "qualite@chubsr.example")] if lang == "fr" else [("Quality office", "quality@chubsr.example")]
    m.subject = L(lang, "Export mesures de plaies (audit)", "Wound measurement export (audit)")
    m.text = L(lang, "Bonjour,\n\nVoici l'export demandé pour l'audit des plaies (fichier zip).\n\n%s\n",
               "Hello,\n\nHere is the export you asked for the wound audit (zip file).\n\n%s\n") % signature(6, lang)
    m.note = L(lang, "archive ZIP avec liste nominative de plaies", "ZIP with named wound list")


# --------------------------------------------------------------------------- 25
def attached_eml(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient()
    inner = m.child()
    inner.sender = r.choice([("Dre Lucie Charest", "lcharest@gmf-herons.example"),
                             ("Dr Vincent Ratté", "vratte@gmf-herons.example")])
    inner.to = [ctx.staff_box(2, lang)]
    nm = inner.name(p, r.choice(["title", "full", "upper_comma"]))
    ident = _id_line(ctx, inner, p)
    dx = inner.dx(pick(r, HAND_DX, lang))
    med = inner.med(pick(r, MEDS[3:4] + MEDS[9:10] + MEDS[10:11], lang))
    if lang == "fr":
        inner.subject = "Cas urgent – main"
        inner.text = ("Dre Vachon,\n\nJ'ai vu ce matin %s (%s) : %s. Sous %s. "
                      "Pouvez-vous la/le voir cette semaine?\n\nMerci\n%s\n") % (nm, ident, dx, med, inner.sender[0])
        m.subject = "TR: Cas urgent – main"
        m.text = "Maude, courriel ci-joint, à mettre en priorité à la clinique de jeudi svp.\n\nH. Vachon\n"
    else:
        inner.subject = "Urgent hand case"
        inner.text = ("Dr. Vachon,\n\nI saw %s (%s) this morning: %s. On %s. "
                      "Could you see them this week?\n\nThanks\n%s\n") % (nm, ident, dx, med, inner.sender[0])
        m.subject = "FW: Urgent hand case"
        m.text = "Maude, see attached e-mail, please prioritise for Thursday's clinic.\n\nH. Vachon\n"
    m.sender = ctx.staff_box(2, lang)
    m.to = [ctx.staff_box(10, lang)]
    ctx.eml_count = getattr(ctx, "eml_count", 0) + 1
    as_octet = ctx.eml_count % 2 == 0
    m.attachments.append({"filename": L(lang, "Cas urgent - main.eml", "Urgent hand case.eml"), "inner": inner,
                          "as_octet": as_octet})
    m.note = L(lang, "courriel clinique joint en .eml", "clinical e-mail attached as .eml")


# --------------------------------------------------------------------------- 26
def ontario_transfer(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False, ontario=True, age=(18, 80))
    m.sender = ("Hawkesford General - Patient Flow", "patientflow@hawkesford-gh.example")
    m.to = [ctx.staff_box(3, lang), ("Admission 7N", "admission7n@chubsr.example")]
    nm = m.name(p, r.choice(["upper_comma", "full", "title"]))
    dob = m.dob(p, r.choice(["iso", "num", "long"]))
    hn = m.ohip(p, r.choice(["space", "dash", "vc", "plain"]))
    dx = m.dx(pick(r, BURN_DX, lang))
    lab = m.lab(pick(r, LABS[11:12] + LABS[10:11] + LABS[9:10], lang))
    med = m.med(pick(r, ED_MEDS, lang))
    if lang == "fr":
        m.subject = "Demande de transfert – brûlé – %s" % p.surname.upper()
        m.ev("patient_name", p.surname.upper())
        m.text = ("Bonjour,\n\nNous sollicitons le transfert au centre des grands brûlés de :\n\n"
                  "%s, %s le %s\nCarte santé de l'Ontario : %s\nDx : %s\n%s. Reçu %s.\n"
                  "Intubé(e) à 02 h 10, réanimation selon Parkland en cours.\n\nMerci de rappeler l'urgentologue au 613-555-0177.\n\n"
                  "Coordination des lits, Hôpital général de Hawkesford\n") % (nm, ne(p), dob, hn, dx, lab, med)
    else:
        m.subject = "Transfer request - burn - %s" % p.surname
        m.ev("patient_name", p.surname)
        m.text = ("Hello,\n\nWe are requesting transfer to your burn centre for:\n\n"
                  "%s, DOB %s\nOntario health card: %s\nDx: %s\n%s. Given %s.\n"
                  "Intubated at 02:10, Parkland resuscitation under way.\n\nPlease call the ED physician back at 613-555-0177.\n\n"
                  "Patient Flow, Hawkesford General Hospital\n") % (nm, dob, hn, dx, lab, med)
    m.note = L(lang, "demande de transfert interprovincial (carte Ontario)", "interprovincial transfer request (Ontario card)")


# --------------------------------------------------------------------------- 27
def belgian_patient(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False, age=(20, 75))
    m.sender = ctx.staff_box(10, lang)
    m.to = [ctx.ext("be_ins")]
    nm = m.name(p, r.choice(["upper_comma", "title", "full"]))
    dob = m.dob(p, r.choice(["num", "iso"]))
    niss = m.niss(p, r.choice(["std", "plain", "space", "dash"]))
    if r.random() < 0.6:
        dx = m.dx(pick(r, BURN_DX, lang))
        proc = pick(r, GRAFT_PROC, lang)
    else:
        dx = m.dx(L(lang, "amputation traumatique du pouce D (accident de motoneige)", "traumatic right thumb amputation (snowmobile accident)"))
        proc = L(lang, "réimplantation digitale", "digital replantation")
    mrn = m.mrn(p, r.choice(MRN_STYLES))
    if lang == "fr":
        m.subject = "Prise en charge – ressortissant belge – dossier %s" % mrn
        m.text = ("Madame, Monsieur,\n\nNous avons admis votre affilié(e) %s, %s le %s, NISS %s, "
                  "le %s pour %s. Une %s a été réalisée.\n"
                  "Merci de nous transmettre la garantie de paiement et vos instructions de rapatriement.\n\n%s\n") % (
            nm, ne(p), dob, niss, ctx.day_before(2, 9).strftime("%d/%m/%Y"), dx, proc, signature(10, lang))
    else:
        m.subject = "Guarantee of payment - Belgian national - chart %s" % mrn
        m.text = ("Dear Sir or Madam,\n\nWe admitted your member %s, DOB %s, NISS %s, on %s for %s. "
                  "A %s was performed.\nPlease send the guarantee of payment and repatriation instructions.\n\n%s\n") % (
            nm, dob, niss, ctx.day_before(2, 9).strftime("%d/%m/%Y"), dx, proc, signature(10, lang))
    m.note = L(lang, "garantie de paiement pour patient belge", "payment guarantee for Belgian patient")


# --------------------------------------------------------------------------- 28
def french_patient(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False, age=(20, 80))
    m.sender = ctx.staff_box(r.choice([4, 3]), lang)
    m.to = [ctx.ext("fr_ins")]
    nm = m.name(p, r.choice(["upper", "title", "upper_comma"]))
    nir = m.nir(p, r.choice(["space", "plain", "key", "fw"]))
    dob = m.dob(p, r.choice(["num", "long"])) if r.random() < 0.7 else None
    dx = m.dx(pick(r, BURN_DX, lang))
    lab = m.lab(pick(r, LABS[:3], lang))
    med = m.med(pick(r, MEDS, lang))
    if lang == "fr":
        m.subject = "Rapatriement sanitaire – %s" % ctx.now.strftime("%d/%m")
        m.text = ("Docteur,\n\nSuite à notre appel, voici le résumé médical pour %s%s (NIR %s).\n"
                  "Diagnostic : %s.\nBiologie du jour : %s.\nTraitement en cours : %s.\n"
                  "Transport possible en position assise avec accompagnement infirmier à partir de J+10.\n\n%s\n") % (
            nm, (", %s le %s" % (ne(p), dob)) if dob else "", nir, dx, lab, med, signature(4, lang, BURN_FR))
    else:
        m.subject = "Medical repatriation - %s" % ctx.now.strftime("%b %d")
        m.text = ("Dear Doctor,\n\nFurther to our call, here is the medical summary for %s%s (French NIR %s).\n"
                  "Diagnosis: %s.\nToday's labs: %s.\nCurrent treatment: %s.\n"
                  "Fit to fly seated with a nurse escort from day 10.\n\n%s\n") % (
            nm, (", born %s" % dob) if dob else "", nir, dx, lab, med, signature(4, lang, BURN_EN))
    m.note = L(lang, "résumé pour rapatriement d'un patient français", "repatriation summary for French patient")


# --------------------------------------------------------------------------- 29
def patient_letter(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient()
    d = ctx.day_after(4, 30)
    addr = "%s.%s@courriel.example" % (strip_accents(p.given.lower()), strip_accents(p.surname.lower()).replace("'", ""))
    m.sender = (L(lang, "Clinique de chirurgie plastique", "Plastic Surgery Clinic"), "clinique.plastie@chubsr.example")
    m.to = [("%s %s" % (p.given, p.surname), addr)]
    m.ev("patient_name", "%s %s" % (p.given, p.surname))
    nm = m.name(p, "title")
    proc = L(lang, "suivi après ", "follow-up after ") + pick(r, GRAFT_PROC + [("reconstruction mammaire par DIEP", "DIEP breast reconstruction")], lang)
    med = m.med(pick(r, MEDS[5:6] + MEDS[9:10] + MEDS[10:11], lang))
    ident = "" if r.random() < 0.4 else _id_line(ctx, m, p)
    if lang == "fr":
        m.subject = "Confirmation de votre rendez-vous du %s" % when(d, lang, False)
        body = ("<p>Bonjour %s,</p><p>Nous confirmons votre rendez-vous de <b>%s</b> le <b>%s</b> à la clinique de "
                "chirurgie plastique (2e étage, local 2-140).%s</p>"
                "<p>Important : continuez %s jusqu'à nouvel ordre et apportez votre carte d'assurance maladie.</p>"
                "<p>Pour annuler, téléphonez au 418-555-0100.</p><p>La clinique de chirurgie plastique</p>") % (
            nm, proc, when(d, lang), (" Référence : %s." % ident) if ident else "", med)
    else:
        m.subject = "Your appointment on %s" % when(d, lang, False)
        body = ("<p>Dear %s,</p><p>This confirms your appointment (<b>%s</b>) on <b>%s</b> at the plastic surgery "
                "clinic (2nd floor, room 2-140).%s</p>"
                "<p>Important: keep taking %s until told otherwise and bring your health card.</p>"
                "<p>To cancel, call 418-555-0100.</p><p>Plastic Surgery Clinic</p>") % (
            nm, proc, when(d, lang), (" Reference: %s." % ident) if ident else "", med)
    m.html = "<html><head><meta charset=\"{CHARSET}\"></head><body>%s</body></html>" % body
    m.note = L(lang, "confirmation de rendez-vous envoyée au patient", "appointment confirmation sent to patient")


# --------------------------------------------------------------------------- 30
def mm_draft(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(nam=False, age=(30, 85))
    nm = m.name(p, r.choice(["init", "surname_init", "full"]))
    mrn = m.mrn(p, r.choice(["plain", "pref", "space"]))
    dx = m.dx(pick(r, BURN_DX, lang))
    lab = m.lab(pick(r, LABS[13:14] + LABS[4:6], lang))
    como = m.dx(pick(r, [("diabète de type 2 mal contrôlé", "poorly controlled type 2 diabetes"),
                         ("MPOC, tabagisme actif 30 paquets-année", "COPD, active smoker 30 pack-years")], lang))
    lines = [L(lang, "Cas : %s, %d ans, dossier %s" % (nm, p.age, mrn), "Case: %s, %d y/o, MRN %s" % (nm, p.age, mrn)),
             L(lang, "Antécédents : ", "History: ") + como, L(lang, "Admission : ", "Admission: ") + dx,
             L(lang, "J9 : ", "Day 9: ") + lab, L(lang, "Décès au J12, choc septique", "Died day 12, septic shock"),
             L(lang, "Points de discussion : délai d'excision, couverture antibiotique",
               "Discussion: timing of excision, antibiotic coverage")]
    m.attachments.append({"filename": L(lang, "MM_avril_brouillon.docx", "MM_April_draft.docx"), "ctype": DOCX_CT,
                          "data": docx(L(lang, "Morbidité-mortalité – brouillon", "M&M - draft"), lines)})
    m.sender = ctx.staff_box(4, lang)
    m.to = [ctx.staff_box(3, lang)]
    m.subject = L(lang, "Brouillon M&M", "M&M draft")
    m.text = L(lang, "Dr Haddad,\n\nVoici mon brouillon pour la M&M, je n'ai pas encore anonymisé. Commentaires bienvenus.\n\nPeter\n",
               "Dr. Haddad,\n\nHere's my M&M draft, not de-identified yet. Comments welcome.\n\nPeter\n")
    m.note = L(lang, "brouillon de M&M non anonymisé", "M&M draft not yet de-identified")


# --------------------------------------------------------------------------- 31
def pediatric_scald(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(1, 13))
    m.sender = ctx.staff_box(11, lang)
    m.to = [ctx.ext("dpj")]
    nm = m.name(p, r.choice(["full", "upper_comma"]))
    dob = m.dob(p, r.choice(["iso", "num", "long"]))
    ident = _id_line(ctx, m, p)
    dx = m.dx(L(lang, "ébouillantage 2e degré en gant et chaussette des deux pieds, 7 % SCT",
                "partial-thickness stocking-pattern scald to both feet, 7% TBSA"))
    soc = m.soc(pick(r, SOCIAL[2:3], lang))
    adr = m.addr(p)
    if lang == "fr":
        m.subject = "Suivi de signalement – enfant hospitalisé"
        m.text = ("Bonjour,\n\nEn suivi du signalement téléphonique de ce matin :\n\n"
                  "Enfant : %s, %s le %s (%s)\nAdresse : %s\nLésions : %s\n%s.\n\n"
                  "L'enfant demeure hospitalisé au 7e Nord. Les parents ont été informés du signalement.\n\n%s\n") % (
            nm, ne(p), dob, ident, adr, dx, soc[0].upper() + soc[1:], signature(11, lang))
    else:
        m.subject = "Follow-up to report - hospitalised child"
        m.text = ("Hello,\n\nFurther to this morning's phone report:\n\n"
                  "Child: %s, born %s (%s)\nAddress: %s\nInjuries: %s\n%s.\n\n"
                  "The child remains admitted to 7 North. Parents have been told about the report.\n\n%s\n") % (
            nm, dob, ident, adr, dx, soc[0].upper() + soc[1:], signature(11, lang))
    m.note = L(lang, "suivi de signalement en protection de la jeunesse", "youth protection report follow-up")


# --------------------------------------------------------------------------- 32
def income_support(ctx, m):
    r, lang = ctx.rng, m.lang
    p = ctx.patient(age=(25, 64), nam=r.random() < 0.4)
    m.sender = ctx.staff_box(11, lang)
    m.to = [("Solidarité sociale – Val-des-Aulnes", "dossiers@solidarite-aulnes.example")]
    nm = m.name(p, r.choice(["upper_comma", "full", "title"]))
    sin = m.sin(p, r.choice(["space", "plain", "dash", "fw"]))
    dx = m.dx(pick(r, BURN_DX + HAND_DX[4:5], lang))
    soc = m.soc(pick(r, SOCIAL[3:4] + SOCIAL[5:6], lang))
    ident = _id_line(ctx, m, p) if r.random() < 0.5 else None
    if lang == "fr":
        m.subject = "Rapport médical – contraintes sévères à l'emploi"
        m.text = ("Bonjour,\n\nTel que convenu, je vous transmets les informations pour la demande de %s (NAS %s%s).\n\n"
                  "Diagnostic : %s. Incapacité prévue d'au moins 12 mois.\nSituation : %s.\n\n"
                  "Le rapport signé par le Dr Okafor suit par la poste.\n\n%s\n") % (
            nm, sin, ", " + ident if ident else "", dx, soc, signature(11, lang))
    else:
        m.subject = "Medical report - severe employment limitations"
        m.text = ("Hello,\n\nAs agreed, here is the information for %s's application (SIN %s%s).\n\n"
                  "Diagnosis: %s. Expected incapacity of at least 12 months.\nSituation: %s.\n\n"
                  "The report signed by Dr. Okafor follows by mail.\n\n%s\n") % (
            nm, sin, ", " + ident if ident else "", dx, soc, signature(11, lang))
    m.note = L(lang, "demande d'aide financière avec NAS", "income support application with SIN")


ALL = None  # filled by generate.py
