"""Positive templates, part A: referrals, letters, transfers, lists."""
import datetime as dt

import gen_common as G
import gen_files as F
from gen_clinical import CASES, GP_DOMAINS, GPS, SOCIAL_EN, SOCIAL_FR, compatible
from gen_ctx import Types, gx, id_line
from gen_mime import Att, Mail


def me(c, role=None):
    s = G.staff(c.rng, role, avoid=getattr(c, "last_staff", None))
    c.last_staff = s
    return s, (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))


def team(c, n, role=None):
    pool = [s for s in G.STAFF if (role is None or (s[2].startswith("Dr") if role == "Dr" else role in s[3]))
            and s != getattr(c, "last_staff", None)]
    return [(G.disp(s), G.staff_addr(s, c.rng.randrange(3))) for s in c.rng.sample(pool, min(n, len(pool)))]


def partner(c, key=None):
    s = G.partner_staff(c.rng, key)
    return s, ((s[2] + " " if s[2] and c.chance(0.4) else "") + f"{s[0]} {s[1]}", G.pstaff_addr(s))


def gp(c):
    t, g, s = c.pick(GPS)
    dom = c.pick(GP_DOMAINS)
    return (t, g, s), (f"{t} {g} {s}" if c.chance(0.5) else f"{g} {s}", G.email_of(g, s, dom, c.rng.randrange(3)))


def case(c, p=None):
    """A clinical case compatible with the patient's age and sex."""
    if p is None:
        return c.pick(CASES)
    age = G.age_at(p.dob, dt.date(2025, 6, 1))
    pool = [k for k in CASES if compatible(k, age, p.sex)]
    return c.pick(pool)


def cap(s):
    return s[:1].upper() + s[1:]


def name_variant(c, p, lang="fr", allow_lower=True):
    opts = [p.tfull(lang), p.upper_first(), p.full(), p.tsur(lang), p.comma(), p.initials()]
    if allow_lower:
        opts.append(p.lower())
    return c.pick(opts)


# ------------------------------------------------------------------ P: referral from GP
def referral_letter(c):
    T = Types()
    p = c.be() if c.chance(0.75) else c.fr()
    k = case(c, p)
    g, frm = gp(c)
    s = G.doc_for(c.rng, k["spec"])
    to = (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))
    when = c.when()
    T.add("patient_name", "diagnosis")
    idt, ty, v = id_line(p, "fr", rng=c.rng)
    lines = [G.greeting(c.rng, "fr", f"Docteur {s[1]}", "peer"), "",
             f"Je vous adresse {p.tfull()}, {p.born()} le {G.fdate(p.dob, 'fr', c.rng.randrange(5))}, pour {k['hx_fr']}."]
    T.add("date_of_birth")
    if c.chance(0.7):
        lines.append(idt)
        T.idn(ty, v)
    lines += ["", f"Hypothèse diagnostique : {k['dx_fr']}.",
              "Antécédents : HTA, cholécystectomie (2009)." if c.chance(0.5) else "Pas d'antécédent notable.",
              "", "Traitement actuel :"] + [f"- {m}" for m in k["meds"][:2]]
    T.add("medication")
    if c.chance(0.5):
        lines += ["", "Biologie faite au cabinet : " + ", ".join(k["labs_fr"][:2]) + "."]
        T.add("lab_result")
    if c.chance(0.4):
        lines += ["", f"La patiente est joignable au {p.phone}." if p.sex == "F" else f"Le patient est joignable au {p.phone}."]
        T.add("patient_contact")
    lines += ["", f"Pourriez-vous {c.pick(['le/la voir rapidement en consultation', 'me donner votre avis', 'organiser une hospitalisation si nécessaire'])} ?",
              "", G.closing(c.rng, "fr", "peer"), f"{g[0]} {g[1]} {g[2]}", "Médecine générale", f"Tél. cabinet 02 555-01{c.rng.randrange(100):02d}"]
    subj = c.pick([f"Référence {k['spec']} - {p.upper_first()}", f"Demande d'avis pour {p.tsur()}",
                   "Lettre de référence", f"Patient(e) {p.initials()} - avis {k['spec']} svp"])
    return Mail("referral", "fr", T.out(), "GP referral letter with patient identity and clinical history",
                frm, [to], subj, "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: discharge letter as attachment (PDF or DOCX)
def discharge_letter(c):
    T = Types()
    key = c.pick(["c3f", "stremi", "chram", "chue", "vmgh"])
    pname, pdom, pcity, pphone, plang = G.PARTNERS[key]
    if key in ("chue", "vmgh"):
        p = c.nam()
    else:
        p = c.fr()
    lang = plang if c.chance(0.8) else "fr"
    k = case(c, p)
    s = G.doc_for(c.rng, k["spec"])
    frm = (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))
    ps, to = partner(c, key)
    when = c.when()
    adm = (when - dt.timedelta(days=c.rng.randrange(5, 20))).date()
    idt, ty, v = id_line(p, lang, rng=c.rng)
    T.add("patient_name", "date_of_birth", "diagnosis", "medication", "lab_result")
    T.idn(ty, v)
    if lang == "fr":
        title = "Lettre de sortie"
        doc = [f"Patient(e) : {p.upper_first()}   {p.born()} le {G.fdate(p.dob)}", idt,
               f"Séjour du {G.fdate(adm)} au {G.fdate(when.date())} - {s[3]}", "",
               "## Motif d'admission", cap(k["hx_fr"]) + ".", "",
               "## Diagnostic principal", cap(k["dx_fr"]), "",
               "## Biologie", "; ".join(k["labs_fr"]), "",
               "## Traitement de sortie"] + [f"- {m}" for m in k["meds"]] + ["",
               "## Suivi", cap(k["proc_fr"]) + ".", "", f"{s[2]} {s[0]} {s[1]}"]
        hello = G.greeting(c.rng, "fr", f"{ps[2]} {ps[1]}" if ps[2] else ps[0], "peer" if ps[2] else "external")
        body = hello + "\n\n" + c.pick([f"Veuillez trouver en annexe la lettre de sortie de {p.tsur()} qui rentre à {pcity}.\n",
                                         "Ci-joint la lettre de sortie, comme convenu par téléphone.\n",
                                         f"En pièce jointe le compte rendu d'hospitalisation de votre patient(e). Je reste joignable au {G.ORG['sites'][0][3]}.\n"])
        fname = c.pick([f"Lettre_sortie_{G.strip_accents(p.surname).upper()}_{p.given}.pdf", f"lettre de sortie {p.surname} {p.given}.pdf",
                        f"CRH_{when:%Y%m%d}.pdf", f"courrier_sortie_{p.mrn}.docx", f"Compte-rendu hospitalisation {p.surname}.docx"])
    else:
        title = "Discharge summary"
        doc = [f"Patient: {p.full()}   DOB: {G.fdate(p.dob, 'en', 1)}   Sex: {p.sex}", idt,
               f"Admitted {G.fdate(adm, 'en')} - discharged {G.fdate(when.date(), 'en')}", "",
               "## Reason for admission", cap(k["hx_en"]) + ".", "",
               "## Final diagnosis", cap(k["dx_en"]), "",
               "## Labs", "; ".join(k["labs_en"]), "",
               "## Discharge medications"] + [f"- {m}" for m in k["meds_en"]] + ["",
               "## Follow-up", cap(k["proc_en"]) + ".", "", f"Dr. {s[0]} {s[1]}"]
        body = c.pick([f"Dear Dr. {ps[1]},\n\nPlease find attached the discharge summary for {p.tsur('en')}, who flies back to {pcity} on Thursday.\n",
                       "Hello,\n\nAttached as discussed.\n", "Hi,\n\nDischarge summary attached. Original to follow by eHealth.\n"])
        fname = c.pick([f"Discharge_{G.strip_accents(p.surname)}_{p.given}.pdf", f"discharge summary {p.surname}.pdf",
                        f"DS_{when:%Y%m%d}.docx"])
    if p.surname in body or p.surname in fname:
        T.add("patient_name")
    if fname.endswith(".pdf"):
        data = F.pdf(title, [gx(l, p.sex) for l in doc], header=[G.ORG["name"], s[3]], seed=c.rng.randrange(100))
        att = Att(fname, "application/pdf", data)
    else:
        data = F.docx(title, [gx(l, p.sex) for l in doc])
        att = Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)
    body += "\n" + G.signature(s, c.rng, lang)
    subj = c.pick([title, f"{title} - {p.upper_first()}", f"TR: {title}", f"{title} / {pname}"])
    return Mail("discharge_letter", lang, T.out(), f"discharge letter attached ({fname.rsplit('.', 1)[1]}) for a {'Quebec' if p.nam else 'French'} patient",
                frm, [to], subj, body, attachments=[att], date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: cross-border transfer request (ZOAST)
def crossborder_transfer(c):
    T = Types()
    key = c.pick(["chram", "c3f"])
    pname, pdom, pcity, pphone, _ = G.PARTNERS[key]
    p = c.fr(min_year=1935, max_year=2000)
    k = case(c, p)
    s, frm = me(c, "transferts")
    ps, to = partner(c, key)
    when = c.when()
    nir_txt = G.fmt_nir(p.nir, c.rng.randrange(5))
    T.idn("fr_nir", p.nir)
    T.add("patient_name", "diagnosis")
    lines = [G.greeting(c.rng, "fr", f"{ps[2]} {ps[1]}" if ps[2] else ps[0], "peer" if ps[2] else "external"), "",
             f"Nous souhaitons organiser le transfert vers {pname} de {name_variant(c, p)} "
             f"(NIR {nir_txt}), {'hospitalisée' if p.sex == 'F' else 'hospitalisé'} chez nous depuis le {G.fdate(c.later(when, -9, -2))} pour {k['dx_fr']}.",
             "", f"{'La patiente' if p.sex == 'F' else 'Le patient'} réside à {p.address.split(', ')[-1]} et relève du dispositif ZOAST ; le formulaire S2 a été demandé à la CPAM.",
             f"État actuel : stable. Prévu : {k['proc_fr']}."]
    if c.chance(0.5):
        lines.append("Traitement en cours : " + ", ".join(k["meds"][:2]) + ".")
        T.add("medication")
    if c.chance(0.4):
        lines.append(f"Date de naissance : {G.fdate(p.dob)}.")
        T.add("date_of_birth")
    lines += ["", f"Transport prévu en ambulance le {G.fdate(c.later(when, 1, 4), 'fr', 1)} vers 10 h si vous avez un lit.",
              f"Merci de confirmer au {G.ORG['sites'][2][3]} (coordination des transferts).", G.signature(s, c.rng)]
    subj = c.pick(["Demande de transfert transfrontalier", f"Transfert {p.upper_first()} -> {pcity}",
                   f"ZOAST - transfert patient(e) {p.surname}", "Transfert vers votre service - urgent"])
    return Mail("crossborder_transfer", "fr", T.out(), "cross-border transfer request to a French hospital with NIR",
                frm, [to], subj, "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: Quebec tourist repatriation
def quebec_repatriation(c):
    T = Types()
    p = c.nam(adult=True)
    k = case(c, p)
    lang = c.pick(["fr", "fr", "en"])
    key = "chue" if lang == "fr" else "vmgh"
    pname, _, pcity, _, _ = G.PARTNERS[key]
    s, frm = me(c, "Dr" if c.chance(0.5) else "transferts")
    ps, to = partner(c, key)
    ins = c.pick(G.INSURERS)
    when = c.when()
    nam = G.fmt_nam(p.nam, c.rng.randrange(6))
    T.idn("ramq_nam", p.nam)
    T.add("patient_name", "diagnosis", "date_of_birth")
    if lang == "fr":
        lines = [G.greeting(c.rng, "fr", f"{ps[2]} {ps[1]}" if ps[2] else ps[0], "peer" if ps[2] else "external"), "",
                 f"{p.tfull()} ({p.born()} le {G.fdate(p.dob)}, NAM {nam}), {'touriste québécoise, est hospitalisée' if p.sex == 'F' else 'touriste québécois, est hospitalisé'} "
                 f"à la {G.ORG['sites'][0][0]} depuis le {G.fdate(c.later(when, -10, -3))} pour {k['dx_fr']}.",
                 f"Évolution favorable ; {k['proc_fr']}.", "",
                 f"L'assureur voyage ({ins[0]}) organise le rapatriement vers {pcity} ; un accompagnement infirmier est demandé.",
                 "Pourriez-vous confirmer l'acceptation du transfert dans votre service ?"]
        if c.chance(0.6):
            lines += ["", "Traitement actuel : " + "; ".join(k["meds"]) + "."]
            T.add("medication")
        subj = c.pick(["Rapatriement patient(e) québécois(e)", f"Rapatriement {p.upper_first()} - demande d'acceptation",
                       "Transfert Bruxelles -> Québec"])
    else:
        lines = [G.greeting(c.rng, "en", ps[1], "peer"), "",
                 f"We are caring for {p.tfull('en')} (DOB {G.fdate(p.dob, 'en', 1)}, RAMQ {nam}), a Montreal resident admitted "
                 f"on {G.fdate(c.later(when, -10, -3), 'en')} with {k['dx_en']}.",
                 f"Clinically improving; {k['proc_en']}.", "",
                 f"The travel insurer ({ins[0]}) is arranging a medical repatriation flight. Could you accept the patient on your service?"]
        if c.chance(0.6):
            lines += ["", "Current meds: " + "; ".join(k["meds_en"]) + "."]
            T.add("medication")
        subj = c.pick(["Repatriation request", f"Repatriation - {p.full()}", "Transfer Brussels -> Montreal"])
    lines.append(G.signature(s, c.rng, lang))
    return Mail("repatriation", lang, T.out(), "repatriation of a Quebec patient hospitalised in Belgium (NAM)",
                frm, [to], subj, "\n".join(lines), cc=[(ins[0], f"medical@{ins[1]}")] if c.chance(0.5) else [],
                date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: consult reply with quoted request
def consult_reply(c):
    T = Types()
    use_nam = c.chance(0.6)
    p = c.nam(adult=True) if use_nam else c.qc(min_year=1940, max_year=2004)
    k = case(c, p)
    lang = c.pick(["fr", "fr", "en"])
    key = c.pick(["chue", "cisss"]) if lang == "fr" else "vmgh"
    ps, ref = partner(c, key)
    s = G.doc_for(c.rng, k["spec"])
    frm = (G.disp(s), G.staff_addr(s, c.rng.randrange(3)))
    when = c.when()
    asked = when - dt.timedelta(days=c.rng.randrange(2, 12), hours=3)
    T.add("patient_name", "diagnosis")
    if use_nam:
        T.idn("ramq_nam", p.nam)
        ident = ("NAM " if lang == "fr" else "RAMQ ") + G.fmt_nam(p.nam, c.rng.randrange(6))
    else:
        T.add("mrn")
        ident = ("no dossier " if lang == "fr" else "chart # ") + p.mrn
    if lang == "fr":
        quoted = [f"Le {G.fdate(asked.date(), 'fr', 1)} à {asked:%H:%M}, {ps[0]} {ps[1]} <{ref[1]}> a écrit :",
                  "> Bonjour,", f"> Notre patient(e) {p.full()} ({ident}) séjourne en Belgique pour",
                  "> ses études / son travail et aurait besoin d'un suivi chez vous.",
                  f"> Rappel : {k['dx_fr']}.", "> Pourriez-vous le/la voir ? Merci,", f"> {ps[0]}"]
        top = [G.greeting(c.rng, "fr", ps[0], "peer"), "",
               f"J'ai vu {p.tsur()} en consultation ce matin.",
               f"Examen : {k['hx_fr']} - évolution {c.pick(['favorable', 'lente', 'stable'])}.",
               f"Je propose : {k['proc_fr']} et poursuite de " + k["meds"][0] + "."]
        T.add("medication")
        if c.chance(0.5):
            top.append("Dernière biologie : " + ", ".join(k["labs_fr"][:2]) + ".")
            T.add("lab_result")
        top += ["Je vous tiens au courant.", G.signature(s, c.rng, "fr")]
        subj = f"RE: Suivi {c.pick([p.full(), 'de votre patient(e)', p.upper_first()])}"
    else:
        quoted = [f"On {G.fdate(asked.date(), 'en')}, {ps[0]} {ps[1]} <{ref[1]}> wrote:",
                  "> Hi,", f"> Our patient {p.full()} ({ident}) is spending a semester in Brussels",
                  f"> and needs follow-up for {k['dx_en']}. Could you see them?", "> Thanks,", f"> {ps[0]}"]
        top = [G.greeting(c.rng, "en", ps[1], "peer"), "",
               f"Saw {p.tsur('en')} today. {cap(k['hx_en'])}; overall {c.pick(['improving', 'stable'])}.",
               f"Plan: {k['proc_en']}, continue {k['meds_en'][0]}.", "Will keep you posted.", G.signature(s, c.rng, "en")]
        T.add("medication")
        subj = f"RE: Follow-up {c.pick([p.full(), 'for your patient', p.comma()])}"
    return Mail("consult_reply", lang, T.out(), "consultation reply with quoted referral from a Quebec partner",
                frm, [ref], subj, "\n".join(top + [""] + quoted), date=when, tz="+01:00", ids=T.ids)


# ------------------------------------------------------------------ P: handover / sign-out list
def handover_list(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    s, frm = me(c, "Dr")
    s2, to = me(c, "Dr")
    when = c.when()
    n = c.rng.randrange(3, 8)
    rows = []
    T.add("patient_name", "diagnosis")
    for i in range(n):
        p = c.be() if c.chance(0.7) else c.fr()
        k = case(c, p)
        room = f"{c.rng.randrange(2, 7)}{c.rng.randrange(0, 3)}{c.rng.randrange(1, 9)}"
        nm = c.pick([p.upper_first(), p.tsur(lang), p.comma(), p.lower(), p.initials()])
        age = G.age_at(p.dob, when.date())
        if lang == "fr":
            todo = c.pick([f"contrôler {k['labs_fr'][0].split()[0]} demain", "famille à rappeler", "sortie prévue si apyrétique",
                           "surveiller diurèse"] + (["NTBR discuté avec la famille"] if age >= 75 else []) + ([f"à jeun pour {k['proc_fr']}"] * 2 if k["nbm"] else []))
            rows.append(f"{room} - {nm} ({age} a) - {k['dx_fr']} - {k['meds'][0]} - {todo}")
        else:
            todo = c.pick(["recheck labs AM", "call family", "d/c tomorrow if afebrile",
                           "watch urine output"] + (["DNR confirmed"] if age >= 75 else []) + ([f"NPO for {k['proc_en']}"] * 2 if k["nbm"] else []))
            rows.append(f"{room} | {nm}, {age}y | {k['dx_en']} | {k['meds_en'][0]} | {todo}")
        T.add("medication")
    if lang == "fr":
        head = c.pick(["Passation de garde", "Sign-out unité 4B", "Liste de passation", "Handover nuit"])
        body = [G.greeting(c.rng, "fr", s2[0]), "", "Voici la liste pour cette nuit :", ""] + rows + ["",
                "Bipper si souci, je suis joignable jusqu'à 22 h.", G.signature(s, c.rng, "fr")]
    else:
        head = c.pick(["Sign-out", "Night handover", "Handover list - 4B"])
        body = ["Hi " + s2[0] + ",", "", "Sign-out for tonight:", ""] + rows + ["", "Page me if anything.", G.signature(s, c.rng, "en")]
    subj = f"{head} {G.fdate(when.date(), lang, 0)}"
    html = None
    if c.chance(0.4):
        html = "<html><body><p>" + "<br>".join(body[:4]) + "</p><table border=1>" + "".join(
            "<tr>" + "".join(f"<td>{x.strip()}</td>" for x in r.replace("|", " - ").split(" - ")) + "</tr>" for r in rows) + \
            "</table><p>" + "<br>".join(body[-2:]).replace("\n", "<br>") + "</p></body></html>"
    return Mail("handover", lang, T.out(), f"handover list of {n} inpatients with problems and treatments",
                frm, [to], subj, "\n".join(body), html=html or "", date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: ward census spreadsheet
def ward_census_xlsx(c):
    T = Types()
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    unit = c.pick(["4B", "3A gériatrie", "USI", "5C cardiologie", "2D pédiatrie", "Médecine interne 6"])
    with_niss = c.chance(0.5)
    head = ["Lit", "Nom", "Prénom", "Date naiss.", "Admission", "Motif", "Médecin"]
    if with_niss:
        head.insert(4, "NISS")
    rows = [head]
    for i in range(c.rng.randrange(6, 14)):
        p = c.be()
        k = case(c, p)
        r = [f"{unit.split()[0]}-{i + 1:02d}", p.surname.upper(), p.given, p.dob.strftime("%d/%m/%Y"),
             G.fdate(c.later(when, -12, 0)), k["dx_fr"], G.disp(G.staff(c.rng, "Dr"))]
        if with_niss:
            r.insert(4, G.fmt_niss(p.niss, c.pick([0, 1, 2])))
            T.ids.append(("be_niss", p.niss))
        rows.append(r)
    T.add("patient_name", "date_of_birth", "diagnosis")
    if with_niss:
        T.add("be_niss")
    data = F.xlsx([(f"Occupation {unit}"[:31], rows)])
    fname = c.pick([f"Occupation_{unit.split()[0]}_{when:%Y-%m-%d}.xlsx", "liste patients.xlsx", f"census_{when:%d%m}.xlsx"])
    body = c.pick(["Bonjour,\n\nCi-joint l'état d'occupation de ce matin.\n", "Liste à jour en annexe.\n",
                   f"Bonjour {s2[0]},\n\nVoici la liste des patients présents pour la visite de demain.\n"]) + G.signature(s, c.rng)
    subj = c.pick([f"Occupation {unit} {G.fdate(when.date())}", "Liste patients", "TR: état des lits"])
    return Mail("census_xlsx", "fr", T.out(), "ward census spreadsheet with patient names, birth dates and reasons for admission",
                frm, [to], subj, body, attachments=[Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)],
                date=when, ids=T.ids)


# ------------------------------------------------------------------ P: ED export CSV
def ed_export_csv(c):
    T = Types()
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    sep = c.pick([";", ",", "\t"])
    rows = [["dossier", "nom", "prenom", "ddn", "heure_arrivee", "motif", "tri", "orientation"]]
    for i in range(c.rng.randrange(8, 20)):
        p = c.be() if c.chance(0.8) else c.fr()
        k = case(c, p)
        rows.append([p.mrn, p.surname, p.given, p.dob.isoformat(), f"{c.rng.randrange(0, 24):02d}:{c.rng.randrange(60):02d}",
                     c.pick([k["hx_fr"].split(",")[0], k["dx_fr"]]), str(c.rng.randrange(1, 6)),
                     c.pick(["hospitalisation", "retour domicile", "transfert", "UHCD"])])
    T.add("mrn", "patient_name", "date_of_birth", "diagnosis")
    csv = F.csv_text(rows, sep)
    fname = c.pick([f"export_urgences_{when:%Y-%m-%d}.csv", "passages_SU.csv", f"extract_{when:%Y%m%d}_{when:%H%M}.csv"])
    body = c.pick(["Extraction demandée pour la réunion de service.\n", "Hi,\nHere is the ED extract you asked for.\n",
                   "Bonjour,\n\nvoir pièce jointe (export du logiciel des urgences).\n"]) + G.signature(s, c.rng)
    lang = "en" if body.startswith("Hi") else "fr"
    return Mail("export_csv", lang, T.out(), "emergency department CSV export with chart numbers, names, birth dates, complaints",
                frm, [to], c.pick(["Export urgences", "extraction", "ED data"]), body,
                attachments=[Att(fname, "text/csv", csv, charset=c.pick(["utf-8", "windows-1252"]))], date=when, ids=T.ids)


# ------------------------------------------------------------------ P: ambulance / transport booking
def transport_booking(c):
    T = Types()
    p = c.be()
    k = case(c, p)
    s, frm = me(c)
    when = c.when()
    comp = c.pick(["Ambulances Sambre Secours", "Transports médicaux Brabant", "Ambu-Meuse SRL"])
    to = (comp, f"dispatch@{G.strip_accents(comp).lower().replace(' ', '-')}.example")
    d = c.later(when, 1, 6)
    T.add("patient_name", "patient_contact", "diagnosis")
    lines = [G.greeting(c.rng, "fr", None, "external"), "", f"Merci de prévoir un transport {c.pick(['couché', 'assis', 'en chaise'])} le {G.fdate(d, 'fr', 1)} à {c.rng.randrange(7, 16)} h :",
             "", f"Patient(e) : {name_variant(c, p, allow_lower=False)}",
             f"Adresse de prise en charge : {p.address}", f"Tél. : {p.phone}",
             f"Destination : {c.pick(G.ORG['sites'])[0]} - {c.pick(['radiothérapie', 'dialyse', 'hôpital de jour oncologique', 'consultation orthopédie'])}",
             f"Remarques : {k['dx_fr']}, {c.pick(['O2 2 L/min', 'ne marche pas', 'accompagné(e) de sa fille', 'digicode 4512B'])}"]
    if c.chance(0.4):
        lines.append(f"NISS pour la facturation : {G.fmt_niss(p.niss, c.rng.randrange(7))}")
        T.idn("be_niss", p.niss)
    lines += ["", G.closing(c.rng, "fr", "external"), G.signature(s, c.rng)]
    return Mail("transport_booking", "fr", T.out(), "ambulance booking with patient home address and phone",
                frm, [to], c.pick(["Réservation transport", "Demande de transport non urgent", f"Transport {G.fdate(d)}"]),
                "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: lab follow-up
def lab_followup(c):
    T = Types()
    lang = c.pick(["fr", "fr", "en"])
    p = c.be() if lang == "fr" else c.pick([c.be, c.qc])()
    s, frm = me(c, "Dr")
    s2, to = me(c, "Dr")
    when = c.when()
    k = case(c, p)
    T.add("lab_result")
    who_opts = [p.tfull(lang), p.upper_first(), p.lower()]
    show_name = c.chance(0.75)
    who = c.pick(who_opts) if show_name else (f"dossier {p.mrn}" if lang == "fr" else f"MRN {p.mrn}")
    T.add("patient_name" if show_name else "mrn")
    if show_name and c.chance(0.5):
        who += f" (dossier {p.mrn})" if lang == "fr" else f" (MRN {p.mrn})"
        T.add("mrn")
    val = c.pick(["K+ 6,1 mmol/L (hémolysé ?)", "Hb 6,9 g/dL", "INR 5,8 sous acénocoumarol", "créatinine 3,4 mg/dL (1,2 il y a 3 mois)",
                  "TSH 48 mUI/L", "glycémie 42 mg/dL", "PSA 23 ng/mL", "hémoculture positive à S. aureus"])
    if "acénocoumarol" in val:
        T.add("medication")
    if lang == "fr":
        body = [G.greeting(c.rng, "fr"), "", f"Le labo vient d'appeler pour {who} : {val}.",
                c.pick(["Peux-tu le/la recontacter aujourd'hui ?", "Contrôle à refaire demain matin.", "J'ai adapté le traitement, à revoir en consultation."]),
                G.signature(s, c.rng)]
        subj = c.pick(["Résultat à contrôler", f"Valeur critique - {who}", "labo", f"Résultats {p.surname}"])
        if p.surname in subj:
            T.add("patient_name")
    else:
        val_en = val.replace(",", ".").replace("sous acénocoumarol", "on acenocoumarol").replace("il y a 3 mois", "3 months ago").replace("hémolysé", "hemolysed").replace("hémoculture positive à", "blood culture positive for")
        body = ["Hi,", "", f"Lab called about {who}: {val_en}.", c.pick(["Can you call them back today?", "Repeat in the morning please.", "Meds adjusted, review in clinic."]),
                G.signature(s, c.rng, "en")]
        subj = c.pick(["Lab follow-up", "critical value", f"Results - {p.surname}"])
        if p.surname in subj:
            T.add("patient_name")
    return Mail("lab_followup", lang, T.out(), "lab follow-up with a result for an identified patient",
                frm, [to], subj, "\n".join(body), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: pharmacy question
def pharmacy_question(c):
    T = Types()
    p = c.be() if c.chance(0.7) else c.fr()
    s, frm = me(c, "pharmacie")
    s2, to = me(c, "Dr")
    when = c.when()
    room = f"{c.rng.randrange(2, 7)}{c.rng.randrange(10, 40)}"
    q = c.pick([
        ("clarithromycine", "apixaban", "fibrillation auriculaire"),
        ("fluconazole", "simvastatine 40 mg", "candidose œsophagienne"),
        ("linézolide", "sertraline 100 mg", "dépression"),
        ("amiodarone", "digoxine 0,125 mg", "insuffisance cardiaque"),
        ("méthotrexate 15 mg/sem", "triméthoprime-sulfaméthoxazole", "polyarthrite rhumatoïde"),
    ])
    T.add("patient_name", "medication", "diagnosis")
    lines = [G.greeting(c.rng, "fr", f"Dr {s2[1]}"), "",
             f"Pour {c.pick([p.tsur(), p.upper_first(), p.tfull()])} (ch. {room}), suivi(e) pour {q[2]}, vous avez prescrit {q[0]} "
             f"alors qu'il/elle reçoit déjà {q[1]}.",
             c.pick(["Risque d'interaction significatif : souhaitez-vous une alternative ?",
                     "Nous proposons de suspendre temporairement le second traitement, êtes-vous d'accord ?",
                     "Pouvez-vous confirmer la dose avant validation ?"])]
    if c.chance(0.5):
        lines.append(f"Dernière clairance : {c.rng.randrange(22, 60)} mL/min.")
        T.add("lab_result")
    lines.append(G.signature(s, c.rng))
    return Mail("pharmacy_question", "fr", T.out(), "pharmacist query about a drug interaction for a named inpatient",
                frm, [to], c.pick(["Question pharmacie", f"Interaction {q[0].split()[0]} / {q[1].split()[0]}", "Validation pharmaceutique"]),
                "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: prescription PDF
def prescription_pdf(c):
    T = Types()
    p = c.be()
    k = case(c, p)
    s, frm = me(c, "Dr")
    when = c.when()
    to = (p.full() if c.chance(0.3) else "Pharmacie du Parvis", c.pick(["commandes@pharmacie-parvis.example", "officine@pharma-sablon.example"]))
    doc = [f"Nom et prénom du bénéficiaire : {p.upper_first()}", f"NISS : {G.fmt_niss(p.niss, c.pick([0, 1, 2]))}",
           f"Date de naissance : {G.fdate(p.dob)}", ""] + [f"R/ {m}" for m in k["meds"]] + ["", f"Date : {G.fdate(when.date())}",
           f"{s[2]} {s[0]} {s[1]} - n° INAMI 1-{c.rng.randrange(10000, 99999)}-{c.rng.randrange(10, 99)}-{c.rng.randrange(100, 999)}"]
    T.idn("be_niss", p.niss)
    T.add("patient_name", "medication", "date_of_birth")
    data = F.pdf("Prescription de médicaments", doc, header=[G.ORG["name"]], seed=c.rng.randrange(100))
    fname = c.pick(["ordonnance.pdf", f"Prescription_{p.surname}.pdf", f"R_{when:%Y%m%d}.pdf"])
    body = c.pick(["Bonjour,\n\nVeuillez trouver ci-joint la prescription (la version électronique Recip-e suit).\n",
                   "Ordonnance en annexe.\n", "Bonjour,\nvoici l'ordonnance demandée pour la préparation du pilulier.\n"]) + G.signature(s, c.rng)
    return Mail("prescription", "fr", T.out(), "prescription PDF with NISS, name and drugs", frm, [to],
                c.pick(["Ordonnance", "Prescription", "R/ pilulier"]), body,
                attachments=[Att(fname, "application/pdf", data)], date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: mutualité accord (médecin-conseil)
def mutualite_request(c):
    T = Types()
    p = c.be()
    k = case(c, p)
    s, frm = me(c, c.pick(["Dr", "facturation"]))
    mut = c.pick(G.MUTUALITES)
    when = c.when()
    to = ("Médecin-conseil", f"medecin-conseil@{mut[1]}")
    niss = G.fmt_niss(p.niss, c.rng.randrange(7))
    T.idn("be_niss", p.niss)
    T.add("diagnosis")
    if k["spec"] in ("orthopédie", "neurologie", "centre des brûlés"):
        req = c.pick(["la kinésithérapie - pathologie lourde (liste E)", "un appareillage (attelle de positionnement)", "la kinésithérapie - pathologie lourde (liste E)"])
    elif k["spec"] in ("oncologie", "hématologie") and c.chance(0.4):
        req = "le forfait soins palliatifs à domicile"
    else:
        req = f"le remboursement (chapitre IV) du traitement par {k['meds'][0].split(' ')[0]}"
    show_name = c.chance(0.8)
    lines = ["Madame, Monsieur le Médecin-conseil,", "",
             f"Nous sollicitons votre accord pour {req} en faveur de "
             + (f"{p.tfull()} " if show_name else "notre patient(e) ") + f"(NISS {niss}).",
             f"Diagnostic : {k['dx_fr']}.", f"Justification : {k['hx_fr']}."]
    if show_name:
        T.add("patient_name")
    if c.chance(0.4):
        lines.append(f"Date de naissance : {G.fdate(p.dob, 'fr', 2)}")
        T.add("date_of_birth")
    lines += ["", "Le formulaire signé est joint via eHealthBox.", "", "Veuillez agréer nos salutations distinguées.", G.signature(s, c.rng)]
    subj = c.pick([f"Demande d'accord - {niss}", "Demande d'accord médecin-conseil", f"Accord {k['spec']} - {p.surname}"])
    if p.surname in subj:
        T.add("patient_name")
    return Mail("mutualite_request", "fr", T.out(), "request to a sickness fund's advisory physician with NISS and diagnosis",
                frm, [to], subj, "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: insurer / assistance claim
def insurer_claim(c):
    T = Types()
    kind = c.pick(["fr", "fr", "nam"])
    p = c.fr() if kind == "fr" else c.nam(adult=True)
    lang = "fr" if kind == "fr" or c.chance(0.5) else "en"
    k = case(c, p)
    s, frm = me(c, c.pick(["facturation", "transferts"]))
    ins = c.pick(G.INSURERS)
    when = c.when()
    to = (ins[0], f"garanties@{ins[1]}")
    file_no = f"{ins[0][:2].upper()}-{when:%y}-{c.rng.randrange(100000, 999999)}"
    idt, ty, v = id_line(p, lang, rng=c.rng)
    T.idn(ty, v)
    T.add("patient_name", "diagnosis", "date_of_birth")
    est = c.rng.randrange(4, 40) * 1000
    if lang == "fr":
        lines = ["Madame, Monsieur,", "", f"Votre dossier {file_no} : {p.tfull()}, {p.born()} le {G.fdate(p.dob)}, {idt}.",
                 f"Hospitalisé(e) le {G.fdate(c.later(when, -6, -1))} pour {k['dx_fr']}.",
                 f"Estimation des frais : {est:,} EUR (séjour + honoraires). Merci de nous faire parvenir une garantie de prise en charge.".replace(",", " "),
                 "", G.closing(c.rng, "fr", "external"), G.signature(s, c.rng)]
        subj = c.pick([f"Garantie de paiement - dossier {file_no}", f"Demande de prise en charge {p.upper_first()}", "Prise en charge hospitalisation"])
    else:
        lines = ["Dear Sir or Madam,", "", f"Re your file {file_no}: {p.tfull('en')}, DOB {G.fdate(p.dob, 'en', 1)}, {idt}.",
                 f"Admitted on {G.fdate(c.later(when, -6, -1), 'en')} with {k['dx_en']}.",
                 f"Estimated costs: EUR {est:,}. Please issue a guarantee of payment.", "", G.closing(c.rng, "en", "external"), G.signature(s, c.rng, "en")]
        subj = c.pick([f"Guarantee of payment - {file_no}", f"Claim {p.full()}", "Hospital admission - GOP request"])
    return Mail("insurer_claim", lang, T.out(), "guarantee-of-payment request to a travel insurer with patient identity and diagnosis",
                frm, [to], subj, "\n".join(lines), date=when, ids=T.ids, sex=p.sex)


# ------------------------------------------------------------------ P: eHealthBox export (ZIP with KMEHR-like XML)
def ehealthbox_export(c):
    T = Types()
    p = c.be()
    k = case(c, p)
    s, frm = me(c)
    s2, to = me(c)
    when = c.when()
    xml = f"""<?xml version="1.0" encoding="UTF-8"?>
<kmehrmessage xmlns="http://www.ehealth.fgov.be/standards/kmehr/schema/v1">
  <header><standard><cd S="CD-STANDARD" SV="1.0">20240501</cd></standard>
    <id S="ID-KMEHR" SV="1.0">{c.rng.randrange(10 ** 9, 10 ** 10)}</id>
    <date>{when:%Y-%m-%d}</date><time>{when:%H:%M:%S}</time>
    <sender><hcparty><cd S="CD-HCPARTY" SV="1.1">orghospital</cd><name>{G.ORG['name']}</name></hcparty></sender>
  </header>
  <folder>
    <patient>
      <id S="ID-PATIENT" SV="1.0">{p.niss}</id>
      <firstname>{p.given}</firstname><familyname>{p.surname}</familyname>
      <birthdate><date>{p.dob.isoformat()}</date></birthdate>
      <sex><cd S="CD-SEX" SV="1.1">{'female' if p.sex == 'F' else 'male'}</cd></sex>
    </patient>
    <transaction>
      <cd S="CD-TRANSACTION" SV="1.0">contactreport</cd>
      <item><cd S="CD-ITEM" SV="1.0">problem</cd><content><text L="fr">{k['dx_fr']}</text></content></item>
      {''.join(f'<item><cd S="CD-ITEM" SV="1.0">medication</cd><content><text L="fr">{m}</text></content></item>' for m in k['meds'])}
    </transaction>
  </folder>
</kmehrmessage>
"""
    T.idn("be_niss", p.niss)
    T.add("patient_name", "date_of_birth", "diagnosis", "medication")
    inner = c.pick([f"kmehr_{when:%Y%m%d}_{c.rng.randrange(1000, 9999)}.xml", "message_001.xml"])
    meta = f"De: {G.ORG['short']} - {s[3]}\nObjet: Rapport de contact\nReçu: {when:%d/%m/%Y %H:%M}\nAnnexes: 1\n"
    z = F.make_zip([("meta.txt", meta), (inner, xml)])
    fname = c.pick([f"eHealthBox_export_{when:%Y-%m-%d}.zip", "export_ehbox.zip", f"ehbox_{when:%Y%m%d}.zip"])
    body = c.pick(["Bonjour,\n\nExport de l'eHealthBox du service en annexe (message non intégré automatiquement dans le DPI).\n",
                   "Pour intégration manuelle svp.\n",
                   f"Salut {s2[0]},\n\nLe message n'est pas passé dans le dossier, je te le transmets en ZIP.\n"]) + G.signature(s, c.rng)
    return Mail("ehealthbox_export", "fr", T.out(), "eHealthBox export ZIP containing a KMEHR message with NISS and problems",
                frm, [to], c.pick(["Export eHealthBox", "Message eHealth non intégré", "ehbox"]), body,
                attachments=[Att(fname, "application/zip", z)], date=when, ids=T.ids, sex=p.sex)
