"""Positive (confidential) messages, part A: letters, notes and follow-ups."""
import datetime

import gen_attach as A
import gen_ids as I
import gen_text as T
from gen_ctx import Mail


def pron(p, lang):
    if lang == "fr":
        return ("elle", "la", "sa") if p.sex == "F" else ("il", "le", "son")
    return ("she", "her", "her") if p.sex == "F" else ("he", "him", "his")


def use_nam(c, m, p, style=None):
    style = style or c.nam_style()
    m.types.add("ramq_nam")
    m.nams.append(p.nam)
    m.facts.append(p.nam)
    return I.fmt_nam(p.nam, style)


def name_fact(m, p):
    m.types.add("patient_name")
    m.facts.append(p.surname)


def parent_of(c, child, lang):
    """An invented parent with the child's surname."""
    sex = c.pick("FM")
    given = c.pick(I.ADULT_GIVEN_F if sex == "F" else I.ADULT_GIVEN_M)
    return given, child.surname, sex


# ---------------------------------------------------------------------------
def referral(c):
    lang = c.lang()
    p = c.holder(c.pick(["child", "adult", "notchild"]))
    md = c.staff("family physician", "paediatrician")
    src, dst = c.inst(), c.inst()
    food_fr, food_en, _ = c.pick(T.FOOD)
    ai_fr, ai_en = T.autoinj_for(p, c.rng)
    m = Mail(lang, "referral", "referral to allergy clinic with NAM, birth date and reaction history")
    m.frm = c.addr(md, src)
    m.to = [(("Centrale de rendez-vous allergie" if lang == "fr" else "Allergy clinic intake"), f"allergie.rdv@{dst[2]}")]
    nam = use_nam(c, m, p)
    name_fact(m, p)
    m.types |= {"date_of_birth", "diagnosis", "medication"}
    d_react = c.day(-40, -5)
    il, le, son = pron(p, lang)
    ph = c.phone()
    with_phone = c.chance(0.5)
    if with_phone:
        m.types.add("patient_contact")
    dob = c.fdate(p.dob, lang)
    if lang == "fr":
        m.subject = c.pick(["Demande de consultation en allergie", "Référence – allergie " + food_fr,
                            f"Référence allergie : {p.surname.upper()} {p.given}", "Consultation SVP – réaction anaphylactique"])
        who = c.pick([f"{p.title('fr')} {p.full}", p.full, p.upper_rev])
        body = [T.greeting(c.rng, "fr"), "",
                f"Je vous réfère {who}, né{'e' if p.sex == 'F' else ''} le {dob} (NAM : {nam}), pour évaluation d'une "
                f"probable allergie {T.a_fr(food_fr)}.",
                "",
                f"Le {c.fdate(d_react, 'fr', 'long')}, une quinzaine de minutes après avoir mangé un aliment contenant "
                f"{T.part_fr(food_fr)}, {il} a présenté une urticaire généralisée, un œdème des lèvres, de la toux et deux épisodes "
                f"de vomissements. Vu{'e' if p.sex == 'F' else ''} à l'urgence : épinéphrine IM, diphenhydramine, "
                f"observation 6 h. Congé avec {ai_fr} x 2.",
                "",
                "Antécédents : " + c.pick(["eczéma atopique dans l'enfance, rhinite saisonnière.",
                                           "asthme léger (Flovent 125 mcg 2 inh BID).",
                                           "aucun antécédent significatif.", "hypothyroïdie (Synthroid 50 mcg)."]),
                ]
        if with_phone:
            body += ["", f"Meilleur numéro pour joindre {c.pick(['la famille', 'le patient', 'la mère'])} : {ph}."]
        body += ["", c.pick(["Merci de le voir en priorité si possible.", "Merci de votre collaboration.",
                             "Je reste disponible au besoin."]), "", c.sig(md, src, "fr")]
    else:
        m.subject = c.pick(["Referral - allergy assessment", f"Referral: ?{food_en} allergy", "Consult request (anaphylaxis)",
                            f"New referral {p.surname}, {p.given}"])
        body = [T.greeting(c.rng, "en"), "",
                f"I would appreciate your assessment of {p.full} (DOB {dob}, RAMQ {nam}) for suspected {food_en} allergy.",
                "",
                f"On {c.fdate(d_react, 'en', 'long')}, about 15 minutes after eating something containing {food_en}, "
                f"{il} developed generalised hives, lip swelling, cough and vomiting. Treated in the ED with IM "
                f"epinephrine and cetirizine, observed for 6 hours and discharged with {ai_en}.",
                "",
                "PMHx: " + c.pick(["atopic dermatitis as a child, seasonal rhinitis.", "mild asthma on Flovent 125 mcg BID.",
                                   "nil significant.", "hypothyroidism on levothyroxine 50 mcg."]),
                ]
        if with_phone:
            body += ["", f"Best contact number: {ph}."]
        body += ["", c.pick(["Thank you for seeing this patient.", "Many thanks.", "Happy to discuss."]), "",
                 c.sig(md, src, "en")]
    m.text = "\n".join(body)
    return m


# ---------------------------------------------------------------------------
def consult_reply(c):
    lang = c.lang()
    p = c.patient(c.pick(["child", "adult"]), lang)
    doc = c.staff("allergist", "immunologist")
    ref = c.staff("family physician", "paediatrician")
    inst = c.inst()
    food_fr, food_en, comp = c.pick(T.FOOD)
    mrn = c.mrn()
    wheal = c.rng.randint(5, 14)
    hist = c.rng.randint(4, 7)
    sige = round(c.rng.uniform(0.8, 60), 1)
    comp_v = round(c.rng.uniform(0.4, 25), 2)
    ai_fr, ai_en = T.autoinj_for(p, c.rng)
    m = Mail(lang, "consult_reply", "allergist consultation reply with skin tests and specific IgE")
    m.frm = c.addr(doc, inst)
    m.to = [c.addr(ref, c.inst())]
    m.types |= {"patient_name", "mrn", "lab_result", "diagnosis", "medication"}
    m.facts += [p.surname, mrn]
    with_dob = c.chance(0.5)
    if with_dob:
        m.types.add("date_of_birth")
    d_seen = c.day(-20, -1)
    il, le, son = pron(p, lang)
    num = lambda x: (str(x).replace(".", ",") if lang == "fr" else str(x))
    if lang == "fr":
        m.subject = c.pick([f"Consultation allergie – {p.full}", f"Réponse à votre demande de consultation ({p.surname})",
                            "Note de consultation – clinique d'allergie", f"RE: Référence – {p.surname.upper()}"])
        lines = [T.greeting(c.rng, "fr", (ref[0], ref[1])), "",
                 f"Merci de m'avoir adressé {p.full} (dossier {mrn}{', DDN ' + c.fdate(p.dob, 'fr') if with_dob else ''}), "
                 f"vu{'e' if p.sex == 'F' else ''} à la clinique le {c.fdate(d_seen, 'fr', 'long')}.",
                 "",
                 f"Tests cutanés (prick) : {food_fr} {wheal} mm, histamine {hist} mm, témoin salin 0 mm.",
                 f"IgE spécifiques : {food_fr} {num(sige)} kU/L ; {comp} {num(comp_v)} kU/L.",
                 "",
                 f"Impression : allergie IgE-médiée {T.a_fr(food_fr)}" + c.pick([", histoire compatible avec une anaphylaxie.", ".", ", probablement persistante."]),
                 "",
                 "Plan :",
                 f"- Éviction stricte {T.part_fr(food_fr)}; {ai_fr}, 2 dispositifs, plan d'action écrit remis.",
                 c.pick(["- Immunothérapie orale discutée; la famille souhaite débuter au printemps.",
                         "- Test de provocation orale en milieu hospitalier dans 12 mois.",
                         "- Revoir dans 6 mois avec IgE de contrôle."]),
                 "", "Au plaisir de collaborer,", "", c.sig(doc, inst, "fr")]
    else:
        m.subject = c.pick([f"Allergy consult - {p.full}", f"Consultation note re: {p.surname}", "Allergy clinic consult letter",
                            f"RE: referral {p.surname.upper()}"])
        lines = [T.greeting(c.rng, "en", (ref[0], ref[1])), "",
                 f"Thank you for referring {p.full} (MRN {mrn}{', DOB ' + c.fdate(p.dob, 'en') if with_dob else ''}), "
                 f"whom I saw in clinic on {c.fdate(d_seen, 'en', 'long')}.",
                 "",
                 f"Skin prick tests: {food_en} {wheal} mm wheal, histamine {hist} mm, saline 0 mm.",
                 f"Specific IgE: {food_en} {sige} kU/L; {comp} {comp_v} kU/L.",
                 "",
                 f"Impression: IgE-mediated {food_en} allergy" + c.pick([" with a history consistent with anaphylaxis.", ".", ", likely persistent."]),
                 "",
                 "Plan:",
                 f"- Strict avoidance; {ai_en} x2 prescribed, written anaphylaxis action plan given.",
                 c.pick(["- We discussed oral immunotherapy; family keen to start in the spring.",
                         "- Supervised oral food challenge in 12 months.",
                         "- Follow-up in 6 months with repeat sIgE."]),
                 "", "Best regards,", "", c.sig(doc, inst, "en")]
    text = "\n".join(lines)
    if c.chance(0.5):
        m.reply = True
        orig = (f"Bonjour, je vous réfère {p.full} pour possible allergie {T.a_fr(food_fr)}. Merci." if lang == "fr"
                else f"Hello, referring {p.full} for possible {food_en} allergy. Thanks.")
        text += "\n\n" + T.quote_block(c.rng, orig, lang, f"{ref[0]} {ref[1]}", c.fdate(d_seen - datetime.timedelta(days=60), lang),
                                           "Référence – allergie" if lang == "fr" else "Referral - allergy")
    m.text = text
    return m


# ---------------------------------------------------------------------------
def oit_update(c):
    lang = c.lang(0.65)
    child = c.patient("child", lang)
    nurse = c.staff("immunotherapy nurse", "clinical nurse", "nurse")
    inst = c.inst()
    pg, ps, psex = parent_of(c, child, lang)
    food_fr, food_en, _ = c.pick(T.FOOD[:6])
    dose = c.pick([12, 20, 40, 80, 120, 160, 240, 300])
    nxt = c.workday(7, 21)
    m = Mail(lang, "oit_update", "oral immunotherapy up-dosing note to parent")
    m.frm = c.addr(nurse, inst)
    parent_mail = c.personal_email(I.Person(ps, pg, child.dob, psex))
    m.to = [(f"{pg} {ps}", parent_mail)]
    m.types |= {"patient_name", "diagnosis", "medication"}
    m.facts.append(child.surname)
    il, le, son = pron(child, lang)
    low = c.chance(0.35)
    ai_short = T.autoinj_for(child, c.rng)[0].rsplit(" ", 2)[0]
    if lang == "fr":
        m.subject = (f"ito {food_fr} - {child.given.lower()} {child.surname.lower()} - prochaine dose" if low
                     else c.pick([f"Suivi ITO – {child.given}", "Immunothérapie orale : nouvelle dose", f"ITO {food_fr} – {child.full}"]))
        lines = [f"Bonjour {'Mme' if psex == 'F' else 'M.'} {ps},", "",
                 f"Comme convenu ce matin, la dose quotidienne de {child.given} passe à {dose} mg de protéine {T.de_fr(food_fr)}.",
                 c.pick([f"{il.capitalize()} a eu un léger prurit buccal 20 minutes après la dose, résolu sans traitement.",
                         f"Aucune réaction pendant l'observation de 60 minutes.",
                         f"{il.capitalize()} a fait quelques plaques d'urticaire au cou; nous avons donné de la cétirizine 5 mg."]),
                 "",
                 "Rappels importants :",
                 "- pas d'exercice dans les 2 heures suivant la dose;",
                 "- ne pas donner la dose en cas de fièvre ou de gastro;",
                 f"- toujours avoir l'{ai_short} à portée de main.",
                 "",
                 f"Prochaine augmentation : {T.fday(nxt, 'fr')} à {T.ftime(c.pick([8, 9, 10, 13]), 0, 'fr')}.",
                 "", T.signoff(c.rng, "fr"), c.sig(nurse, inst, "fr")]
    else:
        m.subject = (f"oit {food_en} - {child.given.lower()} {child.surname.lower()}" if low
                     else c.pick([f"OIT update for {child.given}", "Oral immunotherapy - new daily dose", f"{child.full} - OIT visit today"]))
        lines = [f"Dear {'Ms.' if psex == 'F' else 'Mr.'} {ps},", "",
                 f"As discussed this morning, {child.given}'s daily dose is now {dose} mg of {food_en} protein.",
                 c.pick([f"{il.capitalize()} had mild mouth itch about 20 minutes after the dose which settled on its own.",
                         "There was no reaction during the 60-minute observation.",
                         f"{il.capitalize()} developed a few hives on the neck; we gave cetirizine 5 mg."]),
                 "",
                 "Reminders:",
                 "- no vigorous exercise for 2 hours after the dose;",
                 "- hold the dose if sick with fever or vomiting;",
                 f"- always carry the {ai_short}.",
                 "",
                 f"Next up-dose visit: {T.fday(nxt, 'en')} at {T.ftime(c.pick([8, 9, 10, 13]), 0, 'en')}",
                 "", T.signoff(c.rng, "en"), c.sig(nurse, inst, "en")]
    m.text = "\n".join(lines)
    return m


# ---------------------------------------------------------------------------
def school_form(c):
    lang = c.lang(0.65)
    use_holder = c.chance(0.5)
    child = c.holder("child") if use_holder else c.patient("child", lang)
    pg, ps, psex = parent_of(c, child, lang)
    school = c.school()
    food_fr, food_en, _ = c.pick(T.FOOD)
    ai_fr, ai_en = T.autoinj_for(child, c.rng)
    inst = c.inst()
    nurse = c.staff("clinical nurse", "immunotherapy nurse")
    school_nurse = ("Isabelle Roy", f"infirmiere.scolaire@{I.ascii_fold(school.split()[-1]).lower()}-ecole.example")
    ph = c.phone()
    from_parent = c.chance(0.5)
    m = Mail(lang, "school_form", "anaphylaxis emergency plan for school attached as PDF")
    if from_parent:
        m.frm = (f"{pg} {ps}", c.personal_email(I.Person(ps, pg, child.dob, psex)))
    else:
        m.frm = c.addr(nurse, inst)
    m.to = [school_nurse]
    m.types |= {"patient_name", "date_of_birth", "diagnosis", "medication", "patient_contact"}
    m.facts.append(child.surname)
    nam_txt = None
    if use_holder and c.chance(0.7):
        nam_txt = use_nam(c, m, child, c.pick(["plain", "space"]))
    dob = T.fdate(child.dob, lang, style="iso")
    if lang == "fr":
        title = "Plan d'urgence en cas d'anaphylaxie"
        rows = [f"Nom de l'élève : {child.full}", f"Date de naissance : {dob}", f"École / groupe : {school} – groupe {c.rng.randint(101, 604)}",
                f"Allergie(s) : {food_fr} (anaphylaxie)" + c.pick(["", ", asthme léger"]),
                f"Auto-injecteur : {ai_fr} – un dispositif dans le sac à dos, un au secrétariat",
                "", "SIGNES : urticaire, enflure des lèvres, toux, difficulté à respirer, vomissements, pâleur.",
                "1. Administrer l'épinéphrine immédiatement dans la cuisse.", "2. Appeler le 911.",
                "3. Aviser les parents.", "4. Une deuxième dose peut être donnée après 5 minutes si pas d'amélioration.",
                "", f"Parent à joindre : {pg} {ps} – {ph}"]
        if nam_txt:
            rows.insert(2, f"No d'assurance maladie : {nam_txt}")
        pdf = A.make_pdf(title, rows, author=f"{nurse[0]} {nurse[1]}", subtitle="Clinique d'allergie – à remettre à l'école",
                         footer="Document signé par le médecin traitant")
        fname = c.pick([f"Plan_anaphylaxie_{child.given}.pdf", "plan d'urgence anaphylaxie.pdf", f"Formulaire école {child.surname}.pdf"])
        m.subject = c.pick([f"Plan d'anaphylaxie – {child.given} {child.surname}", "Formulaire d'anaphylaxie pour l'école",
                            f"Allergie de {child.given} – documents pour la rentrée"])
        body = [T.greeting(c.rng, "fr"), "",
                c.pick([f"Voici le plan d'urgence signé pour {child.given}, qui est en {c.pick(['3e', '4e', '1re', '6e'])} année.",
                        f"Vous trouverez ci-joint le formulaire d'anaphylaxie de {child.given} rempli par l'allergologue."]),
                c.pick([f"{'Elle' if child.sex == 'F' else 'Il'} aura deux {ai_fr.split()[0]} : un dans son sac et un au secrétariat.",
                        "Pourriez-vous en remettre une copie à l'enseignante et au service de garde?"]),
                "", T.signoff(c.rng, "fr"), f"{pg} {ps}" if from_parent else c.sig(nurse, inst, "fr")]
    else:
        title = "Anaphylaxis Emergency Plan"
        rows = [f"Student: {child.full}", f"Date of birth: {dob}", f"School / class: {school} - room {c.rng.randint(101, 214)}",
                f"Allergy: {food_en} (anaphylaxis)", f"Epinephrine auto-injector: {ai_en} (one in backpack, one in office)",
                "", "SIGNS: hives, lip swelling, cough, trouble breathing, vomiting, pale/floppy.",
                "1. Give epinephrine right away (outer thigh).", "2. Call 911.", "3. Call parent.",
                "4. A second dose may be given after 5 minutes if no improvement.", "",
                f"Parent contact: {pg} {ps} - {ph}"]
        if nam_txt:
            rows.insert(2, f"Health insurance (RAMQ): {nam_txt}")
        pdf = A.make_pdf(title, rows, author=f"{nurse[0]} {nurse[1]}", subtitle="Allergy clinic - for school use",
                         footer="Signed by treating physician")
        fname = c.pick([f"Anaphylaxis_plan_{child.given}.pdf", "anaphylaxis plan.pdf", f"School form {child.surname}.pdf"])
        m.subject = c.pick([f"Anaphylaxis plan - {child.given} {child.surname}", "School anaphylaxis form",
                            f"{child.given}'s allergy forms"])
        body = [T.greeting(c.rng, "en"), "",
                f"Please find attached the signed anaphylaxis plan for {child.given}.",
                c.pick(["Could you share a copy with the homeroom teacher and the lunch supervisors?",
                        f"{'She' if child.sex == 'F' else 'He'} will carry one auto-injector and a second one will be at the office."]),
                "", T.signoff(c.rng, "en"), f"{pg} {ps}" if from_parent else c.sig(nurse, inst, "en")]
    m.text = "\n".join(body)
    m.attach(pdf, "application/pdf", fname)
    return m


# ---------------------------------------------------------------------------
def ivig_ics(c):
    lang = c.lang()
    use_h = c.chance(0.35)
    p = c.holder("notchild") if use_h else c.patient(c.pick(["adult", "senior"]), lang)
    nurse = c.staff("immunotherapy nurse", "clinical nurse", "nurse")
    doc = c.staff("immunologist", "clinical immunologist")
    inst = c.inst()
    mrn = c.mrn()
    prod = c.pick(T.IG_PRODUCTS[:4])
    dose_g = c.pick([25, 30, 35, 40, 45, 50])
    dx_fr, dx_en = c.pick(T.DX[4:7])
    d = c.workday(3, 30)
    h = c.pick([8, 9, 12, 13])
    start = datetime.datetime(d.year, d.month, d.day, h, 0)
    end = start + datetime.timedelta(hours=c.pick([3, 4, 5]))
    m = Mail(lang, "ivig_invite", "calendar invitation for an immunoglobulin infusion with patient details")
    m.frm = c.addr(nurse, inst)
    m.to = [c.addr(doc, inst), ("Hôpital de jour" if lang == "fr" else "Day hospital", f"hopitaldejour@{inst[2]}")]
    m.types |= {"patient_name", "mrn", "medication", "diagnosis"}
    m.facts += [p.surname, mrn]
    trough = round(c.rng.uniform(3.5, 7.9), 1)
    with_lab = c.chance(0.5)
    if with_lab:
        m.types.add("lab_result")
    if use_h:
        nam = use_nam(c, m, p, c.pick(["plain", "space", "dots"]))
        desc_id = f"\nNAM : {nam}" if lang == "fr" else f"\nRAMQ: {nam}"
    else:
        desc_id = ""
    if lang == "fr":
        summary = f"Perfusion IgIV – {p.surname.upper()} {p.given}"
        desc = (f"Patient : {p.rev} – dossier {mrn}\nDx : {dx_fr}\nProduit : {prod}, {dose_g} g IV "
                f"(0,4 g/kg) q4 sem.\nPrémédication : acétaminophène 650 mg + cétirizine 10 mg."
                + (f"\nIgG creux dernier : {str(trough).replace('.', ',')} g/L" if with_lab else "") + desc_id)
        m.subject = c.pick([f"Invitation : {summary}", "Perfusion IgIV – réservation fauteuil", f"Invitation: Perfusion {fday_short(d, 'fr')}"])
        m.text = c.pick(["Réservation du fauteuil 4 pour la perfusion. Merci d'accepter.", "Voir l'invitation.",
                         "Bonjour, je vous envoie l'invitation pour la prochaine perfusion. Merci!"])
        loc = "Hôpital de jour – fauteuil " + str(c.rng.randint(1, 8))
    else:
        summary = f"IVIG infusion - {p.surname.upper()}, {p.given}"
        desc = (f"Patient: {p.rev} - MRN {mrn}\nDx: {dx_en}\nProduct: {prod}, {dose_g} g IV (0.4 g/kg) q4 weeks\n"
                f"Premeds: acetaminophen 650 mg + cetirizine 10 mg"
                + (f"\nLast IgG trough: {trough} g/L" if with_lab else "") + desc_id)
        m.subject = c.pick([f"Invitation: {summary}", "IVIG chair booking", f"Invitation: infusion {fday_short(d, 'en')}"])
        m.text = c.pick(["Chair booked for the infusion, please accept.", "See invite.", "Hi, sending the invite for the next infusion. Thanks!"])
        loc = "Day Hospital - chair " + str(c.rng.randint(1, 8))
    ics = A.make_ics(f"{c.rng.getrandbits(64):016x}@{inst[2]}", summary, start, end, loc, desc,
                     (f"{nurse[0]} {nurse[1]}", c.email_of(nurse, inst)), [(f"{doc[0]} {doc[1]}", c.email_of(doc, inst))])
    m.attach(ics, "text/calendar; method=REQUEST", "invite.ics")
    return m


def fday_short(d, lang):
    return d.strftime("%Y-%m-%d")


# ---------------------------------------------------------------------------
def delabel(c):
    lang = c.lang()
    use_holder = c.chance(0.6)
    p = c.holder("notchild") if use_holder else c.patient(c.pick(["adult", "senior"]), lang)
    drug_fr, drug_en, hist_fr, hist_en = c.pick(T.DRUG_LABELS[:3])
    doc = c.staff("allergist", "immunologist")
    pharm = c.staff("pharmacist")
    inst = c.inst()
    m = Mail(lang, "delabel", "drug-allergy delabelling after negative oral challenge")
    m.frm = c.addr(doc, inst)
    m.to = [c.addr(pharm, inst)]
    if c.chance(0.5):
        m.cc = [("Médecin traitant" if lang == "fr" else "Family physician", f"gmf.secretariat@{c.inst()[2]}")]
    name_fact(m, p)
    m.types |= {"diagnosis", "medication", "date_of_birth"}
    ident = ""
    if use_holder:
        ident = use_nam(c, m, p)
        id_fr, id_en = f"NAM {ident}", f"RAMQ {ident}"
    else:
        mrn = c.mrn()
        m.types.add("mrn")
        m.facts.append(mrn)
        id_fr, id_en = f"dossier {mrn}", f"MRN {mrn}"
    d = c.day(-14, -1)
    dose = "250 mg" if drug_en == "amoxicillin" else ("1 g" if drug_en == "cefazolin" else "500 mg")
    pen_fast = c.rng.randint(0, 2)
    as_doc = c.chance(0.5)
    if lang == "fr":
        m.subject = c.pick(["Retrait d'étiquette d'allergie", f"Délabellisation {drug_fr} – {p.surname}",
                            "Test de provocation médicamenteuse négatif", "Allergie pénicilline : à retirer du dossier"])
        letter = [f"Patient(e) : {p.full} – DDN {c.fdate(p.dob, 'fr', 'iso')} – {id_fr}", "",
                  f"Étiquette au dossier : allergie à la {drug_fr} ({hist_fr}). Score PEN-FAST : {pen_fast}.",
                  f"Le {c.fdate(d, 'fr', 'long')}, test de provocation orale en deux paliers (10 % puis 90 % de {dose}) "
                  "avec observation de 60 minutes : aucune réaction.",
                  "", f"Conclusion : pas d'allergie à la {drug_fr}. L'étiquette peut être retirée du dossier et du DSQ.",
                  "Le patient peut recevoir les pénicillines et céphalosporines sans précaution particulière."]
        body = [T.greeting(c.rng, "fr", (pharm[0], pharm[1])), ""]
        if as_doc:
            body += ["Ci-joint la lettre de délabellisation pour mise à jour du profil pharmacologique.", ""]
        else:
            body += letter + [""]
        body += [T.signoff(c.rng, "fr"), c.sig(doc, inst, "fr")]
    else:
        m.subject = c.pick(["Allergy label removal", f"Delabelling {drug_en} - {p.surname}", "Negative drug challenge",
                            "Penicillin allergy: please remove from profile"])
        letter = [f"Patient: {p.full} - DOB {c.fdate(p.dob, 'en', 'iso')} - {id_en}", "",
                  f"Label on file: {drug_en} allergy ({hist_en}). PEN-FAST score: {pen_fast}.",
                  f"On {c.fdate(d, 'en', 'long')}, two-step oral challenge (10% then 90% of {dose}) with 60-minute observation: no reaction.",
                  "", f"Conclusion: not allergic to {drug_en}. Please remove the label from the chart and the pharmacy profile.",
                  "Penicillins and cephalosporins may be given without special precautions."]
        body = [T.greeting(c.rng, "en", (pharm[0], pharm[1])), ""]
        if as_doc:
            body += ["Attached is the delabelling letter so the medication profile can be updated.", ""]
        else:
            body += letter + [""]
        body += [T.signoff(c.rng, "en"), c.sig(doc, inst, "en")]
    m.text = "\n".join(body)
    if as_doc:
        docx = A.make_docx("Lettre de délabellisation" if lang == "fr" else "Drug allergy delabelling letter", letter,
                           author=f"{doc[0]} {doc[1]}", header_text=inst[0] if lang == "fr" else inst[1])
        m.attach(docx, "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 c.pick(["delabellisation.docx", f"Lettre_{drug_fr}_{p.surname}.docx", "letter.docx"]))
    return m


# ---------------------------------------------------------------------------
def subject_only(c):
    lang = c.lang()
    p = c.patient("any", lang)
    a = c.staff()
    b = c.staff()
    inst = c.inst()
    m = Mail(lang, "subject_leak", "patient name and condition only in the Subject line")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(b, inst)]
    m.types |= {"patient_name"}
    m.facts.append(p.surname)
    food_fr, food_en, _ = c.pick(T.FOOD)
    v = c.rng.randrange(5)
    if lang == "fr":
        subj = [f"{p.full} – réaction anaphylactique hier soir, SVP rappeler",
                f"RE: {p.surname.lower()} {p.given[0].lower()}. - renouvellement epipen",
                f"TR: {p.title('fr')} {p.surname} – IgIV reportée (fièvre)",
                f"Urgent – {p.surname.upper()}, {p.given} : angio-œdème, vu à l'urgence",
                f"{p.initials_surname} – TPO {T.a_fr(food_fr)} positif ce matin"][v]
        body = c.pick(["Peux-tu me rappeler dès que possible? Merci", "Voir ci-dessous.", "Je t'appelle après la clinique.",
                       "Merci de regarder quand tu as une minute.", "FYI"])
    else:
        subj = [f"{p.full} - anaphylaxis last night, please call",
                f"RE: {p.surname.lower()} {p.given[0].lower()}. - epipen renewal",
                f"FW: {p.title('en')} {p.surname} - IVIG postponed (fever)",
                f"Urgent - {p.surname.upper()}, {p.given}: angioedema, seen in ED",
                f"{p.initials_surname} - {food_en} OFC positive this am"][v]
        body = c.pick(["Can you call me when you get a sec? Thanks", "See below.", "Will call you after clinic.",
                       "Please have a look when you can.", "FYI"])
    m.types |= [{"diagnosis"}, {"medication"}, {"medication", "diagnosis"}, {"diagnosis"}, {"diagnosis"}][v]
    m.subject = subj
    m.text = body + "\n\n" + (f"{a[0]}" if c.chance(0.5) else c.sig(a, inst, lang))
    return m


# ---------------------------------------------------------------------------
def filename_only(c):
    lang = c.lang()
    p = c.patient("any", lang)
    a = c.staff("clinical nurse", "unit clerk", "immunotherapy nurse")
    inst = c.inst()
    m = Mail(lang, "filename_leak", "patient identity and condition only in an attachment file name")
    m.frm = c.addr(a, inst)
    m.to = [c.addr(c.staff(), inst)]
    m.types |= {"patient_name"}
    m.facts.append(p.surname)
    v = c.rng.randrange(5)
    if lang == "fr":
        fn = [f"Plan_action_anaphylaxie_arachide_{p.surname.upper()}_{p.given}.pdf",
              f"{p.surname}_{p.given}_allergie_pénicilline_délabellisation.pdf",
              f"Résultats IgE – {p.given} {p.surname} – urticaire chronique.pdf",
              f"Enseignement EpiPen {p.surname} {p.given}.pdf",
              f"{p.surname.upper()} {p.given} - Xolair 300 mg - autorisation RAMQ.pdf"][v]
        title = ["Plan d'action – anaphylaxie", "Information aux patients", "Document numérisé", "Comment utiliser votre auto-injecteur",
                 "Formulaire de demande – médicament d'exception"][v]
        lines = ["Document numérisé – page 1 de 1", "", "(image)"] if v in (1, 2) else \
            ["Ce document est un gabarit standard remis à l'enseignement.", "Voir les étapes 1 à 4.",
             "Nom : ____________________", "Date : ___________"]
        m.subject = c.pick(["Document", "Numérisation", "Pour le dossier", "Ci-joint", "TR: document à classer"])
        m.text = c.pick(["Ci-joint le document numérisé.", "Voici le document pour classement. Merci!",
                         "Bonjour,\n\nCi-joint pour le dossier.\n\nMerci"]) + "\n\n" + a[0]
    else:
        fn = [f"Anaphylaxis_action_plan_peanut_{p.surname.upper()}_{p.given}.pdf",
              f"{p.surname}_{p.given}_penicillin_allergy_delabel.pdf",
              f"IgE results - {p.given} {p.surname} - chronic urticaria.pdf",
              f"EpiPen teaching {p.surname} {p.given}.pdf",
              f"{p.surname.upper()} {p.given} - Xolair 300mg - special authorization.pdf"][v]
        title = ["Anaphylaxis action plan", "Patient information", "Scanned document", "How to use your auto-injector",
                 "Special authorization request"][v]
        lines = ["Scanned document - page 1 of 1", "", "(image)"] if v in (1, 2) else \
            ["This is the standard template used for teaching.", "See steps 1 to 4.", "Name: ____________________",
             "Date: ___________"]
        m.subject = c.pick(["Document", "Scan", "For the chart", "Attached", "FW: to file"])
        m.text = c.pick(["Attached is the scanned document.", "Here's the doc for filing. Thanks!",
                         "Hi,\n\nAttached for the chart.\n\nThanks"]) + "\n\n" + a[0]
    m.types |= [{"diagnosis", "medication"}, {"diagnosis", "medication"}, {"diagnosis", "lab_result"}, {"medication"},
                {"medication"}][v]
    if v == 2:
        m.types.discard("lab_result")
        m.types.add("diagnosis")
    pdf = A.make_pdf(title, lines, author=a[1])
    m.attach(pdf, "application/pdf", fn, style=c.pick(["rfc2231", "rfc2231", "rfc2047"]))
    return m
