"""Positive templates, part B: threads, forwards, forms to insurers and agencies, lists, attachments."""
import datetime

import gen_clin as K
import gen_common as C
import gen_mime as M
from gen_pos_a import DOM, L, drname, future, idline, who


def quote_block(m, frm, to, dt, subj, text, style=None):
    r = m.rng
    style = style if style is not None else r.randrange(3)
    if style == 0:
        head = L(m, "-----Message d'origine-----\nDe : %s\nEnvoyé : %s\nÀ : %s\nObjet : %s\n\n",
                 "-----Original Message-----\nFrom: %s\nSent: %s\nTo: %s\nSubject: %s\n\n") % (
            "%s <%s>" % frm, C.fday(dt.date(), m.lang) + " " + dt.strftime("%H:%M"), "%s <%s>" % to, subj)
        return head + text
    if style == 1:
        head = L(m, "Le %s à %s, %s <%s> a écrit :\n", "On %s at %s, %s <%s> wrote:\n") % (
            C.fday(dt.date(), m.lang), dt.strftime("%H:%M"), frm[0], frm[1])
        return head + "\n".join(("> " + l) if l else ">" for l in text.split("\n"))
    head = L(m, "---------- Message transféré ----------\nDe : %s <%s>\nDate : %s\nObjet : %s\nÀ : %s\n\n",
             "---------- Forwarded message ----------\nFrom: %s <%s>\nDate: %s\nSubject: %s\nTo: %s\n\n") % (
        frm[0], frm[1], C.fday(dt.date(), m.lang), subj, to[1])
    return head + text


# ---------------------------------------------------------------- 13 reply with quoted text
def reply_quoted(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.3)
    s1, a1 = who(m, "nurse")
    s2, a2 = who(m, "surgeon")
    pr, code = K.proc(r, lang, ["sleeve", "RYGB", "revision"])
    d = future(m)
    dt0 = c.when()
    orig = L(m, "Bonjour Dr %s,\n\n%s est prête pour la chirurgie : évaluations nutrition et psy complétées, %s.\n%s\n"
                "Elle prend %s. IMC %s.\nPeut-on la céduler pour une %s?\n\nMerci\n%s",
             "Hi Dr %s,\n\n%s is ready for surgery: nutrition and psych assessments done, %s.\n%s\n"
             "Takes %s. BMI %s.\nCan we book her for %s?\n\nThanks\n%s") % (
        s2[1], m.name(p), m.dx(", ".join(K.comorb(r, lang, p.sex, 2))), idline(m, p, mrn=0.5),
        m.med(L(m, " et ", " and ").join(K.pick(r, K.MEDS, lang, 2))), K.fbmi(K.bmi(r), lang), m.dx(pr), s1[0])
    if p.sex == "M":
        orig = orig.replace("est prête", "est prêt").replace("Elle prend", "Il prend").replace("céduler", "céduler").replace(
            "book her", "book him").replace("la céduler", "le céduler")
    subj0 = L(m, "Prête pour chirurgie", "Ready for surgery") if r.random() < 0.5 else L(m, "Dossier complet — %s", "File complete - %s") % p.surname
    top = r.choice([L(m, "OK pour le %s, je l'ajoute à ma liste. Isabelle va envoyer la confirmation.",
                        "OK for %s, adding to my list. Isabelle will send the confirmation."),
                    L(m, "Parfait — %s en après-midi. Prévoir la diète préop dès maintenant.",
                      "Perfect - %s in the afternoon. Start the pre-op diet now.")]) % C.fday(d, lang)
    text = top + "\n\n" + drname(s2, lang) + "\n\n" + quote_block(m, a1, a2, dt0, subj0, orig)
    return m.finish("reply", L(m, "réponse avec message d'origine cité", "reply quoting original message"),
                    a2, [a1, C.staff_addr(C.staff(r, "OR coordinator"))], ("RE: " if lang == "en" else r.choice(["RE: ", "RÉF : "])) + subj0,
                    m.body(text), extra=[("In-Reply-To", m.msgid(dt0))], dt=dt0 + datetime.timedelta(minutes=r.randrange(20, 1500)))


# ---------------------------------------------------------------- 14 patient's own e-mail forwarded inline
def patient_forward(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0, ages=(25, 60))
    s, frm = who(m, "nurse navigator")
    s2, to = who(m, "dietitian")
    pmail = "%s.%s%d@%s" % (C.slug(p.given), C.slug(p.surname), r.randrange(10, 99), r.choice(["courriel.example", "mailbox.example", "videotron-perso.example"]))
    pr, code = K.proc(r, lang, ["sleeve", "RYGB"])
    months = r.randrange(2, 14)
    soc = r.random() < 0.5
    ptxt = L(m, "Bonjour,\n\nJ'ai eu ma %s il y a %d mois. Depuis 2 semaines je vomis presque après chaque repas et je perds mes cheveux. "
                "J'ai arrêté le %s parce que %s.\nPouvez-vous me rappeler au %s? Je suis là après 15 h.\n\nMerci\n%s",
             "Hi,\n\nI had my %s %d months ago. For 2 weeks I've been throwing up after almost every meal and my hair is falling out. "
             "I stopped the %s because %s.\nCould you call me back at %s? I'm home after 3.\n\nThanks\n%s") % (
        m.dx(code), months, m.med(r.choice(["Centrum Forte", "citrate de calcium" if lang == "fr" else "calcium citrate", "Vitamine D" if lang == "fr" else "vitamin D"])),
        m.social(L(m, "je n'ai plus d'assurance depuis que j'ai perdu mon emploi", "I lost my job and my drug plan with it")) if soc else L(m, "ça me donne mal au cœur", "it makes me nauseous"),
        m.contact(p.phone), m.given_only(p) if r.random() < 0.5 else m.name(p, form=p.full))
    m.dx("vomiting")
    top = L(m, "%s, peux-tu la rappeler? Je pense qu'il faut voir l'apport protéique. J'ai demandé des labos (B1, B12, ferritine).\n\n",
            "%s, can you call her back? Probably protein intake. I ordered labs (B1, B12, ferritin).\n\n") % s2[0]
    if p.sex == "M":
        top = top.replace("la rappeler", "le rappeler").replace("call her", "call him")
    text = top + s[0] + "\n\n" + quote_block(m, (p.full, pmail), ("Clinique bariatrique", "infobariatrie@" + DOM), c.when(),
                                             L(m, "question suivi", "follow-up question"), ptxt, style=2)
    return m.finish("forward", L(m, "courriel de patient transféré à la nutritionniste", "patient e-mail forwarded to dietitian"),
                    frm, to, L(m, "TR: question suivi", "Fwd: follow-up question"), m.body(text))


# ---------------------------------------------------------------- 15 disability insurer form with SIN
def insurer_sin(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.3, ages=(28, 60))
    s, frm = who(m, "surgeon")
    ins = r.choice([("Assurances Boréalis", "reclamations@borealis-assurances.example"),
                    ("Mutuelle Laurentienne", "invalidite@mutuelle-laurentienne.example"),
                    ("Great Lakes Mutual Life", "ltd.claims@glmlife.example")])
    sin = C.gen_sin(r)
    pr, code = K.proc(r, lang)
    d0 = c.when().date()
    form = L(m,
             "DÉCLARATION DU MÉDECIN TRAITANT — ASSURANCE INVALIDITÉ\n\nNo de police : GR-%d   Certificat : %d\n\n"
             "Assuré(e) : %s\nNAS : %s\nDate de naissance : %s\n%s\n\nDiagnostic : %s\nIntervention : %s le %s\n"
             "Complications : %s\nArrêt de travail du %s au %s (prévu)\nRestrictions : pas de charge > 5 kg x 6 semaines.\n\n"
             "Signature : %s\n",
             "ATTENDING PHYSICIAN STATEMENT - LONG-TERM DISABILITY\n\nPolicy no.: GR-%d   Certificate: %d\n\n"
             "Insured: %s\nSIN: %s\nDate of birth: %s\n%s\n\nDiagnosis: %s\nProcedure: %s on %s\n"
             "Complications: %s\nOff work from %s to %s (expected)\nRestrictions: no lifting > 5 kg x 6 weeks.\n\nSignature: %s\n") % (
        r.randrange(10000, 99999), r.randrange(100000, 999999), m.name(p, full_only=True), m.ident("sin", sin),
        m.dob(p), idline(m, p, mrn=0.3) if p.nam else "", m.dx(L(m, "obésité classe III, ", "class III obesity, ") + ", ".join(K.comorb(r, lang, p.sex, 2))),
        pr, d0.isoformat(), m.dx(K.complic(r, lang, code)) if r.random() < 0.5 else L(m, "aucune", "none"),
        d0.isoformat(), (d0 + datetime.timedelta(weeks=r.choice([6, 8, 12]))).isoformat(), drname(s, lang))
    kind = r.randrange(3)
    if kind == 0:
        att = m.pdf(L(m, "Declaration_medecin_traitant.pdf", "Attending_physician_statement.pdf"), L(m, "Déclaration du médecin traitant", "Attending Physician Statement"), form)
    elif kind == 1:
        att = m.pdf("APS_%s_%s.pdf" % (C.strip_accents(p.surname), p.given), L(m, "Déclaration du médecin traitant", "Attending Physician Statement"), form)
    else:
        att = m.docx(L(m, "Formulaire invalidité - %s.docx", "LTD form - %s.docx") % p.surname, L(m, "Déclaration du médecin traitant", "Attending Physician Statement"), form.split("\n"))
    body = L(m, "Bonjour,\n\nVeuillez trouver ci-joint la déclaration complétée pour votre assuré(e). Les frais de 45 $ seront facturés directement.\n\n%s",
             "Hello,\n\nPlease find attached the completed statement for your insured member. The $45 form fee will be invoiced separately.\n\n%s") % C.signature(s, lang, r)
    return m.finish("insurer_form", L(m, "formulaire d'invalidité envoyé à l'assureur", "disability form sent to insurer"),
                    frm, ins, L(m, "Formulaire médecin traitant — dossier %d", "Attending physician statement - claim %d") % r.randrange(100000, 999999),
                    m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 16 Ontario out-of-province funding
def ontario_funding(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0, ages=(25, 62), province="ON")
    s, frm = who(m, "administrative officer") if r.random() < 0.5 else who(m, "surgeon")
    to = ("Out-of-Province Prior Approval", "priorapproval@ontario-health-claims.example")
    ohn = C.gen_ohn(r)
    vc = r.choice(["", "AB", "KX", "TM", "EL"])
    ohn_s = m.ident("ohn", ohn)
    if vc:
        ohn_s += r.choice([" ", "-", ""]) + vc
    pr, code = K.proc(r, lang, ["sleeve", "RYGB", "DS"])
    b = K.bmi(r, 40, 60)
    rows = [[L(m, "Champ", "Field"), L(m, "Valeur", "Value")],
            [L(m, "Nom du patient", "Patient name"), m.name(p, full_only=True)],
            [L(m, "No de carte Santé Ontario", "Ontario health number"), ohn_s],
            [L(m, "Date de naissance", "Date of birth"), m.dob(p)],
            [L(m, "Adresse", "Home address"), m.contact(p.address)],
            [L(m, "Téléphone", "Phone"), m.contact(p.phone)],
            [L(m, "Diagnostic", "Diagnosis"), m.dx(L(m, "Obésité morbide IMC %s avec %s", "Morbid obesity BMI %s with %s") % (K.fbmi(b, lang), K.comorb(r, lang, p.sex, 1)[0]))],
            [L(m, "Intervention demandée", "Requested procedure"), pr],
            [L(m, "Établissement", "Facility"), C.ORG["hosp"] + ", Trois-Lacs QC"],
            [L(m, "Coût estimé", "Estimated cost"), "%d $" % r.randrange(14000, 26000)]]
    if r.random() < 0.5:
        att = m.xlsx("OOP_prior_approval_%s.xlsx" % C.strip_accents(p.surname), [("Request", rows)])
    else:
        att = m.pdf(L(m, "Demande_approbation_prealable.pdf", "Prior_approval_request.pdf"), L(m, "Demande d'approbation préalable", "Out-of-province prior approval request"),
                    "\n".join("%s: %s" % (a, b) for a, b in rows[1:]))
    body = L(m, "Bonjour,\n\nNous joignons la demande d'approbation préalable pour une résidente de l'Ontario orientée vers notre programme. "
                "Le rapport de consultation suit par télécopieur.\n\n%s",
             "Good afternoon,\n\nAttached is the prior approval request for an Ontario resident referred to our program. The consultation "
             "note follows by fax.\n\n%s") % C.signature(s, lang, r)
    if p.sex == "M":
        body = body.replace("une résidente", "un résident")
    return m.finish("oop_funding", L(m, "demande de financement hors province (Ontario)", "Ontario out-of-province funding request"),
                    frm, to, L(m, "Demande d'approbation préalable — chirurgie bariatrique", "Prior approval request - bariatric surgery"),
                    m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 17 French NIR (Entente France-Québec) / 18 Belgian NISS
def europe_cover(c, lang, country):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0, ages=(28, 62), province=country)
    s, frm = who(m, "administrative officer")
    pr, code = K.proc(r, lang, ["sleeve", "RYGB"])
    if country == "FR":
        num = C.gen_nir(r, p.dob, p.sex)
        idtxt = L(m, "NIR : ", "French social security no. (NIR): ") + m.ident("nir", num)
        to = ("CPAM — relations internationales", "ri@caisse-primaire-sud.example")
        org = L(m, "Caisse primaire", "French health insurance fund")
    else:
        num = C.gen_niss(r, p.dob, p.sex)
        idtxt = L(m, "NISS : ", "Belgian national number (NISS): ") + m.ident("niss", num)
        to = ("Mutualité — service international", "international@mutualite-ardennaise.example")
        org = L(m, "Mutualité", "Belgian mutual insurer")
    d0 = c.when().date()
    text = L(m,
             "Madame, Monsieur,\n\nNous vous transmettons la demande de prise en charge pour %s, née le %s, domiciliée à l'adresse %s, "
             "séjournant temporairement au Québec.\n%s\n\nMotif : %s.\nSoins : %s prévue le %s, séjour estimé 2 nuits.\n"
             "Tél. de la patiente pendant le séjour : %s\n\nMerci de nous confirmer la couverture avant la date prévue.\n\n%s",
             "Dear Sir or Madam,\n\nPlease find the request for coverage for %s, born %s, residing at %s, "
             "temporarily in Quebec.\n%s\n\nReason: %s.\nCare: %s planned for %s, expected stay 2 nights.\n"
             "Patient's phone during stay: %s\n\nPlease confirm coverage before the planned date.\n\n%s") % (
        m.name(p, full_only=True), m.dob(p), m.contact(p.address), idtxt,
        m.dx(L(m, "obésité sévère (IMC %s) avec %s", "severe obesity (BMI %s) with %s") % (K.fbmi(K.bmi(r, 40, 55), lang), K.comorb(r, lang, p.sex, 1)[0])),
        pr, (d0 + datetime.timedelta(days=40)).isoformat(), m.contact(p.phone), C.signature(s, lang, r))
    if p.sex == "M":
        text = text.replace("née le", "né le").replace("domiciliée", "domicilié").replace("de la patiente", "du patient")
    if r.random() < 0.5:
        att = m.pdf(L(m, "Demande_prise_en_charge.pdf", "Coverage_request.pdf"), org, text)
        root = m.mixed(m.body(L(m, "Bonjour, demande ci-jointe. Cordialement.\n", "Hello, request attached. Regards.\n") + s[0] + " " + s[1]), [att])
    else:
        root = m.body(text)
    return m.finish("coverage_" + country.lower(), L(m, "demande de prise en charge à un assureur européen", "coverage request to European insurer"),
                    frm, to, L(m, "Demande de prise en charge — soins au Québec", "Coverage request - care in Quebec"), root)


def france_nir(c, lang):
    return europe_cover(c, lang, "FR")


def belgium_niss(c, lang):
    return europe_cover(c, lang, "BE")


# ---------------------------------------------------------------- 19 paediatric weight clinic with youth protection
def peds_youth(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.8, ages=(6, 17))
    s, frm = who(m, "social worker")
    s2, to = who(m, "endocrinologist")
    soc = r.choice([L(m, "dossier actif à la DPJ (négligence), placé(e) en famille d'accueil depuis mars",
                      "open youth protection file (neglect), in foster care since March"),
                    L(m, "signalement retenu à la DPJ, mère en maison d'hébergement",
                      "youth protection report retained, mother in a shelter"),
                    L(m, "vit avec sa grand-mère, famille prestataire de l'aide sociale, insécurité alimentaire",
                      "lives with grandmother, family on social assistance, food insecurity")])
    text = L(m, "Bonjour Dr %s,\n\nPour votre clinique de gestion du poids pédiatrique de mardi :\n%s\n%s\n\n"
                "IMC au 99e percentile, %s.\nSituation : %s.\nL'intervenante de la DPJ accompagnera l'enfant; merci de ne pas "
                "communiquer avec le parent biologique.\n\n%s",
             "Dear Dr %s,\n\nFor Tuesday's paediatric weight-management clinic:\n%s\n%s\n\n"
             "BMI > 99th percentile, %s.\nSituation: %s.\nThe youth protection worker will accompany the child; please do not "
             "contact the biological parent.\n\n%s") % (
        s2[1], m.name(p, full_only=True), idline(m, p, mrn=0.5),
        m.dx(r.choice([L(m, "acanthosis nigricans, HbA1c 6,1 %", "acanthosis nigricans, HbA1c 6.1%"), L(m, "apnée du sommeil soupçonnée", "suspected sleep apnea")])),
        m.social(soc), C.signature(s, lang, r))
    if "HbA1c" in text:
        m.types.add("lab_result")
    return m.finish("peds_social", L(m, "clinique pédiatrique, protection de la jeunesse", "paediatric clinic, youth protection"),
                    frm, to, L(m, "Clinique poids pédiatrique — situation particulière", "Paediatric weight clinic - special situation"), m.body(text))


# ---------------------------------------------------------------- 20 support-group attendance list
def support_list(c, lang):
    m = c.new(lang, True)
    r = m.rng
    s, frm = who(m, "nurse navigator")
    s2, to = who(m, "psycholog")
    rows = [[L(m, "Nom", "Name"), L(m, "Chirurgie", "Surgery"), L(m, "Date", "Date"), L(m, "Notes", "Notes")]]
    for i in range(r.randint(5, 9)):
        p = c.patient(lang, nam=0.0)
        pr, code = K.proc(r, lang, ["sleeve", "RYGB", "DS", "OAGB"])
        k = r.randrange(4)
        if k == 0:
            note = m.dx(r.choice(K.PSY)[0 if lang == "fr" else 1])
        elif k == 1:
            note = m.social(r.choice(K.SOCIAL)[0 if lang == "fr" else 1])
        elif k == 2:
            note = L(m, "reprise de poids 8 kg", "regained 8 kg")
        else:
            note = ""
        m.types.add("patient_name")
        rows.append([r.choice([p.full, "%s, %s" % (p.surname.upper(), p.given), "%s %s." % (p.given, p.surname[0]) if False else p.full]),
                     code, (c.when().date() - datetime.timedelta(days=r.randrange(200, 1500))).isoformat(), note])
    m.types.add("diagnosis")
    fn = r.choice([L(m, "presences_groupe_soutien.xlsx", "support_group_attendance.xlsx"), L(m, "groupe_%s.csv", "group_%s.csv") % c.when().strftime("%Y%m%d")])
    att = m.xlsx(fn, [(L(m, "Présences", "Attendance"), rows)]) if fn.endswith(".xlsx") else m.csv(fn, rows)
    body = L(m, "Salut %s,\n\nVoici les présences du groupe de soutien d'hier soir avec mes notes. Deux personnes m'inquiètent (voir colonne notes).\n\n%s",
             "Hi %s,\n\nAttendance from last night's support group with my notes. Two people worry me (see notes column).\n\n%s") % (s2[0], s[0])
    return m.finish("support_group", L(m, "liste de présences du groupe de soutien avec notes", "support group attendance with notes"),
                    frm, to, L(m, "Groupe de soutien — présences", "Support group - attendance"), m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 21 waiting-list export (CSV / XLSX) with NAM
def waitlist(c, lang):
    m = c.new(lang, True)
    r = m.rng
    s, frm = who(m, "administrative officer")
    s2, to = who(m, "program manager")
    head = [L(m, "Nom", "Surname"), L(m, "Prénom", "Given name"), L(m, "DDN", "DOB"), L(m, "Sexe", "Sex"), "NAM",
            L(m, "IMC", "BMI"), L(m, "Comorbidités", "Comorbidities"), L(m, "Priorité", "Priority")]
    rows = [head]
    for i in range(r.randint(4, 8)):
        p = c.patient(lang, nam=0.6, ages=(24, 64))
        rows.append([p.surname, p.given, m.dob(p, "iso"), p.sex, m.nam(p, "plain") if p.nam else "",
                     K.fbmi(K.bmi(r), lang), m.dx(", ".join(K.comorb(r, lang, p.sex, 2))), r.choice(["P1", "P2", "P3"])])
        m.types.add("patient_name")
    kind = r.randrange(2)
    att = m.csv(L(m, "liste_attente_bariatrie.csv", "bariatric_waitlist.csv"), rows) if kind == 0 else \
        m.xlsx(L(m, "liste_attente_%s.xlsx", "waitlist_%s.xlsx") % c.when().strftime("%Y-%m"), [("Liste", rows)])
    body = L(m, "Bonjour %s,\n\nExtraction de la liste d'attente demandée pour la révision des priorités. À ne pas transférer.\n\n%s",
             "Hi %s,\n\nWaitlist extract you asked for the priority review. Please don't forward.\n\n%s") % (s2[0], C.signature(s, lang, r))
    return m.finish("waitlist", L(m, "extraction de la liste d'attente chirurgicale", "surgical waitlist extract"), frm, to,
                    L(m, "Liste d'attente — extraction", "Waitlist extract"), m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 22 original referral attached as message/rfc822
def eml_attached(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.5)
    s, frm = who(m, "nurse navigator")
    s2, to = who(m, "surgeon")
    g, sn = C.ext_person(r)
    ofrm = ("Dr %s %s" % (g, sn), "%s.%s@cliniquedulac.example" % (C.slug(g), C.slug(sn)))
    pr, code = K.proc(r, lang, ["sleeve", "RYGB", "revision"])
    inner_text = L(m, "Bonjour,\n\nJe vous réfère %s (%s) pour %s.\n%s\nIMC %s, %s.\n\nMerci,\n%s",
                   "Hello,\n\nReferring %s (%s) for %s.\n%s\nBMI %s, %s.\n\nThanks,\n%s") % (
        m.name(p, full_only=True), idline(m, p, mrn=0.0), m.dx(pr), L(m, "Adresse : ", "Address: ") + m.contact(p.address),
        K.fbmi(K.bmi(r), lang), m.dx(", ".join(K.comorb(r, lang, p.sex, 2))), ofrm[0])
    inner = m.inner_email(ofrm, ("Accueil bariatrie", "accueil.bariatrie@" + DOM), L(m, "Référence chirurgie bariatrique", "Bariatric referral"),
                          m.text(inner_text))
    fn = r.choice(["referral.eml", L(m, "Référence %s.eml", "Referral %s.eml") % p.surname])
    body = L(m, "Dr %s, la référence originale est en pièce jointe; le patient demande une révision plutôt qu'une première chirurgie. On en parle jeudi?\n\n%s",
             "Dr %s, original referral attached; patient is asking about revision rather than primary surgery. Discuss Thursday?\n\n%s") % (s2[1], s[0])
    return m.finish("forward_eml", L(m, "référence originale jointe en .eml", "original referral attached as .eml"), frm, to,
                    L(m, "TR: Référence chirurgie bariatrique", "FW: Bariatric referral"),
                    m.mixed(m.body(body), [M.message_part(inner, fn if r.random() < 0.6 else None)]))


# ---------------------------------------------------------------- 23 ZIP of documents
def zip_dossier(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.5)
    s, frm = who(m, "administrative officer")
    to = r.choice([("Assurances Boréalis", "dossiers@borealis-assurances.example"), ("Dre Mireille Dion", "m.dion@gmf-deuxrives.example")])
    pr, code = K.proc(r, lang)
    from gen_attach import make_docx, make_pdf, make_csv
    consult = L(m, "Consultation chirurgie bariatrique\n\n%s\n%s\n\nIndication : %s\nPlan : %s\n",
                "Bariatric surgery consultation\n\n%s\n%s\n\nIndication: %s\nPlan: %s\n") % (
        m.name(p, full_only=True), idline(m, p, mrn=0.6), m.dx(L(m, "obésité classe III, ", "class III obesity, ") + ", ".join(K.comorb(r, lang, p.sex, 2))), pr)
    labs = [[L(m, "Analyse", "Test"), L(m, "Résultat", "Result")]] + [[e[0 if lang == "fr" else 1].split(" {")[0], K.lab_value(r, e, lang).split(" ")[-2]]
                                                                       for e in r.sample(K.PREOP_LABS, 3)]
    m.types.add("lab_result")
    sur = C.strip_accents(p.surname).upper()
    members = [("%s_consultation.pdf" % sur, make_pdf(L(m, "Consultation", "Consultation"), consult)),
               ("%s_labos.csv" % sur, make_csv(labs)),
               (L(m, "lettre_resume.docx", "summary_letter.docx"), make_docx(L(m, "Résumé", "Summary"), consult.split("\n")))]
    att = m.zip(r.choice([L(m, "dossier_%s.zip", "file_%s.zip") % sur, L(m, "documents_demandés.zip", "requested_documents.zip")]), members)
    body = L(m, "Bonjour,\n\nTel que demandé, les documents du dossier sont dans l'archive ci-jointe (mot de passe transmis par téléphone).\n\n%s",
             "Hello,\n\nAs requested, the file documents are in the attached archive (password by phone).\n\n%s") % C.signature(s, lang, r)
    return m.finish("documents_zip", L(m, "archive ZIP de documents cliniques", "ZIP archive of clinical documents"), frm, to,
                    L(m, "Documents demandés", "Requested documents"), m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 24 patient contact card
def vcard(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "nurse")
    s2, to = who(m, "booking clerk")
    note = L(m, "Suivi post-%s — 2 absences, %s", "Post-%s follow-up - 2 no-shows, %s") % (
        r.choice(["sleeve", "RYGB"]), r.choice([L(m, "carence B12 non traitée", "untreated B12 deficiency"), L(m, "anémie ferriprive", "iron-deficiency anemia")]))
    m.dx(note)
    att = m.vcf("%s.vcf" % C.slug(p.full).replace("-", "_"), given=p.given, surname=p.surname, tel=m.contact(p.phone),
                adr=p.address, note=note)
    m.types.add("patient_name")
    body = L(m, "Kim, peux-tu essayer de la rejoindre pour reprendre son rendez-vous? Coordonnées ci-jointes. Si pas de réponse, lettre recommandée.\n\n%s",
             "Kim, could you try to reach her to rebook? Contact card attached. If no answer, send a registered letter.\n\n%s") % s[0]
    if p.sex == "M":
        body = body.replace("la rejoindre", "le rejoindre").replace("reach her", "reach him")
    return m.finish("contact_card", L(m, "fiche contact de patient pour relance", "patient contact card for rebooking"),
                    frm, to, L(m, "Relance patient", "Patient to rebook"), m.mixed(m.body(body), [att]))


# ---------------------------------------------------------------- 25 name only in the subject
def subject_only(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "internist")
    s2, to = who(m, "nurse")
    lab = K.lab_value(r, K.DEFICIENCY[0], lang)
    m.lab(lab)
    subj = r.choice(["RE: %s - %s" % (m.name(p, form="title"), L(m, "ferritine", "ferritin")),
                     "%s %s" % (p.surname.upper(), L(m, "fer IV", "IV iron")),
                     "re: %s" % p.full.lower()])
    m.types.add("patient_name")
    text = L(m, "Elle est à %s. J'ai réservé Monoferric 1000 mg IV jeudi à l'hôpital de jour. Recontrôler dans 8 semaines avec B12 et folates.\n\nH.",
             "She's at %s. I booked Monoferric 1000 mg IV on Thursday in day hospital. Recheck in 8 weeks with B12 and folate.\n\nH.") % lab.split(" ", 1)[1]
    m.med("Monoferric")
    if p.sex == "M":
        text = text.replace("Elle est", "Il est").replace("She's", "He's")
    return m.finish("subject_name", L(m, "nom seulement dans l'objet", "name only in subject"), frm, to, subj,
                    m.body(text, mode=r.choice(["plain", "html"])))


# ---------------------------------------------------------------- 26 imaging report
def imaging(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.3)
    g, sn = C.ext_person(r)
    frm = ("Dr %s %s, radiologie" % (g, sn) if lang == "fr" else "Dr %s %s, Radiology" % (g, sn), "%s.%s@%s" % (C.slug(g), C.slug(sn), DOM))
    s2, to = who(m, "surgeon")
    exam, res = r.choice([
        (L(m, "Transit œso-gastro-duodénal (Gastrografin)", "Upper GI series (Gastrografin)"),
         L(m, "Pas d'extravasation de contraste. Passage libre vers le jéjunum.", "No contrast leak. Free passage to jejunum.")),
        (L(m, "TDM abdominale avec contraste", "CT abdomen with contrast"),
         L(m, "Collection de 4 x 3 cm en regard de l'angle de His, compatible avec une fuite.", "4 x 3 cm collection at the angle of His, consistent with leak.")),
        (L(m, "Échographie abdominale", "Abdominal ultrasound"),
         L(m, "Lithiase vésiculaire multiple sans cholécystite.", "Multiple gallstones, no cholecystitis.")),
    ])
    text = L(m, "%s\n%s\nExamen : %s du %s\n\nRésultat : %s\n\nRapport final signé au PACS.\n\n%s",
             "%s\n%s\nExam: %s on %s\n\nFinding: %s\n\nFinal report signed in PACS.\n\n%s") % (
        m.name(p), idline(m, p, mrn=0.9), exam, c.when().date().isoformat(), m.lab(res), frm[0])
    m.dx(res)
    return m.finish("imaging", L(m, "résultat d'imagerie au chirurgien", "imaging result to surgeon"), frm, to,
                    L(m, "Résultat imagerie", "Imaging result") + r.choice(["", " — " + p.surname]), m.body(text))


# ---------------------------------------------------------------- 27 appointment reminder to the patient
def reminder(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "booking clerk")
    pmail = "%s.%s@%s" % (C.slug(p.given), C.slug(p.surname), r.choice(["courriel.example", "mailbox.example"]))
    d = future(m)
    months = r.choice([1, 3, 6, 12, 24])
    text = L(m, "Bonjour %s,\n\nNous vous rappelons votre rendez-vous de suivi %d mois après votre %s :\n%s à %s, clinique bariatrique (aile C, 4e étage).\n\n"
                "Prélèvements sanguins à jeun 1 semaine avant (B12, ferritine, vitamine D, albumine). Apportez vos suppléments : %s.\n\n"
                "Pour annuler : 819 555-0100.\n\n%s",
             "Hello %s,\n\nThis is a reminder of your %d-month follow-up after your %s:\n%s at %s, bariatric clinic (wing C, 4th floor).\n\n"
             "Fasting blood work 1 week before (B12, ferritin, vitamin D, albumin). Please bring your supplements: %s.\n\n"
             "To cancel: 819 555-0100.\n\n%s") % (
        m.name(p, form=r.choice(["%s %s" % (p.title(lang), p.surname), p.full])), months,
        m.dx(K.proc(r, lang, ["sleeve", "RYGB", "DS"])[0]), C.fday(d, lang), r.choice(["9 h 00", "13 h 30"]) if lang == "fr" else r.choice(["9:00 am", "1:30 pm"]),
        m.med(", ".join(K.pick(r, K.POSTOP_RX[3:8], lang, 2))), C.signature(s, lang, r))
    return m.finish("appointment", L(m, "rappel de rendez-vous envoyé au patient", "appointment reminder to patient"), frm,
                    (p.full, pmail), L(m, "Rappel de rendez-vous — clinique bariatrique", "Appointment reminder - bariatric clinic"),
                    m.body(text, mode=r.choice(["html", "alt"])))


# ---------------------------------------------------------------- 28 social worker letter for income support
def income_support(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.4, ages=(25, 64))
    s, frm = who(m, "social worker")
    to = r.choice([(L(m, "Centre local d'emploi", "Local employment centre"), "agent.dossiers@cle-troislacs.example"),
                   ("CLSC des Trois-Lacs", "accueil.social@clsc-troislacs.example")])
    sin = C.gen_sin(r)
    use_sin = r.random() < 0.5
    text = L(m, "Objet : demande d'allocation pour besoins particuliers\n\nMadame, Monsieur,\n\n%s (%s)%s, prestataire de l'aide financière de dernier recours, "
                "a subi une %s le %s. Elle doit prendre à vie %s, au coût d'environ 85 $ par mois, non couverts.\n%s\n\n"
                "Nous appuyons sa demande d'aide pour l'achat de ces suppléments.\n\n%s",
             "Re: request for special needs allowance\n\nDear Sir or Madam,\n\n%s (%s)%s, on last-resort social assistance, "
             "had a %s on %s. She must take %s for life, about $85 a month, not covered.\n%s\n\n"
             "We support her request for help with the cost of these supplements.\n\n%s") % (
        m.name(p, full_only=True), m.dob(p), (L(m, ", NAS ", ", SIN ") + m.ident("sin", sin)) if use_sin else "",
        m.dx(K.proc(r, lang, ["RYGB", "DS", "SADI-S"])[0]), c.when().date().isoformat(),
        m.med(", ".join(K.pick(r, K.POSTOP_RX[3:8], lang, 3))), idline(m, p, mrn=0.0) if p.nam else L(m, "Adresse : ", "Address: ") + m.contact(p.address),
        C.signature(s, lang, r))
    m.social("aide sociale")
    if p.sex == "M":
        text = text.replace("Elle doit", "Il doit").replace("She must", "He must").replace("her request", "his request").replace("sa demande", "sa demande")
    att = r.random() < 0.5
    root = m.mixed(m.body(L(m, "Bonjour, lettre d'appui en pièce jointe.\n", "Hello, support letter attached.\n") + s[0]),
                   [m.docx(L(m, "Lettre_appui_%s.docx", "Support_letter_%s.docx") % C.strip_accents(p.surname), L(m, "Lettre d'appui", "Support letter"), text.split("\n"))]) \
        if att else m.body(text)
    return m.finish("social_support", L(m, "lettre d'appui pour aide financière", "support letter for income assistance"), frm, to,
                    L(m, "Demande d'allocation — besoins particuliers", "Special needs allowance request"), root)


# ---------------------------------------------------------------- 29 name only in attachment file name
def filename_only(c, lang):
    m = c.new(lang, True)
    r = m.rng
    p = c.patient(lang, nam=0.0)
    s, frm = who(m, "internist")
    s2, to = who(m, "surgeon")
    labs = [K.lab_value(r, e, lang) for e in r.sample(K.DEFICIENCY, 4)]
    m.lab("x")
    dx = r.choice(K.COMPLIC)[0 if lang == "fr" else 1]
    m.dx(dx)
    sur = C.strip_accents(p.surname).upper()
    fn = r.choice(["Consult_%s_%s.pdf" % (sur, C.strip_accents(p.given)), "%s %s - %s.pdf" % (p.surname, p.given, L(m, "note de consultation", "consult note")),
                   "%s_%s_%s.pdf" % (c.when().strftime("%Y%m%d"), sur, p.given[0])])
    m.types.add("patient_name")
    content = L(m, "NOTE DE CONSULTATION — MÉDECINE DE L'OBÉSITÉ\n\nImpression : %s\nBilan :\n%s\nPlan : supplémentation IV, revoir 6 sem.\n",
                "CONSULT NOTE - OBESITY MEDICINE\n\nImpression: %s\nLabs:\n%s\nPlan: IV supplementation, review 6 weeks.\n") % (dx, "\n".join("  " + x for x in labs))
    body = L(m, "Voici ma note de consultation d'hier.\n\n%s", "My consult note from yesterday.\n\n%s") % C.signature(s, lang, r, short=True)
    return m.finish("consult_note", L(m, "nom seulement dans le nom de fichier", "name only in attachment file name"), frm, to,
                    L(m, "Note de consultation", "Consult note"), m.mixed(m.body(body), [m.pdf(fn, L(m, "Note de consultation", "Consult note"), content)]))
