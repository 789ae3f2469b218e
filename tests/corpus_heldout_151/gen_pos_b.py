"""Positive messages, part B: immunodeficiency / IVIG, forms, foreign identifiers, social situations."""
import datetime
import random

from gen_common import STAFF, EXTERNAL, CLINIC_FR, CLINIC_EN, ORG_FR, ORG_EN, TEL_IVIG, dfmt
from gen_tpl import IVIG, SCIG, PID, AUTOINJ, DRUGS, de_food
from gen_mime import att, build_message, choose_transport, date_header, make_msgid
from gen_docs import make_pdf, make_docx, make_xlsx, make_csv, make_vcf, make_ics

BOX = ("Clinique d'allergie HSAL", "allergie.immunologie@hsal.example")
REG = []


def reg(n, kind):
    def deco(fn):
        REG.append((fn, n, kind))
        return fn
    return deco


def inner_eml(c, frm, to, subject, text, dt, atts=None, cc=None):
    """A complete message, rendered as bytes, to attach as message/rfc822."""
    rng = random.Random(f"inner-{c.idx}-{subject}")
    spec = dict(lang=c.lang, frm=frm.addr() if hasattr(frm, "addr") else frm,
                to=[x.addr() if hasattr(x, "addr") else x for x in to],
                cc=[x.addr() if hasattr(x, "addr") else x for x in (cc or [])], subject=subject, text=text,
                html=None, atts=atts or [], date_hdr=date_header(dt), msgid=make_msgid(rng, dt, "hsal.example"))
    tr = choose_transport(rng, spec, {"builder": "raw", "eol": "lf"})
    return build_message(spec, tr, rng, 900 + c.idx)


def ivig_dose(c, wt):
    gkg = c.pick([0.4, 0.4, 0.5, 0.6])
    return gkg, int(round(gkg * wt / 5.0) * 5)


def fwd_header(c, frm, to, dt, subject):
    if c.fr():
        return ["", "---------- Message transféré ----------", f"De : {frm.full} <{frm.email}>",
                f"Date : {dfmt(dt.date(), 'long', 'fr')} {dt:%H:%M}", f"À : {to[0]} <{to[1]}>", f"Objet : {subject}", ""]
    return ["", "-----Original Message-----", f"From: {frm.full} <{frm.email}>",
            f"Sent: {dfmt(dt.date(), 'long', 'en')} {dt:%H:%M}", f"To: {to[0]} <{to[1]}>", f"Subject: {subject}", ""]


def quote(c, who, dt, lines):
    if c.fr():
        head = f"Le {dfmt(dt.date(), 'long', 'fr')} à {dt:%H:%M}, {who.full} <{who.email}> a écrit :"
    else:
        head = f"On {dfmt(dt.date(), 'long', 'en')} at {dt:%H:%M}, {who.full} <{who.email}> wrote:"
    return [head] + [("> " + l) if l else ">" for l in lines]


@reg(4, "elder")
def ivig_order(c):
    p = c.patient(c.pick(["adult", "elder"]))
    doc = STAFF["raman"]
    wt = c.rng.randint(48, 104)
    gkg, dose = ivig_dose(c, wt)
    prod = c.pick(IVIG)
    dx = c.pick(PID)
    trough = c.rng.uniform(3.2, 7.9)
    c.t("diagnosis", "medication", "lab_result")
    idl = c.ident_lines(p, pdf=True)
    if c.fr():
        order = ["ORDONNANCE — IMMUNOGLOBULINES INTRAVEINEUSES", ""] + idl + [
            f"Poids : {wt} kg", f"Diagnostic : {dx[0]}",
            f"IgG résiduelle : {c.num(trough)} g/L (cible > 8 g/L); IgA < 0,07 g/L; IgM 0,21 g/L",
            f"Produit : {prod}   Dose : {c.num(gkg)} g/kg = {dose} g IV q 4 semaines",
            "Débit : 0,5 mL/kg/h x 30 min puis augmenter q 30 min jusqu'à 4 mL/kg/h si toléré",
            "Prémédication : acétaminophène 650 mg PO, cétirizine 10 mg PO 30 min avant",
            "Hydratation : NS 250 mL avant la perfusion", "", "Prescriptrice : " + doc.titled("fr")]
        text = (f"{c.greet(STAFF['dufresne'], True)}\n\nNouvelle ordonnance d'IgIV ci-jointe, 1re perfusion à l'hôpital de jour "
                "dans deux semaines. Produit selon disponibilité de la banque de sang si rupture.\n") + c.sig(doc, short=True)
        subj = c.pick(["Ordonnance IgIV — nouvelle patiente" if p.sex == "F" else "Ordonnance IgIV — nouveau patient",
                       "IgIV : ordonnance", "Nouvelle ordonnance immunoglobulines"])
    else:
        order = ["ORDER — INTRAVENOUS IMMUNOGLOBULIN", ""] + idl + [
            f"Weight: {wt} kg", f"Diagnosis: {dx[1]}",
            f"IgG trough: {trough:.1f} g/L (target > 8 g/L); IgA < 0.07 g/L; IgM 0.21 g/L",
            f"Product: {prod}   Dose: {gkg} g/kg = {dose} g IV q4 weeks",
            "Rate: 0.5 mL/kg/h x 30 min then increase q30 min to 4 mL/kg/h as tolerated",
            "Premedication: acetaminophen 650 mg PO, cetirizine 10 mg PO 30 min before",
            "Hydration: NS 250 mL before infusion", "", "Prescriber: " + doc.titled("en")]
        text = (f"{c.greet(STAFF['dufresne'], True)}\n\nNew IVIG order attached, first infusion at the day hospital "
                "in two weeks. Substitute product per blood bank availability if short.\n") + c.sig(doc, short=True)
        subj = c.pick(["IVIG order - new patient", "IVIG: order", "New immunoglobulin order"])
    if c.chance(0.5):
        a = att("pdf", c.pick(["ordonnance_IgIV.pdf", "IVIG_order.pdf", f"Rx_IgIV_{c.dt:%Y%m%d}.pdf"]),
                make_pdf(order[0].title(), order[1:], c.dt, author=doc.full,
                         header=[(ORG_FR if c.fr() else ORG_EN) + " — " + c.L("Pharmacie", "Pharmacy")]))
        atts = [a]
    else:
        text = text.rstrip("\n") + "\n\n" + "\n".join(order) + "\n"
        atts = []
    return c.finish("ivig_order", c.L("ordonnance d'immunoglobulines IV", "IVIG order"), doc,
                    [STAFF["dufresne"]], subj, text, atts=atts, cc=[STAFF["laberge"]])


@reg(3, "multi")
def ivig_roster(c):
    coord = STAFF["laberge"]
    pats = [c.patient(c.pick(["adult", "elder"]), nam=c.chance(0.5)) for _ in range(c.rng.randint(4, 6))]
    c.t("diagnosis", "medication")
    day = c.when(1)
    rows = []
    for i, p in enumerate(pats, 1):
        wt = c.rng.randint(45, 110)
        gkg, dose = ivig_dose(c, wt)
        xla = ["XLA"] if p.sex == "M" else []
        dx = c.pick(["DICV", "Hypogamma sec. LLC", "Hypogamma post-rituximab", "PIDI", "PIDC (neuro)"] + xla) if c.fr() else \
            c.pick(["CVID", "Hypogamma 2/2 CLL", "Post-rituximab hypogamma", "SAD", "CIDP (neuro)"] + xla)
        ident = c.nam(p, c.pick(["plain", "space"])) if p.nam else c.mrn(p, "plain")
        nm = c.name(p, c.pick(["upper_first", "sur_first"]))
        dob = c.dob(p, "iso")
        rows.append((f"F{i}", nm, dob, p.sex, ident, dx, c.pick(IVIG), f"{dose} g",
                     c.pick(["", "", c.L("céphalée dernière fois — ralentir", "headache last time - slow down"),
                             c.L("VVP difficile", "difficult IV"), c.L("transport adapté 15 h", "paratransit 3 pm")])))
    head = [c.L("Fauteuil", "Chair"), c.L("Nom", "Name"), c.L("DDN", "DOB"), c.L("Sexe", "Sex"), "NAM/MRN",
            "Dx", c.L("Produit", "Product"), "Dose", "Notes"]
    tbl = ("<table border='1' cellspacing='0' cellpadding='4' style='border-collapse:collapse;font-size:10pt'>\n<tr>"
           + "".join(f"<th>{h}</th>" for h in head) + "</tr>\n"
           + "\n".join("<tr>" + "".join(f"<td>{v}</td>" for v in r) + "</tr>" for r in rows) + "\n</table>")
    intro = c.L(f"Bonjour l'équipe,</p><p>Voici la liste des perfusions d'IgIV pour {day_phrase_safe(c, day)}. "
                "La banque de sang a confirmé les produits.",
                f"Hi team,</p><p>Here is the IVIG infusion list for {day_phrase_safe(c, day)}. Blood bank has confirmed products.")
    html = (f"<html><body style='font-family:Calibri,Arial'>\n<p>{intro}</p>\n{tbl}\n<p>"
            + c.L("Merci et bonne journée!", "Thanks!") + f"<br>{coord.full}<br>{coord.role_fr if c.fr() else coord.role_en}</p>\n</body></html>\n")
    text = (c.L("Bonjour l'équipe,\n\nListe des perfusions d'IgIV :\n", "Hi team,\n\nIVIG infusion list:\n")
            + "\n".join(" | ".join(str(v) for v in r) for r in rows) + "\n\n" + coord.full + "\n")
    subj = c.pick([c.L("Liste IgIV demain", "IVIG list tomorrow"), c.L("Hôpital de jour — perfusions", "Day hospital - infusions")])
    to = [STAFF["lariviere"], STAFF["dufresne"], EXTERNAL["transfu"]]
    return c.finish("ivig_roster", c.L("liste des perfusions d'IgIV de l'hôpital de jour", "day hospital IVIG roster"),
                    coord, to, subj, text, html=html, html_only=c.chance(0.5))


def day_phrase_safe(c, w):
    from gen_common import day_phrase
    return day_phrase(w.date(), c.lang)


@reg(3, "adult")
def scig_training(c):
    p = c.patient(c.pick(["adult", "young", "elder"]))
    nurse = STAFF["lariviere"]
    rep = ("Soins à domicile — programme SCIG", "scig.domicile@hsal.example")
    prod = c.pick(SCIG)
    wt = c.rng.randint(50, 95)
    weekly = int(round(0.1 * wt))
    w = c.when(c.rng.randint(3, 12), 10)
    c.t("diagnosis", "medication", "patient_contact")
    adr = c.m(p.address if c.fr() else p.address_en)
    tel = c.m(p.cell)
    nm = c.name(p)
    if c.fr():
        text = "\n".join([c.greet(), "", f"Visite d'enseignement à domicile pour les immunoglobulines sous-cutanées :", "",
                          c.g(p, "Patient : ", "Patiente : ") + nm, f"Adresse : {adr}", f"Cellulaire : {tel}",
                          f"RV : {c.wfmt(w)} (durée 2 h)", "",
                          f"Produit : {prod} {weekly} g SC q semaine (2 sites abdominaux), pompe Freedom60.",
                          f"Dx : {c.pick(PID)[0]}; passage IV → SC car accès veineux difficile.",
                          "Apporter : trousse de départ, journal de perfusion, contenant à aiguilles.", "",
                          "Stationnement dans l'entrée; chien à la maison."]) + c.sig(nurse)
        subj = c.pick(["Enseignement SCIG à domicile", "Visite domicile — Ig sous-cutanées"])
    else:
        text = "\n".join([c.greet(), "", "Home teaching visit for subcutaneous immunoglobulin:", "",
                          f"Patient: {nm}", f"Address: {adr}", f"Cell: {tel}",
                          f"Appt: {c.wfmt(w)} (2 h)", "",
                          f"Product: {prod} {weekly} g SC weekly (2 abdominal sites), Freedom60 pump.",
                          f"Dx: {c.pick(PID)[1]}; switching IV -> SC due to poor venous access.",
                          "Bring: starter kit, infusion log, sharps container.", "",
                          "Park in the driveway; dog at home."]) + c.sig(nurse)
        subj = c.pick(["SCIG home teaching", "Home visit - subcut Ig"])
    atts = []
    if c.chance(0.5):
        summ = c.L(f"Enseignement SCIG à domicile — {p.given} {p.surname}", f"SCIG home teaching — {p.given} {p.surname}")
        c.m(f"{p.given} {p.surname}")
        atts.append(att("ics", c.L("visite_domicile.ics", "home_visit.ics"),
                        make_ics(f"scig-{c.idx}@hsal.example", w, w + datetime.timedelta(hours=2), summ,
                                 p.address if c.fr() else p.address_en, f"{prod} {weekly} g SC / Tel. {p.cell}",
                                 nurse.addr(), [rep], c.dt), params={"method": "REQUEST"}))
    return c.finish("home_visit", c.L("visite d'enseignement à domicile SCIG", "SCIG home teaching visit"),
                    nurse, [rep], subj, text, atts=atts)


@reg(3, "elder")
def transport_request(c):
    p = c.patient("elder")
    clerk = STAFF["bergevin"]
    tp = EXTERNAL["transport"]
    dates = [c.when(c.rng.randint(5, 9))]
    for _ in range(2):
        dates.append(dates[-1] + datetime.timedelta(days=28))
    c.t("patient_contact", "diagnosis", "medication")
    adr = c.m(p.address if c.fr() else p.address_en)
    tel = c.m(p.phone)
    nm = c.name(p, c.pick(["titled", "upper_first", "full"]))
    extra = ""
    if p.nam and c.chance(0.8):
        extra = (f"\nDDN : {c.dob(p)} ({c.sexw(p)})  NAM : {c.nam(p)}" if c.fr()
                 else f"\nDOB: {c.dob(p)} ({c.sexw(p)})  RAMQ: {c.nam(p)}")
    if c.fr():
        text = (f"Bonjour,\n\nDemande de transport adapté (aller-retour) :\n\nUsager : {nm}{extra}\nAdresse : {adr}\nTél. : {tel}\n"
                "Mobilité : marchette, ne peut monter les escaliers " + c.g(p, "seul", "seule") + "\n"
                "Destination : Hôpital de jour, pavillon Brassard, porte 3 — perfusions d'immunoglobulines (déficit immunitaire)\n\n"
                + "\n".join(f"- {c.wfmt(d)} (retour vers 15 h 30)" for d in dates)
                + "\n\nLa perfusion dure environ 5 heures.\n") + c.sig(clerk)
        subj = "Demande de transport adapté — perfusions"
    else:
        text = (f"Hello,\n\nParatransit request (round trip):\n\nClient: {nm}{extra}\nAddress: {adr}\nPhone: {tel}\n"
                "Mobility: walker, cannot manage stairs alone\n"
                "Destination: Day hospital, Brassard Pavilion door 3 — immunoglobulin infusions (immune deficiency)\n\n"
                + "\n".join(f"- {c.wfmt(d)} (return around 3:30 p.m.)" for d in dates)
                + "\n\nThe infusion takes about 5 hours.\n") + c.sig(clerk)
        subj = "Paratransit request - infusions"
    return c.finish("transport", c.L("demande de transport adapté pour perfusions", "paratransit request for infusions"),
                    clerk, [tp], subj, text)


@reg(3, "adult")
def insurer_form(c):
    p = c.patient(c.pick(["adult", "young"]))
    from gen_common import make_sin
    p.sin = make_sin(c.rng)
    doc = STAFF[c.pick(["raman", "vachon"])]
    ins = EXTERNAL["assur"]
    kind = c.pick(["pid", "pid", "csu"])
    if kind == "pid":
        dx = c.pick([d for d in PID if "X" not in d[1] or p.sex == "M"])
        tx = (f"{c.pick(IVIG)} 0,4 g/kg q 4 sem; antibioprophylaxie azithromycine", f"{c.pick(IVIG)} 0.4 g/kg q4 wk; azithromycin prophylaxis")
        lim = ("fatigue marquée, infections respiratoires répétées (6 pneumonies en 2 ans)",
               "marked fatigue, recurrent respiratory infections (6 pneumonias in 2 years)")
    else:
        dx = ("urticaire chronique spontanée sévère avec angioedème", "severe chronic spontaneous urticaria with angioedema")
        tx = ("omalizumab 300 mg SC q 4 sem, cétirizine 20 mg bid", "omalizumab 300 mg SC q4 wk, cetirizine 20 mg bid")
        lim = ("angioedème facial récurrent, insomnie due au prurit, somnolence sous antihistaminiques",
               "recurrent facial angioedema, insomnia from itch, drowsiness on antihistamines")
    c.t("diagnosis", "medication")
    claim = f"{c.rng.randint(100, 999)}-{c.rng.randint(10000, 99999)}"
    rows = [[c.L("Nom de l'assuré(e)", "Insured's name"), c.name(p, c.pick(["full", "upper_first"]))],
            [c.L("Date de naissance", "Date of birth"), c.dob(p, c.pick(["iso", "dmy", "long"]))],
            [c.L("NAS", "SIN"), c.sin(p, c.pick(["space", "dash", "plain"]))],
            [c.L("No de réclamation", "Claim no."), claim],
            [c.L("Diagnostic principal", "Primary diagnosis"), dx[0] if c.fr() else dx[1]],
            [c.L("Traitement", "Treatment"), c.L(*tx)],
            [c.L("Limitations fonctionnelles", "Functional limitations"), c.L(*lim)],
            [c.L("Retour au travail prévu", "Expected return to work"), c.L("progressif, à réévaluer dans 3 mois", "gradual, reassess in 3 months")]]
    if p.nam:
        rows.insert(2, ["NAM / " + c.L("sexe", "sex"), f"{c.nam(p, 'space')} / {p.sex}"])
    kind = c.pick(["docx", "pdf"])
    title = c.L("Déclaration du médecin traitant — invalidité", "Attending physician statement — disability")
    if kind == "docx":
        a = att("docx", c.pick(["declaration_medecin.docx", "APS_form.docx", f"reclamation_{claim}.docx"]),
                make_docx(title, [c.L("Section B — à remplir par le médecin", "Part B — physician")], c.dt, table=rows,
                          author=doc.full))
    else:
        a = att("pdf", c.pick(["declaration_medecin.pdf", "APS_form.pdf", f"claim_{claim}.pdf"]),
                make_pdf(title, [f"{k} : {v}" if c.fr() else f"{k}: {v}" for k, v in rows], c.dt, author=doc.full))
    text = c.L(f"Bonjour,\n\nVeuillez trouver ci-joint la déclaration du médecin traitant remplie pour le dossier {claim}.\n"
               "L'original signé suit par la poste.\n",
               f"Hello,\n\nPlease find attached the completed attending physician statement for claim {claim}.\n"
               "Signed original to follow by mail.\n") + c.sig(doc, conf=True)
    return c.finish("insurer_form", c.L("formulaire d'invalidité à l'assureur", "disability form to insurer"),
                    doc, [ins], c.L(f"Réclamation {claim} — formulaire médical", f"Claim {claim} - medical form"), text, atts=[a])


@reg(3, "adult")
def ontario_referral(c):
    p = c.patient(c.pick(["adult", "young", "child"]), origin="on")
    doc = STAFF[c.pick(["benali", "vachon", "lafreniere"])]
    kow = EXTERNAL["kowal"]
    clerk = STAFF["bergevin"]
    c.t("diagnosis")
    mode = c.pick(["referral", "billing"])
    if mode == "referral":
        c.lang = "en"  # correspondence with an Ontario clinic is in English
    nm = c.name(p)
    dob = c.dob(p)
    hn = c.ohip(p)
    if mode == "referral":
        trig, sp = c.pick([("peanut", "peanut"), ("a wasp sting", "Vespula venom (intradermal 1 ug/mL)"),
                           ("amoxicillin", "amoxicillin 20 mg/mL"), ("sesame", "sesame")])
        c.t("medication")
        text = "\n".join([c.greet(kow), "",
                          f"We saw {nm} (DOB {dob}, Ontario HN {hn}) in our clinic while the family was at their cottage; "
                          f"reaction to {trig} with hives and throat tightness, treated with EpiPen 0.3 mg.",
                          f"Skin test to {sp}: {c.rng.randint(6, 14)} mm wheal. Tryptase {c.rng.uniform(4, 11):.1f} ug/L.",
                          "As they live in Ottawa, we would appreciate follow-up in your clinic.",
                          f"Home address: {c.m(p.address_en)}; phone {c.m(p.phone)}.", "", "Best regards,"]) + c.sig(doc)
        c.t("lab_result", "patient_contact")
        subj = "Referral - Ontario resident"
        to = [kow]
        cat, note = "referral", "referral of an Ontario resident"
    else:
        proc = c.L("test de provocation à l'amoxicilline", "amoxicillin challenge")
        text = c.L(f"Bonjour Lucie,\n\nPour la facturation hors province (réciprocité) — {c.g(p, 'patient', 'patiente')} de l'Ontario :\n"
                   f"{nm}, {c.g(p, 'né', 'née')} le {dob}\nCarte Santé Ontario : {hn}\nVisite du {dfmt(c.dt.date(), 'long', 'fr')} : {proc}, "
                   "allergie à la pénicilline exclue.\nLa version de la carte est-elle valide? Le système l'a rejetée.\n\nMerci",
                   f"Hi Lucie,\n\nOut-of-province (reciprocal) billing — Ontario patient:\n{nm}, DOB {dob}\n"
                   f"Ontario health card: {hn}\nVisit of {dfmt(c.dt.date(), 'long', 'en')}: {proc}, penicillin allergy ruled out.\n"
                   "Is the version code valid? The system rejected it.\n\nThanks") + c.sig(doc, short=True)
        c.t("medication", "lab_result")
        subj = c.L("Facturation hors province", "Out-of-province billing")
        to = [clerk]
        cat, note = "billing_query", c.L("facturation hors province, patient ontarien", "out-of-province billing query")
    return c.finish(cat, note, doc, to, subj, text)


@reg(3, "young")
def french_student(c):
    p = c.patient("young", origin="fr")
    doc = STAFF[c.pick(["benali", "desrochers"])]
    fr_doc = EXTERNAL["fr_doc"]
    c.t("diagnosis", "medication")
    food = c.pick([("noix de cajou", "cashew"), ("sarrasin", "buckwheat"), ("kiwi", "kiwi"), ("arachide", "peanut")])
    nm = c.name(p)
    if c.fr():
        text = "\n".join([c.greet(fr_doc), "",
                          f"Nous avons vu en urgence {nm}, {c.g(p, 'étudiant', 'étudiante')} en échange à l'Université du Lac, "
                          f"{c.g(p, 'né', 'née')} le {c.dob(p)}, n° de sécurité sociale {c.nir(p)}.",
                          f"Anaphylaxie après ingestion {de_food(food[0])} (urticaire, bronchospasme, hypotension), épinéphrine IM x2.",
                          f"Tests cutanés : {food[0]} {c.rng.randint(7, 15)} mm. Diagnostic : allergie alimentaire IgE-médiée.",
                          "Ordonnance : EpiPen 0,3 mg x2. Nous joignons le rapport pour le remboursement par la CPAM.",
                          c.g(p, "Le patient", "La patiente") + " rentre en France en juin; suivi allergologique à prévoir à Lyon.", "", "Confraternellement,"]) + c.sig(doc)
        subj = c.pick([c.g(p, "Étudiant", "Étudiante") + " en échange — anaphylaxie", "Suivi allergologie — retour en France"])
    else:
        text = "\n".join([c.greet(fr_doc), "",
                          f"We saw {nm}, an exchange student at Université du Lac, DOB {c.dob(p)}, "
                          f"French social security no. {c.nir(p)}, in our emergency clinic.",
                          f"Anaphylaxis after eating {food[1]} (hives, bronchospasm, hypotension), IM epinephrine x2.",
                          f"Skin tests: {food[1]} {c.rng.randint(7, 15)} mm. Dx: IgE-mediated food allergy.",
                          "Rx: EpiPen 0.3 mg x2. Report attached for reimbursement.",
                          "Returning to France in June; allergy follow-up needed in Lyon.", "", "Kind regards,"]) + c.sig(doc)
        subj = c.pick(["Exchange student - anaphylaxis", "Allergy follow-up - return to France"])
    c.t("lab_result")
    atts = []
    if c.chance(0.5):
        lines = [c.L("Rapport de consultation", "Consultation report"), f"{p.given} {p.surname}",
                 c.L("NIR : ", "NIR: ") + p.nir[0] + " " + p.nir[1:3] + " " + p.nir[3:5] + " " + p.nir[5:7] + " " + p.nir[7:10] + " " + p.nir[10:13] + " " + p.nir[13:],
                 c.L(f"Diagnostic : allergie alimentaire ({food[0]}) avec anaphylaxie", f"Diagnosis: {food[1]} food allergy with anaphylaxis")]
        c.m(f"{p.given} {p.surname}")
        atts.append(att("pdf", "rapport_CPAM.pdf", make_pdf(lines[0], lines[1:], c.dt, author=doc.full)))
    return c.finish("consult_report", c.L("rapport au médecin traitant en France", "report to GP in France"),
                    doc, [fr_doc], subj, text, atts=atts)


@reg(3, "adult")
def belgian_venom(c):
    p = c.patient(c.pick(["adult", "young"]), origin="be")
    be = EXTERNAL["be_doc"]
    nurse = STAFF["quirion"]
    doc = STAFF["benali"]
    venom = c.pick([("venin de guêpe (Vespula spp.)", "Vespula venom"), ("venin d'abeille", "honeybee venom")])
    c.t("diagnosis", "medication", "lab_result")
    start = dfmt(c.dt.date() - datetime.timedelta(days=c.rng.randint(200, 500)), "long", c.lang)
    inner_subj = c.L("Transfert dossier immunothérapie", "Immunotherapy record transfer")
    nm = c.name(p)
    niss = c.niss(p)
    dob = c.dob(p)
    if c.fr():
        inner_text = "\n".join(["Chère consœur, cher confrère,", "",
                                f"{c.g(p, 'Notre patient', 'Notre patiente')} {nm}, {c.g(p, 'né', 'née')} le {dob}, NISS {niss}, s'installe au Québec.",
                                f"Immunothérapie au {venom[0]} débutée le {start} (protocole rush), dose d'entretien 100 µg q 6 sem.",
                                f"Réaction initiale : grade III de Mueller. Tryptase basale {c.num(c.rng.uniform(3, 9))} µg/L.",
                                "Dernière injection sans incident. Merci d'assurer la poursuite.", "",
                                be.titled("fr"), be.role_fr])
        text = f"{c.greet(nurse, True)}\n\nVoir le courriel de Gand ci-joint — à ajouter à l'horaire venin. Merci!\n" + c.sig(doc, short=True)
        subj = "TR: transfert immunothérapie venin"
    else:
        inner_text = "\n".join(["Dear colleague,", "",
                                f"Our patient {nm}, DOB {dob}, Belgian national number {niss}, is moving to Quebec.",
                                f"{venom[1]} immunotherapy started {start} (rush protocol), maintenance 100 ug q6 weeks.",
                                f"Initial reaction: Mueller grade III. Baseline tryptase {c.rng.uniform(3, 9):.1f} ug/L.",
                                "Last injection uneventful. Please continue.", "", be.titled("en"), be.role_en])
        text = f"{c.greet(nurse, True)}\n\nSee the e-mail from Ghent attached - please add to the venom schedule. Thanks!\n" + c.sig(doc, short=True)
        subj = "FW: venom immunotherapy transfer"
    if c.chance(0.6):
        inner = inner_eml(c, be, [doc], inner_subj, inner_text, c.dt - datetime.timedelta(days=2))
        atts = [att("eml", c.pick(["transfert.eml", "Gand_transfert_ITV.eml", "message.eml"]), inner)]
    else:
        text = text.rstrip("\n") + "\n" + "\n".join(fwd_header(c, be, doc.addr(), c.dt - datetime.timedelta(days=2), inner_subj)) + inner_text + "\n"
        atts = []
    return c.finish("forward", c.L("transfert de dossier d'immunothérapie au venin", "venom immunotherapy record transfer"),
                    doc, [nurse], subj, text, atts=atts)
