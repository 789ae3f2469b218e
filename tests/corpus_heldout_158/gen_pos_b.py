"""Positive builders, part B: rabies PEP appointments, lab follow-ups, youth protection,
income-support forms, inter-provincial and international notifications, prescriptions,
transport/interpreter bookings, quick notes between colleagues."""
import datetime as dt

import gen_data as D
import gen_mime as M
import gen_text as T
from gen_pos_a import _ext_person, CLINIC_DOMAINS, LAB_DOMAIN


def rabies_pep(ctx):
    r = ctx.rng
    h = ctx.maybe_holder(0.35, "any")
    p = h or ctx.person(r.choice(["child", "adult"]))
    s = D.STAFF[11]
    clsc = r.choice(D.CLSCS)
    w = r.randint(18, 90)
    d0 = ctx.day(-r.choice([0, 3, 7]))
    doses = [d0 + dt.timedelta(days=k) for k in (0, 3, 7, 14)]
    nxt = [d for d in doses if d > ctx.now.date()][0] if any(d > ctx.now.date() for d in doses) else doses[-1]
    start = dt.datetime(nxt.year, nxt.month, nxt.day, r.choice([9, 10, 13, 14]), r.choice([0, 15, 30]))
    tel = ctx.phone()
    who = ctx.full(p)
    exposure = r.choice([ctx.t("chauve-souris trouvée dans la chambre (enfant endormi)", "bat found in the bedroom (child asleep)"),
                         ctx.t("morsure de chien errant au mollet, animal introuvable", "stray dog bite to the calf, animal not found"),
                         ctx.t("griffure de renard au chalet", "fox scratch at the cottage")])
    if h:
        who += " (" + ctx.nam_inline(p) + ")"
    desc = ctx.t(f"{who} – tél. {tel}. Exposition : {exposure}. Imovax Rage 1 mL IM deltoïde. "
                 f"RIg 20 UI/kg ({w * 20} UI) donnée J0.",
                 f"{who} – tel. {tel}. Exposure: {exposure}. Imovax Rabies 1 mL IM deltoid. "
                 f"RIG 20 IU/kg ({w * 20} IU) given day 0.")
    ics = M.att_ics(r.choice(["invite.ics", "rendez-vous.ics", "PPE_rage.ics"]),
                    uid=f"{ctx.tag}@{D.DSP_DOMAIN}", start=start, end=start + dt.timedelta(minutes=20),
                    summary=ctx.t(f"Vaccin rage – {p['surname']} (dose {doses.index(nxt) + 1})",
                                  f"Rabies vaccine – {p['surname']} (dose {doses.index(nxt) + 1})"),
                    location=clsc, description=desc,
                    organizer=ctx.addr(s), attendees=[("Vaccination CLSC", f"vaccination@{D.CISSS_DOMAIN}")])
    sched = [ctx.t(f"Dose {i + 1} : ", f"Dose {i + 1}: ") + ctx.d(d) for i, d in enumerate(doses)]
    blocks = [ctx.greet(),
              ctx.t(f"PPE rage pour {ctx.name(p)} ({w} kg). Calendrier :", f"Rabies PEP for {ctx.name(p)} ({w} kg). Schedule:"),
              ("list", sched),
              ctx.t("Je vous envoie le rendez-vous de la prochaine dose. Le patient a confirmé par téléphone.",
                    "Sending the appointment for the next dose. The patient confirmed by phone."),
              ctx.sig(s)]
    form = None
    if r.random() < 0.3:
        blocks = [ctx.t("Rendez-vous PPE rage – détails dans l'invitation.", "Rabies PEP appointment – details in the invite.")]
        form = "plain"
    subj = ctx.t(f"PPE rage – dose {doses.index(nxt) + 1}", f"Rabies PEP – dose {doses.index(nxt) + 1}")
    return M.Msg(ctx.lang, "rabies_pep", ctx.addr(s), [("Vaccination CLSC", f"vaccination@{D.CISSS_DOMAIN}")],
                 subj, blocks, attachments=[ics], form=form,
                 types={"patient_name", "patient_contact", "diagnosis", "medication"},
                 note=ctx.t("rendez-vous de prophylaxie post-exposition rage", "rabies PEP appointment"))


def lab_followup(ctx):
    r = ctx.rng
    mode = r.choice(["name", "mrn", "subject", "name"])
    p = ctx.person("adult")
    result = r.choice([
        ("IGRA (QuantiFERON) POSITIF – 2,47 UI/mL; RX pulmonaire normale → ITL", "IGRA (QuantiFERON) POSITIVE – 2.47 IU/mL; CXR normal → LTBI"),
        ("Culture d'expectoration : complexe M. tuberculosis, sensible INH/RIF", "Sputum culture: M. tuberculosis complex, INH/RIF susceptible"),
        ("RX thorax : infiltrat cavitaire apical droit, suspicion TB active", "CXR: right apical cavitary infiltrate, suspect active TB"),
        ("RPR 1:128 (précédent 1:8) – réinfection syphilis probable", "RPR 1:128 (previous 1:8) – probable syphilis reinfection"),
        ("Sérologie rougeole IgG négative – non immun", "Measles IgG negative – non-immune")])
    types = {"lab_result", "diagnosis"}
    s = ctx.staff()
    doc = r.choice(D.PHYSICIANS)
    sender = (f"{doc[0]} {doc[1]} {doc[2]}", f"{D.email_local(doc[1], doc[2])}@{D.CISSS_DOMAIN}")
    res = result[0] if ctx.fr else result[1]
    if mode == "mrn":
        ident = f"{ctx.mrn_label()} {ctx.mrn()}"
        types.add("mrn")
        subj = ctx.t("Résultat à suivre", "Result for follow-up")
    elif mode == "subject":
        ident = ctx.t("patient en objet", "patient in subject")
        subj = ctx.t("Résultat – ", "Result – ") + ctx.name(p, ("upper_comma", "initial", "full"))
        types.add("patient_name")
    else:
        h = ctx.maybe_holder(0.5, "adult")
        if h:
            p = h
        ident = ctx.name(p)
        if h:
            ident += " (" + ctx.nam_inline(p) + ")"
        elif r.random() < 0.5:
            ident += f" ({ctx.mrn_label()} {ctx.mrn()})"
            types.add("mrn")
        types.add("patient_name")
        subj = r.choice([ctx.t("Résultat à suivre", "Result to follow up"), "FW: " + ctx.t("résultat", "result"),
                         ctx.t("Pour la clinique TB", "For the TB clinic")])
    blocks = [ctx.greet(s[0]),
              ctx.t(f"Pour {ident} : {res}.", f"Re {ident}: {res}."),
              ctx.t("Pouvez-vous prendre le relais pour l'enquête / le traitement ? Je l'ai avisé(e) par téléphone.",
                    "Can you take over the investigation / treatment? I let them know by phone."),
              f"{doc[0]} {doc[2]}"]
    return M.Msg(ctx.lang, "lab_followup", sender, [ctx.addr(s)], subj, blocks, types=types,
                 note=ctx.t("suivi d'un résultat de laboratoire", "lab result follow-up"))


def dpj_concern(ctx):
    r = ctx.rng
    teen = ctx.maybe_holder(0.6, "teen")
    if teen is None:
        teen = ctx.person("child", sex=r.choice("FM"))
        teen["dob"] = dt.date(2025 - r.randint(13, 15), r.randint(1, 12), r.randint(1, 28))
    fem = teen["sex"] == "F"
    s = D.STAFF[4]
    dx = r.choice([("chlamydia (TAAN urinaire positif)", "chlamydia (urine NAAT positive)"),
                   ("gonorrhée pharyngée et grossesse de 9 semaines", "pharyngeal gonorrhea and 9-week pregnancy") if fem else
                   ("gonorrhée pharyngée (TAAN positif)", "pharyngeal gonorrhea (NAAT positive)"),
                   ("syphilis primaire (chancre, RPR 1:16)", "primary syphilis (chancre, RPR 1:16)")])
    ident_kv = ("kv", ctx.nam_fields(teen, dob_label=False)) if teen.get("nam") else None
    partner_age = r.randint(22, 31)
    lab = any(k in dx[0] for k in ("TAAN", "RPR"))
    blocks = [ctx.greet(),
              ctx.t(f"Je vous informe d'une situation préoccupante : {ctx.name(teen, ('full', 'upper_comma'))}, "
                    f"{'née' if fem else 'né'} le {ctx.dob(teen)}, élève à l'{r.choice(D.SCHOOLS[1:3])}, "
                    f"{'diagnostiquée' if fem else 'diagnostiqué'} pour {dx[0]}. "
                    f"{'Elle' if fem else 'Il'} rapporte un partenaire de {partner_age} ans rencontré en ligne.",
                    f"Flagging a concerning situation: {ctx.name(teen, ('full', 'upper_comma'))}, DOB "
                    f"{ctx.dob(teen)}, student at {r.choice(D.SCHOOLS[1:3])}, diagnosed with {dx[1]}. "
                    f"{'She' if fem else 'He'} reports a {partner_age}-year-old partner met online."),
              ctx.t("Un signalement à la DPJ a été fait ce matin (no de signalement à venir). La mère n'est "
                    f"pas au courant; {'l’adolescente' if fem else 'l’adolescent'} demande que nous ne l'appelions pas à la maison.",
                    "A report to youth protection (DPJ) was made this morning (file number to follow). The "
                    "mother is not aware; the teen asked that we not call the home."),
              ctx.sig(s, footer=True)]
    if ident_kv:
        blocks.insert(2, ident_kv)
    to = [ctx.addr(D.STAFF[1]), ("Intervenante DPJ", f"reception.signalement@{D.CISSS_DOMAIN}")]
    subj = ctx.t(r.choice(["Signalement DPJ – ITSS mineure", "Situation préoccupante – confidentiel"]),
                 r.choice(["Youth protection report – STBBI in a minor", "Concerning situation – confidential"]))
    return M.Msg(ctx.lang, "dpj_concern", ctx.addr(s), to, subj, blocks,
                 types={"patient_name", "date_of_birth", "diagnosis", "social_information"} | ({"lab_result"} if lab else set()),
                 note=ctx.t("signalement DPJ lié à une ITSS chez un(e) mineur(e)", "youth protection report about a minor"))


def income_support_form(ctx):
    r = ctx.rng
    p = ctx.person("adult")
    s = D.STAFF[7] if r.random() < 0.5 else D.STAFF[14]
    iso_from, iso_to = ctx.day(-r.randint(5, 20)), ctx.day(r.randint(10, 30))
    fields = [(ctx.t("Nom", "Name"), ctx.full(p)), (ctx.t("Date de naissance", "Date of birth"), ctx.dob(p)),
              (ctx.t("NAS", "SIN"), ctx.sin()), (ctx.t("Adresse", "Address"), ctx.home_address()),
              (ctx.t("Téléphone", "Phone"), ctx.phone()),
              (ctx.t("Motif", "Reason"), ctx.t("tuberculose pulmonaire active – isolement obligatoire",
                                               "active pulmonary tuberculosis – mandatory isolation")),
              (ctx.t("Période d'arrêt", "Time off work"), f"{ctx.d(iso_from)} – {ctx.d(iso_to)}")]
    agency = r.choice([("du bureau régional d'aide financière de dernier recours (Val-Bernier)", "the regional last-resort income support office (Val-Bernier)"),
                       ("du bureau fédéral des prestations de maladie", "the federal sickness benefits office")])
    kind = r.choice(["pdf", "docx", "body"])
    title = ctx.t("Attestation médicale – incapacité de travailler", "Medical certificate – unable to work")
    atts = []
    blocks = [ctx.greet(),
              ctx.t(f"Ci-dessous / ci-joint l'attestation pour le dossier de prestation auprès {agency[0]}. "
                    "La personne n'a plus de revenu depuis son retrait du travail et demande une aide d'urgence.",
                    f"Below / attached is the certificate for the benefit application with {agency[1]}. The "
                    "person has had no income since being removed from work and is applying for emergency support.")]
    if kind == "body":
        blocks.append(("kv", fields))
    elif kind == "pdf":
        atts.append(M.att_pdf(ctx.t("attestation_médicale_isolement.pdf", "isolation_certificate.pdf"), title, [("kv", fields)], r))
    else:
        atts.append(M.att_docx(f"{ctx.t('attestation', 'certificate')}_{p['surname']}.docx", title, [("kv", fields)]))
    blocks.append(ctx.sig(s))
    sender = ctx.addr(s)
    to = [(ctx.t("Agente d'aide financière", "Benefits officer"), "agent.vb@aide-financiere.example")]
    subj = ctx.t("Attestation – demande de prestation", "Certificate – benefit application")
    return M.Msg(ctx.lang, "income_support_form", sender, to, subj, blocks, attachments=atts,
                 types={"patient_name", "date_of_birth", "ca_sin", "patient_contact", "diagnosis", "social_information"},
                 note=ctx.t("attestation pour une demande d'aide financière", "certificate for an income support claim"))


def interprov_notification(ctx):
    r = ctx.rng
    s = r.choice([D.STAFF[7], D.STAFF[14], D.STAFF[0]])
    nperson = r.randint(1, 3)
    rows = []
    what = r.choice(["tb", "measles", "hepa"])
    for _ in range(nperson):
        p = ctx.person(r.choice(["adult", "child"]))
        rows.append([ctx.full(p), ctx.dob(p), ctx.ohip(), D.address_on(r), D.phone_fmt(r, "613")])
    exp = {"tb": (f"contact étroit d'un cas de TB pulmonaire (frottis +), exposition cumulée > 40 h, dernière exposition {ctx.d(ctx.day(-9))}",
                  f"close contact of a smear-positive pulmonary TB case, > 40 h cumulative, last exposure {ctx.d(ctx.day(-9))}"),
           "measles": (f"exposé(e) à un cas de rougeole le {ctx.d(ctx.day(-3))} (même vol, rangées 12-16)",
                       f"exposed to a measles case on {ctx.d(ctx.day(-3))} (same flight, rows 12-16)"),
           "hepa": (f"a consommé au restaurant où travaille un cas d'hépatite A le {ctx.d(ctx.day(-6))}",
                    f"ate at the restaurant where a hepatitis A case works on {ctx.d(ctx.day(-6))}")}[what]
    headers = ctx.t(["Nom", "DDN", "No carte santé Ontario", "Adresse", "Téléphone"],
                    ["Name", "DOB", "Ontario health card", "Address", "Phone"])
    blocks = [ctx.greet(),
              ctx.t("Nous vous transmettons, pour suivi dans votre territoire, les personnes suivantes :",
                    "For follow-up in your jurisdiction, please find the following person(s):"),
              ("table", headers, rows),
              ctx.t("Situation : ", "Situation: ") + (exp[0] if ctx.fr else exp[1]) + ".",
              ctx.t("Recommandation : évaluation et suivi selon vos protocoles; merci de nous confirmer la prise en charge.",
                    "Recommendation: assessment and follow-up per your protocols; please confirm receipt."),
              ctx.sig(s, footer=True)]
    atts = []
    if r.random() < 0.35:
        blocks[2] = ctx.t("Liste en pièce jointe (PDF).", "List attached (PDF).")
        atts.append(M.att_pdf(ctx.t("avis_interprovincial.pdf", "interjurisdictional_notification.pdf"),
                              ctx.t("Avis interprovincial", "Interjurisdictional notification"),
                              [("table", headers, rows)], r))
    to = [("Lakeshore Public Health – CD Intake", "cdintake@lakeshorephu.example")]
    subj = ctx.t("Avis interprovincial – contacts à suivre", "Interprovincial notification – contacts for follow-up")
    return M.Msg(ctx.lang, "interprov_notification", ctx.addr(s), to, subj, blocks, attachments=atts,
                 types={"patient_name", "date_of_birth", "ca_health_number", "patient_contact", "diagnosis"},
                 note=ctx.t("avis interprovincial de contacts", "interprovincial contact notification"))


def intl_notification_fr(ctx):
    return _intl_notification(ctx, "fr")


def intl_notification_be(ctx):
    return _intl_notification(ctx, "be")


def _intl_notification(ctx, country):
    r = ctx.rng
    s = D.STAFF[1]
    p = ctx.person("adult")
    types = {"patient_name", "date_of_birth", "diagnosis", "patient_contact"}
    if country == "fr":
        idl = ("NIR", ctx.nir(p))
        addr = f"{r.randint(2, 88)} rue des Tanneurs, {r.choice(['69003 Lyon', '21000 Dijon', '25000 Besançon'])}, France"
        tel = f"+33 6 55 01 {r.randint(10, 99)} {r.randint(10, 99)}"
        dx = ctx.t("tuberculose pulmonaire active, frottis positif, sous RIPE depuis le ",
                   "active pulmonary TB, smear positive, on RIPE since ") + ctx.d(ctx.day(-12))
        types |= {"medication", "lab_result"}
        dest = ("ARS – veille sanitaire", "veille.sanitaire@ars-region.example")
    else:
        idl = ("NISS", ctx.niss(p))
        addr = f"Rue de la Station {r.randint(2, 120)}, {r.choice(['5000 Namur', '4000 Liège', '1348 Louvain-la-Neuve'])}, Belgique"
        tel = f"+32 470 55 01 {r.randint(10, 99)}"
        dx = ctx.t("contact d'un cas de rougeole à bord du vol du ", "measles contact on the flight of ") + \
            ctx.d(ctx.day(-4)) + ctx.t(", statut vaccinal inconnu", ", immunization status unknown")
        dest = ("Cellule de surveillance des maladies infectieuses", "surveillance@sante-wallonie.example")
    fields = [(ctx.t("Nom", "Name"), ctx.full(p)), (ctx.t("Date de naissance", "Date of birth"), ctx.dob(p)),
              (ctx.t("Sexe", "Sex"), ctx.sex(p)), idl, (ctx.t("Adresse", "Address"), addr),
              (ctx.t("Téléphone", "Phone"), tel), (ctx.t("Situation", "Situation"), dx)]
    blocks = [ctx.t("Madame, Monsieur,", "Dear colleagues,"),
              ctx.t("Dans le cadre du Règlement sanitaire international, nous vous transmettons l'information "
                    "suivante concernant une personne qui retourne dans votre pays :",
                    "Under the International Health Regulations, we share the following information about a "
                    "person returning to your country:"),
              ("kv", fields), ctx.sig(s, footer=True)]
    subj = ctx.t("Notification RSI – suivi de cas/contact", "IHR notification – case/contact follow-up")
    return M.Msg(ctx.lang, "intl_notification", ctx.addr(s), [dest], subj, blocks, types=types,
                 cc=[("Point focal national RSI", "pfn-rsi@sante-federale.example")],
                 note=ctx.t("notification internationale d'un cas ou contact", "international case/contact notification"))


def pharmacy_rx(ctx):
    r = ctx.rng
    p = ctx.maybe_holder(0.6, "adult")
    use_nam = p is not None
    p = p or ctx.person("adult")
    doc = r.choice(D.PHYSICIANS)
    rx = r.choice([("ITL – rifampicine 600 mg PO die x 4 mois (120 co.)", "LTBI – rifampin 600 mg PO daily x 4 months (120 caps)"),
                   ("ITL – isoniazide 900 mg + rifapentine 900 mg 1 fois/sem. x 12 sem. (3HP)",
                    "LTBI – isoniazid 900 mg + rifapentine 900 mg once weekly x 12 wks (3HP)"),
                   ("PPE VIH – Truvada 1 co. die + dolutégravir 50 mg die x 28 jours",
                    "HIV PEP – Truvada 1 tab daily + dolutegravir 50 mg daily x 28 days"),
                   ("Contact chlamydia – doxycycline 100 mg BID x 7 jours", "Chlamydia contact – doxycycline 100 mg BID x 7 days"),
                   ("Contact IMI – ciprofloxacine 500 mg PO dose unique", "IMD contact – ciprofloxacin 500 mg PO single dose")])
    fields = [(ctx.t("Patient", "Patient"), ctx.full(p)), (ctx.t("DDN", "DOB"), ctx.dob(p))]
    types = {"patient_name", "date_of_birth", "medication", "diagnosis"}
    if use_nam:
        fields += [(ctx.t("Sexe", "Sex"), ctx.sex(p)), ("NAM", ctx.nam(p))]
        types.add("ramq_nam")
    if r.random() < 0.5:
        fields.append((ctx.t("Tél.", "Phone"), ctx.phone()))
        types.add("patient_contact")
    fields += [("Rx", rx[0] if ctx.fr else rx[1]),
               (ctx.t("Prescripteur", "Prescriber"), f"{doc[0]} {doc[1]} {doc[2]}, lic. {r.randint(10000, 99999)}")]
    pharm = r.choice(["Pharmacie Lacroix et Dubé", "Pharmacie du Vieux-Port", "Pharmacie Gingras-Nolet"])
    atts = []
    blocks = [ctx.greet(), ctx.t("Ordonnance pour exécution — le patient passera aujourd'hui :",
                                 "Prescription to fill — the patient will come by today:")]
    if r.random() < 0.5:
        blocks.append(("kv", fields))
    else:
        atts.append(M.att_pdf(r.choice(["ordonnance.pdf", f"Rx_{p['surname']}.pdf", "prescription_scan.pdf"]),
                              ctx.t("Ordonnance", "Prescription"), [("kv", fields)], r,
                              header="Clinique TB / ITSS – DSP Haute-Rivière"))
        blocks.append(ctx.t("Ordonnance signée en pièce jointe.", "Signed prescription attached."))
    blocks += [ctx.t("Gratuité : programme de santé publique (ne pas facturer au patient).",
                     "Free of charge under the public health program (do not bill the patient)."),
               ctx.sig(D.STAFF[15])]
    to = [(pharm, f"rx@{D.strip_accents(pharm.split()[1]).lower()}-pharma.example")]
    subj = ctx.t(r.choice(["Ordonnance – programme santé publique", "Rx à préparer", "Ordonnance ITL"]),
                 r.choice(["Prescription – public health program", "Rx to prepare", "LTBI prescription"]))
    return M.Msg(ctx.lang, "pharmacy_rx", ctx.addr(D.STAFF[15]), to, subj, blocks, attachments=atts, types=types,
                 note=ctx.t("ordonnance transmise à une pharmacie", "prescription sent to a pharmacy"))


def transport_booking(ctx):
    r = ctx.rng
    h = ctx.maybe_holder(0.35, "adult")
    p = h or ctx.person("adult")
    s = r.choice([D.STAFF[7], D.STAFF[0], D.STAFF[6]])
    when = ctx.day(r.randint(2, 9))
    lang_i = r.choice([("tigrinya", "Tigrinya"), ("dari", "Dari"), ("espagnol", "Spanish"), ("swahili", "Swahili")])
    types = {"patient_name", "patient_contact", "diagnosis"}
    kind = r.choice(["transport", "interpreter"])
    blocks = [ctx.greet()]
    if kind == "transport":
        blocks.append(ctx.t(f"Demande de transport adapté pour {ctx.name(p)} le {ctx.weekday(when)}, "
                            f"RV à {r.choice(['9 h 30', '10 h 15', '13 h 45'])} à la clinique de tuberculose (HRVB, 2e étage).",
                            f"Transport request for {ctx.name(p)} on {ctx.weekday(when)}, appointment at "
                            f"{r.choice(['9:30', '10:15', '1:45 pm'])} at the TB clinic (HRVB, 2nd floor)."))
        blocks.append(("kv", [(ctx.t("Adresse de départ", "Pick-up address"), ctx.home_address()),
                              (ctx.t("Téléphone", "Phone"), ctx.phone())] + (ctx.nam_fields(p) if h else [])))
        blocks.append(ctx.t("TB active en traitement : le patient doit porter un masque chirurgical; chauffeur avec N95, "
                            "vitres entrouvertes.",
                            "Active TB on treatment: patient must wear a surgical mask; driver in N95, windows cracked."))
        to = [("Transport adapté", f"transport.adapte@{D.CISSS_DOMAIN}")]
        subj = ctx.t("Demande de transport – clinique TB", "Transport request – TB clinic")
    else:
        blocks.append(ctx.t(f"Besoin d'un interprète en {lang_i[0]} pour {ctx.name(p)}, le {ctx.weekday(when)} "
                            "à 14 h, rencontre d'annonce de diagnostic (TB pulmonaire) et début de traitement.",
                            f"Need a {lang_i[1]} interpreter for {ctx.name(p)}, {ctx.weekday(when)} at 2 pm, "
                            "diagnosis disclosure (pulmonary TB) and treatment start."))
        home = ctx.home_address()
        blocks.append(ctx.t(f"Rencontre au domicile : {home}.", f"Meeting at home: {home}."))
        if h:
            blocks.append(("kv", ctx.nam_fields(p)))
        to = [("Banque d'interprètes", "interpretes@banque-interpretes.example")]
        subj = ctx.t("Demande d'interprète", "Interpreter request")
    if r.random() < 0.5:
        blocks.append(ctx.t("Contexte : ", "Context: ") + T.social(ctx) + ".")
        types.add("social_information")
    blocks.append(ctx.sig(s))
    return M.Msg(ctx.lang, "transport_booking", ctx.addr(s), to, subj, blocks, types=types,
                 note=ctx.t("réservation de transport ou d'interprète pour un patient", "patient transport or interpreter booking"))


def colleague_note(ctx):
    r = ctx.rng
    a, b = ctx.staff(2)
    p = ctx.person(r.choice(["adult", "elder", "child"]))
    types = {"patient_name"}
    g, sname = p["given"], p["surname"]
    variants_fr = [
        (f"{('mme' if p['sex'] == 'F' else 'm.')} {sname.lower()} a rappelé, a vomi son INH ce matin. je repasse demain avec du gravol. bili à recontrôler", {"medication", "diagnosis"}),
        (f"{g} {sname} — ALT 212 ce matin (x5 N). on suspend pyrazinamide, on garde RIF/INH ?", {"medication", "lab_result"}),
        (f"petit suivi: {g.lower()} {sname.lower()} n'est pas venu(e) pour son Bicillin 2e dose. tel ne répond pas", {"medication", "diagnosis"}),
        (f"{sname.upper()} {g[0]}. : TCT 16 mm, asymptomatique, RX à céduler. tu t'en occupes?", {"lab_result", "diagnosis"}),
        (f"J'ai vu {g} ce matin pour sa PPE VIH (exposition sexuelle samedi). Truvada + Tivicay remis, suivi J14.", {"medication", "diagnosis"})]
    variants_en = [
        (f"{sname.lower()} called back, threw up her INH this morning. going back tomorrow with gravol. bili to recheck", {"medication", "diagnosis"}),
        (f"{g} {sname} — ALT 212 today (5x ULN). hold PZA, keep RIF/INH?", {"medication", "lab_result"}),
        (f"quick one: {g.lower()} {sname.lower()} no-show for 2nd Bicillin dose. phone not answering", {"medication", "diagnosis"}),
        (f"{sname.upper()} {g[0]}.: TST 16 mm, no symptoms, CXR to book. can you take it?", {"lab_result", "diagnosis"}),
        (f"Saw {g} this morning for HIV PEP (sexual exposure Saturday). Truvada + Tivicay given, f/u day 14.", {"medication", "diagnosis"})]
    k = r.randrange(5)
    text, extra = (variants_fr if ctx.fr else variants_en)[k]
    if not ctx.fr:
        text = text.replace("her INH", ("her" if p["sex"] == "F" else "his") + " INH")
    types |= extra
    blocks = [text, ctx.short_sig(a)]
    subj = r.choice([ctx.t("suivi", "follow-up"), "", ctx.t("TB – ", "TB – ") + sname, "re: " + ctx.t("dossiers", "files"),
                     ctx.t("petite note", "quick note")])
    if not subj:
        subj = ctx.t("(sans objet)", "(no subject)")
    in_reply = None
    if r.random() < 0.4:
        when = ctx.now - dt.timedelta(hours=r.randint(2, 30))
        blocks.append(("quote", ctx.quote_intro(f"{b[0]} {b[1]}", when),
                       [ctx.t("Des nouvelles de tes visites de ce matin ?", "Any news from this morning's visits?"),
                        b[0]]))
        subj = "RE: " + subj
        in_reply = f"{ctx.tag}-orig"
    if "diagnosis" not in types and k in (0, 1):
        # INH/PZA/RIF regimens imply tuberculosis treatment
        types.add("diagnosis")
    return M.Msg(ctx.lang, "colleague_note", ctx.addr(a), [ctx.addr(b)], subj, blocks, types=types,
                 in_reply_to=in_reply, form=r.choice(["plain", "plain", None]),
                 note=ctx.t("note rapide entre collègues sur un patient", "quick note between colleagues about a patient"))


BUILDERS = [rabies_pep, lab_followup, dpj_concern, income_support_form, interprov_notification,
            intl_notification_fr, intl_notification_be, pharmacy_rx, transport_booking, colleague_note]
