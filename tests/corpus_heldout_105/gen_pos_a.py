"""Step 7 - confidential messages, part A (claims lists, corrections, exports)."""
import gen_data as D
import gen_files as F
import gen_vocab as V
from gen_mime import Att, Mail, Quote, Table


# ------------------------------------------------------------------ helpers
def who(c, st):
    r = c.rng.random()
    if r < 0.15:
        return (f"{st.surname}, {st.given}", st.addr)
    if r < 0.25 and not st.md and st.org.kind in ("clinic", "agency"):
        return (c.t(f"Facturation - {st.org.name}", f"Billing - {st.org.name}"), st.addr)
    return (st.title(c.lang) if st.md and c.rng.random() < 0.5 else st.name, st.addr)


def mk(c, sender, to, subject, blocks, cc=None, atts=None, emls=None, style=None, reply=False, **kw):
    to = [who(c, x) if isinstance(x, D.Staff) else x for x in (to if isinstance(to, list) else [to])]
    cc = [who(c, x) if isinstance(x, D.Staff) else x for x in (cc or [])]
    snd = who(c, sender) if isinstance(sender, D.Staff) else sender
    irt = None
    if reply:
        irt = "%016X@%s" % (c.rng.getrandbits(64), to[0][1].split("@")[1])
    return Mail(snd, to, subject, kw.pop("date", None) or c.when(), blocks, c.lang, cc=cc, atts=atts, emls=emls,
                style=style, headers=c.mailer(), in_reply_to=irt, logo=c.rng.random() < 0.15, **kw)


def pname(c, p, style=None):
    return D.display_name(c.rng, p, c.lang, style)


def nam(c, h, fw=True, style=None):
    return D.fmt_nam(c.rng, h.nam, allow_fullwidth=fw, style=style)


def born(c, p):
    if c.fr:
        return ("née le " if p.fem else "né le ") + c.date(p.dob)
    return "DOB " + c.date(p.dob)


def dd(c, d, p=None):
    return V.diag_for(c.rng, p) if d is None else d


def fee(c):
    return c.rng.choice(V.FEE_CODES)


def expl(c, code=None):
    e = c.rng.choice(V.EXPLAN) if code is None else next(x for x in V.EXPLAN if x[0] == code)
    return e[0], (e[1] if c.fr else e[2])


def safe_file(s, ascii_only=False):
    s = s.replace(" ", "_").replace("'", "").replace(",", "")
    return D.strip_accents(s) if ascii_only else s


def month_name(c, d):
    return (D.MONTHS_FR if c.fr else D.MONTHS_EN)[d.month - 1]


# ------------------------------------------------------- 1. rejection list
def rejection_list(c):
    ag, cl = c.agency(), c.clinic()
    agent = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    admin = c.staff(cl)
    doc = c.doctor(cl)
    d = c.when()
    n = c.rng.randint(3, 5)
    with_dob = c.rng.random() < 0.4
    rows = []
    for _ in range(n):
        h = c.holder()
        dx = dd(c, None, h)
        fc = fee(c)
        code, txt = expl(c)
        row = [nam(c, h, fw=False, style=c.ch("std", "plain")), pname(c, h, c.ch("sg_comma", "upper_sur", "gs"))]
        if with_dob:
            row.append(h.dob.isoformat())
        row += [c.earlier(d, 10, 80).isoformat(), fc[0], f"{dx[3]} {V.diag(dx, c.lang)}", f"{code} {txt}"]
        rows.append(row)
    hdr = [c.t("NAM", "HIN"), c.t("Patient", "Patient")] + ([c.t("DDN", "DOB")] if with_dob else []) + \
        [c.t("Date du service", "Service date"), c.t("Code", "Code"), "Dx", c.t("Message explicatif", "Explanatory msg")]
    subj = c.t([f"Refus RAMQ - état de compte du {c.date(d.date(), 'iso')}", f"Demandes refusées {doc.title('fr')}",
                "Refus à corriger SVP"],
               [f"RAMQ rejections - statement of {c.date(d.date(), 'iso')}", f"Rejected claims for {doc.title('en')}",
                "Rejections to fix"])
    blocks = [c.hello(admin),
              c.t(f"Voici les demandes refusées sur le dernier état de compte de {doc.title('fr')}. Pouvez-vous "
                  "vérifier les dossiers et me revenir avec les corrections (diagnostic, carte valide, etc.)?",
                  f"Below are the claims rejected on {doc.title('en')}'s last RAMQ statement. Could you check the "
                  "charts and get back to me with corrections (diagnosis, valid card, etc.)?"),
              Table(hdr, rows),
              c.t("Il nous reste environ 3 semaines avant le délai de 90 jours pour les plus anciennes.",
                  "We have about 3 weeks left before the 90-day limit on the oldest ones."),
              c.bye(), c.sig(agent)]
    types = ["ramq_nam", "patient_name", "diagnosis"] + (["date_of_birth"] if with_dob else [])
    return mk(c, agent, admin, subj, blocks, cc=[doc] if c.rng.random() < 0.3 else None, date=d), types, \
        "agency sends table of rejected claims with NAM, names, diagnoses"


# -------------------------------------------------------- 2. correction
def correction(c):
    ag, cl = c.agency(), c.clinic()
    agent = c.staff(ag, c.t("Technicienne en facturation", "Billing technician"))
    doc = c.doctor(cl)
    admin = c.staff(cl)
    h = c.holder()
    dx = dd(c, None, h)
    fc = fee(c)
    code, txt = expl(c, c.ch("158", "517", "822", "213"))
    d = c.when()
    svc = c.earlier(d, 5, 70)
    nm = pname(c, h)
    blocks = [c.hello(doc if c.rng.random() < 0.5 else admin)]
    if c.fr:
        blocks.append(f"La demande pour {nm} ({born(c, h)}, NAM {nam(c, h)}) pour la visite du {c.date(svc)} "
                      f"a été refusée avec le message {code} « {txt} ».")
        blocks.append(f"Dans la note, je vois « {V.diag(dx, 'fr')} ». Est-ce que je peux refacturer le {fc[0]} "
                      f"({fc[1].lower()}) avec le diagnostic {dx[3]}? "
                      + c.ch("Sinon, dites-moi quoi inscrire.", "Je dois la renvoyer avant vendredi.", ""))
    else:
        blocks.append(f"The claim for {nm} ({born(c, h)}, RAMQ {nam(c, h)}) for the visit on {c.date(svc)} "
                      f"came back rejected with message {code} \"{txt}\".")
        blocks.append(f"The note says \"{V.diag(dx, 'en')}\". Can I resubmit code {fc[0]} ({fc[2].lower()}) with "
                      f"diagnosis {dx[3]}? " + c.ch("Otherwise let me know what to put.", "I need to resend it by Friday.", ""))
    blocks += [c.bye(), c.sig(agent)]
    subj = c.t([f"Correction demande {h.surname}", "Question - diagnostic manquant", f"Refus {code} à corriger"],
               [f"Claim correction - {h.surname}", "Missing diagnosis question", f"Rejection {code} to fix"])
    types = ["patient_name", "ramq_nam", "date_of_birth", "diagnosis"]
    m = mk(c, agent, [doc, admin] if c.rng.random() < 0.4 else doc, subj, blocks, date=d)
    if c.rng.random() < 0.4:
        # the physician answers above the quoted question
        reply = [c.t(["Oui, c'est bien ça.", "Oui vas-y avec ce code.", f"Mets plutôt {dx[3]}, merci."],
                     ["Yes, that's right.", "Yes go ahead with that code.", f"Use {dx[3]} instead, thanks."]),
                 c.sig(doc)]
        q = Quote(c.ch("gt", "outlook"), c.lang, m.sender, d, m.blocks, to=m.to, subject=subj)
        m = mk(c, doc, agent, ("RE: " if c.rng.random() < 0.7 else "Re: ") + subj, reply + [q], reply=True,
               date=d.replace(hour=min(d.hour + 2, 22)))
    return m, types, "billing technician asks physician to fix diagnosis on a rejected claim (NAM, DOB)"


# ---------------------------------------------------- 3. subject-only leak
def subject_leak(c):
    cl = c.clinic()
    a, b = c.staff(cl), c.staff(c.agency() if c.rng.random() < 0.5 else cl)
    p = c.holder() if c.rng.random() < 0.4 else c.patient(c.ch("qc", "qc", "en"))
    dx = dd(c, None, p)
    code, txt = expl(c, c.ch("095", "734", "442"))
    form = c.rng.randint(0, 3)
    if form == 0:
        subj = c.t(f"Refus {code} - {p.surname.upper()} {p.given} - suivi {V.diag(dx, 'fr')}",
                   f"Rejection {code} - {p.surname.upper()} {p.given} - {V.diag(dx, 'en')} follow-up")
    elif form == 1:
        subj = c.t(f"RE: {pname(c, p, 'title')} ({V.diag(dx, 'fr')}) - carte expirée",
                   f"RE: {pname(c, p, 'title')} ({V.diag(dx, 'en')}) - expired card")
    elif form == 2:
        subj = c.t(f"{pname(c, p, 'lower')} / {V.diag(dx, 'fr')} / facture à annuler",
                   f"{pname(c, p, 'lower')} / {V.diag(dx, 'en')} / invoice to cancel")
    else:
        subj = c.t(f"TR: {p.given[0]}. {p.surname} - {dx[3]} {V.diag(dx, 'fr')} - refacturer",
                   f"FW: {p.given[0]}. {p.surname} - {dx[3]} {V.diag(dx, 'en')} - rebill")
    blocks = [c.hello(b),
              c.t(["Voir l'objet. Peux-tu appeler pour avoir la nouvelle carte? Je mets la demande en attente.",
                   "Celle-là est revenue encore. Je te laisse vérifier au dossier et me dire quoi faire.",
                   "Comme discuté au téléphone. On en reparle lundi."],
                  ["See subject. Can you call to get the new card? I'm putting the claim on hold.",
                   "This one came back again. Please check the chart and tell me what to do.",
                   "As discussed on the phone. Let's talk Monday."]),
              c.bye(), c.sig(a)]
    return mk(c, a, b, subj, blocks), ["patient_name", "diagnosis"], "subject line names patient and diagnosis; body generic"


# ----------------------------------------------------- 4. file-name leak
def filename_leak(c):
    cl = c.clinic()
    a = c.staff(cl)
    ag = c.agency()
    b = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    p = c.patient(c.ch("qc", "qc", "en"))
    dx = dd(c, None, p)
    kind = c.rng.randint(0, 2)
    short = safe_file(V.diag(dx, c.lang))[:28]
    if kind == 0:
        fname = c.t(f"Revision_RAMQ_{p.surname}_{p.given}_{short}.pdf", f"RAMQ_review_{p.surname}_{p.given}_{short}.pdf")
    elif kind == 1:
        fname = c.t(f"{p.surname} {p.given} - note {V.diag(dx, 'fr')}.pdf", f"{p.surname} {p.given} - {V.diag(dx, 'en')} note.pdf")
    else:
        fname = f"{p.given[0]}{p.surname}_{short}_{c.rng.randint(2024, 2025)}.pdf"
    pdf = F.make_pdf(c.t("Demande de révision", "Review request"),
                     [c.t("Formulaire de demande de révision - pièce justificative.",
                          "Review request form - supporting document."),
                      c.t("Voir le dossier clinique pour les détails.", "See clinical file for details."),
                      ("table", [c.t("Champ", "Field"), c.t("Valeur", "Value")],
                       [[c.t("Numéro de demande", "Claim number"), str(c.rng.randint(10 ** 8, 10 ** 9))],
                        [c.t("Motif", "Reason"), c.t("Diagnostic ajouté", "Diagnosis added")]])],
                     compress=c.rng.random() < 0.5)
    blocks = [c.hello(b),
              c.t(["Ci-joint la pièce justificative demandée pour la révision.", "Voici le document, comme convenu.",
                   "Document en pièce jointe."],
                  ["Attached is the supporting document for the review.", "Here's the document as agreed.",
                   "Document attached."]),
              c.bye(), c.sig(a)]
    subj = c.t(["Document pour révision", "Pièce justificative", "Révision - document"],
                ["Document for review", "Supporting document", "Review - document"])
    att = Att(fname, "application/pdf", pdf)
    return mk(c, a, b, subj, blocks, atts=[att]), ["patient_name", "diagnosis"], \
        "attachment file name names patient and diagnosis; body and PDF generic"


# ----------------------------------------------------- 5. XLSX export
def _claim_rows(c, n, d, with_dx=True):
    rows = []
    for _ in range(n):
        h = c.holder()
        dx = dd(c, None, h)
        fc = fee(c)
        code, txt = expl(c)
        rows.append([h.nam if c.rng.random() < 0.7 else nam(c, h, fw=False, style="std"), h.surname, h.given,
                     h.dob.isoformat(), c.earlier(d, 5, 80).isoformat(), fc[0],
                     (dx[3] + " - " + V.diag(dx, c.lang)) if with_dx else dx[3], float(fc[3].replace(",", ".")),
                     f"{code} - {txt}"])
    return rows


def _claim_headers(c):
    return c.L(["NAM", "Nom", "Prénom", "Date naissance", "Date service", "Code acte", "Diagnostic", "Montant", "Message"],
               ["HIN", "Last name", "First name", "Birth date", "Service date", "Fee code", "Diagnosis", "Amount", "Message"])


def xlsx_export(c):
    ag, cl = c.agency(), c.clinic()
    agent = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    admin = c.staff(cl, c.t("Chef administrative", "Office manager"))
    d = c.when()
    rows = _claim_rows(c, c.rng.randint(4, 8), d)
    doc = c.doctor(cl)
    data = F.make_xlsx([(c.t("Refus", "Rejections"), _claim_headers(c), rows),
                        (c.t("Sommaire", "Summary"), [c.t("Médecin", "Physician"), c.t("Refus", "Rejections")],
                         [[doc.title(c.lang), len(rows)]])], author=agent.name)
    fname = c.t(c.ch(f"Refus_{safe_file(doc.surname)}_{month_name(c, d)}_{d.year}.xlsx", f"Relevé des refus - {doc.title('fr')} - {month_name(c, d)} {d.year}.xlsx"),
                f"Rejections_{safe_file(doc.surname)}_{month_name(c, d)}_{d.year}.xlsx")
    blocks = [c.hello(admin),
              c.t(f"Vous trouverez ci-joint le rapport des refus du mois de {month_name(c, d)} pour {doc.title('fr')}. "
                  "Les colonnes en jaune sont à compléter.",
                  f"Attached is the {month_name(c, d)} rejection report for {doc.title('en')}. Please complete the "
                  "highlighted columns."),
              c.bye(), c.sig(agent)]
    subj = c.t(f"Rapport de refus - {month_name(c, d)}", f"Rejection report - {month_name(c, d)}")
    att = Att(fname, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", data)
    return mk(c, agent, admin, subj, blocks, atts=[att], date=d), \
        ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"], "XLSX rejection report with NAM, names, DOB, diagnoses"


# ------------------------------------------------------- 6. CSV export
def csv_export(c):
    cl = c.clinic()
    sw = c.rng.choice(D.SOFTWARE)
    admin = c.staff(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    d = c.when()
    with_dx = c.rng.random() < 0.6
    rows = _claim_rows(c, c.rng.randint(5, 9), d, with_dx=with_dx)
    for r in rows:
        r[7] = f"{r[7]:.2f}".replace(".", "," if c.fr else ".")
    hdr = ["no_demande", "nam", "nom", "prenom", "ddn", "date_service", "code_acte", "diagnostic", "montant", "statut"]
    rows = [[str(c.rng.randint(10 ** 8, 10 ** 9))] + r[:6] + [r[6], r[7], r[8]] for r in rows]
    delim = c.ch(";", ";", ",", "\t")
    csv = F.make_csv(hdr, rows, delim=delim, quote_all=c.rng.random() < 0.3)
    cs = c.ch("utf-8", "windows-1252", "iso-8859-1")
    try:
        csv.encode(cs)
    except UnicodeEncodeError:
        cs = "utf-8"
    fname = f"export_{safe_file(sw, ascii_only=True).lower()}_{d.strftime('%Y%m%d')}.csv"
    blocks = [c.hello(agent),
              c.t(f"Voici l'export de {sw} pour les demandes en erreur. Je n'arrive pas à les retransmettre.",
                  f"Here is the {sw} export of the claims in error. I can't get them to resend."),
              c.t("Le fichier s'ouvre mal dans Excel, il faut passer par Données > À partir d'un fichier texte.",
                  "It opens badly in Excel; use Data > From Text."),
              c.bye(), c.sig(admin)]
    subj = c.t(["Export demandes en erreur", f"Fichier {sw}", "Demandes bloquées"],
               ["Export of claims in error", f"{sw} file", "Stuck claims"])
    att = Att(fname, c.ch("text/csv", "text/csv", "application/vnd.ms-excel"), csv if c.rng.random() < 0.6 else csv.encode(cs),
              charset=cs)
    types = ["ramq_nam", "patient_name", "date_of_birth"] + (["diagnosis"] if with_dx else [])
    return mk(c, admin, agent, subj, blocks, atts=[att], date=d), types, "CSV export from billing software with NAM, names, DOB, dx codes"


# ------------------------------------------------------- 7. ZIP export
def zip_export(c):
    ag, cl = c.agency(), c.clinic()
    agent = c.staff(ag, c.t("Responsable de compte", "Account manager"))
    admin = c.staff(cl, c.t("Directrice administrative", "Clinic administrator"))
    d = c.when()
    rows = _claim_rows(c, c.rng.randint(4, 7), d)
    csv = F.make_csv(_claim_headers(c), [[(f"{x:.2f}".replace(".", ",") if c.fr else f"{x:.2f}") if isinstance(x, float) else str(x) for x in r] for r in rows], delim=";" if c.fr else ",")
    pdf = F.make_pdf(c.t("Sommaire des refus", "Rejection summary"),
                     [c.t("Demandes à corriger avant la fin du mois.", "Claims to fix before month end."),
                      ("table", [c.t("Nom", "Name"), c.t("Diagnostic", "Diagnosis"), "Message"],
                       [[f"{r[1]}, {r[2]}", r[6], r[8][:40]] for r in rows])],
                     compress=c.rng.random() < 0.5)
    files = [(c.t("refus/", "rejections/") + f"refus_{d.strftime('%Y%m')}.csv", csv.encode(c.ch("utf-8", "cp1252"))),
             (c.t("refus/", "rejections/") + c.t("sommaire.pdf", "summary.pdf"), pdf)]
    z = F.make_zip(files)
    blocks = [c.hello(admin),
              c.t("Comme le fichier était trop gros, je vous envoie le tout compressé (CSV + sommaire PDF).",
                  "The file was too big, so everything is zipped (CSV + PDF summary)."),
              c.bye(), c.sig(agent)]
    subj = c.t("Refus du mois (zip)", "Monthly rejections (zip)")
    att = Att(f"refus_{d.strftime('%Y_%m')}.zip", c.ch("application/zip", "application/x-zip-compressed"), z)
    return mk(c, agent, admin, subj, blocks, atts=[att], date=d), \
        ["ramq_nam", "patient_name", "date_of_birth", "diagnosis"], "ZIP with CSV and PDF of rejected claims"


# ------------------------------------------------ 8. PDF patient statement
def pdf_statement(c):
    cl = c.clinic()
    admin = c.staff(cl, c.t("Agente administrative", "Administrative clerk"))
    p = c.patient(c.ch("qc", "qc", "en"))
    dx = dd(c, None, p)
    srv = c.rng.choice(V.PRIVATE_SERVICES)
    d = c.when()
    addr = D.home_address(c.rng)
    inv = f"{d.year}-{c.rng.randint(100, 9999):04d}"
    med = V.med(dx, c.lang)
    lines = [f"{p.given} {p.surname}", addr, "",
             c.t(f"Facture no {inv} - date : {d.date().isoformat()}", f"Invoice no. {inv} - date: {d.date().isoformat()}"),
             ("table", [c.t("Description", "Description"), c.t("Montant", "Amount")],
              [[c.t(srv[0], srv[1]).capitalize(), c.t(srv[2] + " $", "$" + srv[2].replace(",", "."))]]),
             c.t(f"Motif : {V.diag(dx, 'fr')}", f"Reason: {V.diag(dx, 'en')}")]
    types = ["patient_name", "patient_contact", "diagnosis"]
    if med and c.rng.random() < 0.5:
        lines.append(c.t(f"Traitement en cours : {med}", f"Current treatment: {med}"))
        types.append("medication")
    lines.append(c.t("Payable à la réception. Service non assuré par la RAMQ.", "Payable on receipt. Service not insured by RAMQ."))
    pdf = F.make_pdf(cl.name, lines, author=admin.name, compress=c.rng.random() < 0.6)
    to = (f"{p.given} {p.surname}", D.personal_email(c.rng, p))
    blocks = [c.t(f"Bonjour {title_or_given(c, p)},", f"Hello {title_or_given(c, p)},"),
              c.t("Vous trouverez ci-joint votre facture pour le service non assuré demandé. Le paiement peut se faire "
                  "par virement ou à la réception.",
                  "Please find attached your invoice for the uninsured service you requested. You can pay by "
                  "e-transfer or at the front desk."),
              c.bye(), c.sig(admin)]
    subj = c.t(["Votre facture", f"Facture {inv}", "Facture - formulaire d'assurance"],
               ["Your invoice", f"Invoice {inv}", "Invoice - insurance form"])
    att = Att(c.t(c.ch(f"Facture_{inv}.pdf", f"Relevé d'honoraires {inv}.pdf", f"État de compte - {inv}.pdf"), f"Invoice_{inv}.pdf"), "application/pdf", pdf)
    return mk(c, admin, to, subj, blocks, atts=[att], date=d), types, \
        "PDF invoice to patient for uninsured form: name, home address, diagnosis"


def title_or_given(c, p):
    return c.rng.choice([f"{D.title(p, c.lang)} {p.surname}", p.given])


# ---------------------------------------------------- 9. DOCX letter (SIN)
def docx_letter(c):
    cl = c.clinic()
    doc = c.doctor(cl)
    admin = c.staff(cl)
    ins = c.insurer()
    p = c.patient(c.ch("qc", "qc", "en"))
    sin = D.make_sin(c.rng)
    dx = dd(c, None, p)
    d = c.when()
    since = c.earlier(d, 60, 400)
    body = []
    if c.fr:
        body = [f"{cl.name}\n{cl.address}", f"{d.date().isoformat()}", f"{ins.name}\nService des réclamations invalidité",
                ("h", f"Objet : {p.given} {p.surname} - NAS {D.fmt_sin(c.rng, sin)}"),
                "Madame, Monsieur,",
                f"Je confirme que {D.title(p, 'fr')} {p.given} {p.surname}, {born(c, p)}, est {'suivie' if p.fem else 'suivi'} à notre clinique depuis le "
                f"{since.isoformat()} pour {V.diag(dx, 'fr')}.",
                (f"Le traitement actuel comprend {V.med(dx, 'fr')}. " if dx[4] else "")
                + "Un arrêt de travail complet est recommandé pour une période de huit semaines.",
                "Veuillez agréer mes salutations distinguées.", f"{doc.title('fr')}\nNo de pratique {c.rng.randint(1, 2)}-{c.rng.randint(10000, 99999)}"]
    else:
        body = [f"{cl.name}\n{cl.address}", f"{d.date().isoformat()}", f"{ins.name}\nDisability Claims",
                ("h", f"Re: {p.given} {p.surname} - SIN {D.fmt_sin(c.rng, sin)}"),
                "To whom it may concern,",
                f"This is to confirm that {D.title(p, 'en')} {p.given} {p.surname}, {born(c, p)}, has been followed at our clinic "
                f"since {since.isoformat()} for {V.diag(dx, 'en')}.",
                (f"Current treatment includes {V.med(dx, 'en')}. " if dx[4] else "")
                + "A complete work stoppage is recommended for eight weeks.",
                "Sincerely,", f"{doc.title('en')}\nLicence no. {c.rng.randint(1, 2)}-{c.rng.randint(10000, 99999)}"]
    data = F.make_docx(body, author=admin.name, title=c.t("Lettre assureur", "Insurer letter"))
    types = ["patient_name", "ca_sin", "date_of_birth", "diagnosis"] + (["medication"] if dx[4] else [])
    to = c.staff(D.Org(ins.name, ins.domain, ins.phone, "", "insurer"), c.t("Analyste", "Claims analyst"))
    blocks = [c.hello(),
              c.t("Veuillez trouver ci-joint la lettre du médecin traitant pour le dossier mentionné en référence. "
                  "Les frais de rédaction seront facturés séparément.",
                  "Please find attached the attending physician's letter for the referenced file. The preparation fee "
                  "will be invoiced separately."),
              c.bye(), c.sig(admin)]
    subj = c.t(["Lettre du médecin traitant", "Documents demandés - dossier invalidité"],
               ["Attending physician letter", "Requested documents - disability file"])
    fname = c.t(c.ch(f"Lettre_{safe_file(p.surname)}.docx", f"Lettre médecin traitant - {p.surname}.docx"), f"Letter_{safe_file(p.surname)}.docx")
    att = Att(fname, "application/vnd.openxmlformats-officedocument.wordprocessingml.document", data)
    return mk(c, admin, to, subj, blocks, atts=[att], date=d), types, "DOCX physician letter to disability insurer with SIN"


# ------------------------------------------------- 10. private insurer
def private_insurer(c):
    cl = c.clinic()
    admin = c.staff(cl)
    ins = c.insurer()
    io = D.Org(ins.name, ins.domain, ins.phone, "", "insurer")
    analyst = c.staff(io, c.t("Analyste en réclamations", "Claims analyst"))
    p = c.patient(c.ch("qc", "en", "qc"))
    dx = dd(c, None, p)
    with_sin = c.rng.random() < 0.55
    claim = f"{c.rng.choice('ABCLR')}{c.rng.randint(10 ** 6, 10 ** 7)}"
    d = c.when()
    ident = f"NAS {D.fmt_sin(c.rng, D.make_sin(c.rng))}" if (with_sin and c.fr) else (
        f"SIN {D.fmt_sin(c.rng, D.make_sin(c.rng))}" if with_sin else c.t(f"certificat {c.rng.randint(100000, 999999)}",
                                                                        f"certificate {c.rng.randint(100000, 999999)}"))
    nm = pname(c, p, c.ch("gs", "title", "sg_comma"))
    if c.fr:
        ask = [f"Nous avons reçu la réclamation {claim} concernant {nm} ({ident}).",
               f"Afin de compléter l'analyse, pourriez-vous nous transmettre les notes de consultation des trois derniers "
               f"mois ainsi que la confirmation du diagnostic ({V.diag(dx, 'fr')})?",
               "Les frais de copie peuvent nous être facturés directement."]
    else:
        ask = [f"We received claim {claim} regarding {nm} ({ident}).",
               f"To complete our assessment, could you send the consultation notes for the last three months and "
               f"confirm the diagnosis ({V.diag(dx, 'en')})?", "Copy fees may be invoiced to us directly."]
    blocks = [c.hello()] + ask + [c.bye(), c.sig(analyst)]
    subj = c.t([f"Réclamation {claim} - demande de renseignements", f"Dossier {claim}"],
               [f"Claim {claim} - information request", f"File {claim}"])
    types = ["patient_name", "diagnosis"] + (["ca_sin"] if with_sin else [])
    m = mk(c, analyst, admin, subj, blocks, date=d)
    if c.rng.random() < 0.5:
        reply = [c.t("Bonjour,\nLa demande a été transmise au médecin. Nous vous enverrons les notes par télécopieur "
                     "d'ici une semaine avec notre facture.",
                     "Hello,\nThe request was passed on to the physician. We will fax the notes within a week along with "
                     "our invoice."), c.sig(admin)]
        m = mk(c, admin, analyst, "RE: " + subj, reply + [Quote(c.ch("gt", "outlook"), c.lang, m.sender, d, m.blocks,
                                                             to=m.to, subject=subj)], reply=True)
    return m, types, "private insurer asks clinic for notes on a named claimant" + (" with SIN" if with_sin else "")


# ------------------------------------------- 11. third-party invoice
def third_party_invoice(c):
    cl = c.clinic()
    admin = c.staff(cl, c.t("Facturation", "Billing"))
    p = c.patient(c.ch("qc", "qc", "en"))
    dx = V.diag_for(c.rng, p, ["entorse", "fract", "lomb", "dep", "tag"])
    srv = c.rng.choice(V.PRIVATE_SERVICES)
    payer_name = c.ch("Transports Rive-Sud ltée", "Cabinet juridique Morel & Fils", "Usinage Lac-Beauport inc.",
                      "Pinecrest Benefits", "Assurances Laurentide Vie")
    payer = D.Org(payer_name, D.strip_accents(payer_name.split()[0].lower()) + ".example", "", "", "payer")
    contact = c.staff(payer, c.t("Ressources humaines", "Human resources"))
    d = c.when()
    inv = f"F{d.year % 100}-{c.rng.randint(1000, 9999)}"
    mrn = D.make_mrn(c.rng) if c.rng.random() < 0.4 else None
    rows = [[c.t(srv[0], srv[1]).capitalize(), c.earlier(d, 3, 30).isoformat(), c.t(srv[2] + " $", "$" + srv[2].replace(",", "."))]]
    lines = [cl.name, cl.address, "",
             c.t(f"FACTURE {inv}", f"INVOICE {inv}"),
             c.t(f"Facturé à : {payer_name}", f"Bill to: {payer_name}"),
             c.t(f"Concernant : {p.given} {p.surname}", f"Re: {p.given} {p.surname}")
             + (c.t(f" (dossier {mrn})", f" (chart {mrn})") if mrn else ""),
             c.t(f"Dossier : {V.diag(dx, 'fr')}", f"File: {V.diag(dx, 'en')}"),
             ("table", ["Description", "Date", c.t("Montant", "Amount")], rows),
             c.t("Taxes : exempté. Paiement dans les 30 jours.", "Taxes: exempt. Payment within 30 days.")]
    pdf = F.make_pdf(c.t("Facture", "Invoice"), lines, author=admin.name, compress=c.rng.random() < 0.5)
    blocks = [c.hello(contact),
              c.t(f"Ci-joint notre facture {inv} pour le {srv[0]} concernant {'votre employée' if p.fem else 'votre employé'}, {p.given} {p.surname}.",
                  f"Attached is invoice {inv} for the {srv[1]} regarding your employee, {p.given} {p.surname}.")
              if c.rng.random() < 0.5 else c.t(f"Ci-joint notre facture {inv}.", f"Attached is our invoice {inv}."),
              c.bye(), c.sig(admin)]
    subj = c.t([f"Facture {inv}", f"Facture {inv} - rapport médical"], [f"Invoice {inv}", f"Invoice {inv} - medical report"])
    types = ["patient_name", "diagnosis"] + (["mrn"] if mrn else [])
    att = Att(c.t(f"Facture_{inv}.pdf", f"Invoice_{inv}.pdf"), "application/pdf", pdf)
    return mk(c, admin, contact, subj, blocks, atts=[att], date=d), types, \
        "third-party invoice naming the patient and the injury/diagnosis"


# ------------------------------------------------- 12. Ontario patient
def ontario(c):
    cl = c.rng.choice([x for x in c.orgs["clinics"] if "Gatineau" in x.address] or c.orgs["clinics"])
    admin = c.staff(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    p = c.patient(c.ch("en", "en", "qc"))
    hn = D.make_ohip(c.rng)
    dx = dd(c, None, p)
    d = c.when()
    addr = D.home_address(c.rng, "ON")
    svc = c.earlier(d, 2, 40)
    fc = fee(c)
    with_addr = c.rng.random() < 0.7
    if c.fr:
        blocks = [c.hello(agent),
                  f"Patient de l'Ontario vu au sans rendez-vous le {c.date(svc)}. Il faut facturer hors province :",
                  Table(None, [["Nom", f"{p.surname}, {p.given}"], ["Date de naissance", p.dob.isoformat()],
                               ["No carte santé Ontario", D.fmt_ohip(c.rng, hn)]]
                        + ([["Adresse", addr]] if with_addr else [])
                        + [["Diagnostic", f"{dx[3]} - {V.diag(dx, 'fr')}"], ["Acte", f"{fc[0]} {fc[1]}"]]),
                  "La copie de la carte est au dossier.", c.bye(), c.sig(admin)]
    else:
        blocks = [c.hello(agent),
                  f"Ontario patient seen at the walk-in on {c.date(svc)}. This needs to go through out-of-province billing:",
                  Table(None, [["Name", f"{p.surname}, {p.given}"], ["DOB", p.dob.isoformat()],
                               ["Ontario health number", D.fmt_ohip(c.rng, hn)]]
                        + ([["Address", addr]] if with_addr else [])
                        + [["Diagnosis", f"{dx[3]} - {V.diag(dx, 'en')}"], ["Service", f"{fc[0]} {fc[2]}"]]),
                  "Copy of the card is in the chart.", c.bye(), c.sig(admin)]
    subj = c.t(["Patient hors Québec - Ontario", "Facturation hors province", "Carte Ontario"],
               ["Out-of-province patient (ON)", "Ontario patient billing", "OHIP patient seen"])
    types = ["patient_name", "date_of_birth", "ca_health_number", "diagnosis"] + (["patient_contact"] if with_addr else [])
    return mk(c, admin, agent, subj, blocks, date=d), types, "Ontario resident seen in Quebec: health number, DOB, address"
