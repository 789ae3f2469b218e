"""Step 8 - confidential messages, part B (foreign patients, forwards, calendars, rosters, social)."""
import datetime as dt

import gen_data as D
import gen_files as F
import gen_vocab as V
from gen_mime import Att, Mail, Quote, Table
from gen_pos_a import born, dd, expl, fee, mk, nam, pname, safe_file, who


# ----------------------------------------------------------- 13. France
def france(c):
    cl = c.clinic()
    admin = c.staff(cl)
    ins_name, ins_dom = c.rng.choice(D.FOREIGN_INSURERS["fr"])
    org = D.Org(ins_name, ins_dom, "", "", "insurer")
    gest = c.staff(org, "Gestionnaire remboursements")
    p = c.patient("fr", age=(19, 70))
    nir = D.make_nir(c.rng, p.dob, p.fem)
    dx = dd(c, None, p)
    proc = V.proc_for_dx(c.rng, dx)
    d = c.when()
    svc = c.earlier(d, 5, 40)
    amount = f"{c.rng.randint(120, 900)},00"
    blocks = [c.ch("Madame, Monsieur,", "Bonjour,"),
              f"Nous avons soigné le {c.date(svc)} votre adhérent{'e' if p.fem else ''} {p.given} {p.surname.upper()} "
              f"(n° de sécurité sociale {D.fmt_nir(c.rng, nir)}), de passage au Québec, pour {V.diag(dx, 'fr')} "
              f"({proc[0]}).",
              f"{'La patiente' if p.fem else 'Le patient'} n'étant pas {'couverte' if p.fem else 'couvert'} par la RAMQ, les honoraires de {amount} $ CA ont été réglés sur place. "
              "Vous trouverez ci-joint la facture détaillée et le reçu pour remboursement."
              if c.rng.random() < 0.5 else
              f"Les honoraires de {amount} $ CA restent impayés. Pouvez-vous nous confirmer la prise en charge?",
              c.bye(), c.sig(admin)]
    atts = []
    if c.rng.random() < 0.5:
        pdf = F.make_pdf("Facture - patient non assuré",
                         [f"{p.surname.upper()} {p.given}", f"N° sécurité sociale : {D.fmt_nir(c.rng, nir)}",
                          ("table", ["Date", "Description", "Montant"], [[svc.isoformat(), proc[0], amount + " $"]])],
                         compress=True)
        atts.append(Att(f"Facture_{safe_file(p.surname)}.pdf", "application/pdf", pdf))
    subj = c.ch(f"Prise en charge - {p.surname.upper()} {p.given}", "Demande de remboursement - soins au Canada",
                "Facture patient non résident")
    return mk(c, admin, gest, subj, blocks, atts=atts, date=d), ["fr_nir", "patient_name", "diagnosis"], \
        "French visitor: NIR, name, diagnosis sent to French complementary insurer"


# ---------------------------------------------------------- 14. Belgium
def belgium(c):
    cl = c.clinic()
    admin = c.staff(cl)
    ins_name, ins_dom = c.rng.choice(D.FOREIGN_INSURERS["be"])
    org = D.Org(ins_name, ins_dom, "", "", "insurer")
    gest = c.staff(org, "Service étranger")
    p = c.patient("be", age=(1, 75))
    niss = D.make_niss(c.rng, p.dob, p.fem)
    dx = dd(c, None, p)
    d = c.when()
    svc = c.earlier(d, 3, 30)
    lang_en = c.lang == "en"
    if lang_en:
        blocks = [c.hello(),
                  f"We treated one of your members on {c.date(svc)} while travelling in Quebec: {p.given} {p.surname}, "
                  f"national register number {D.fmt_niss(c.rng, niss)}.",
                  f"Diagnosis: {V.diag(dx, 'en')}." + (f" Prescribed: {V.med(dx, 'en')}." if dx[4] else ""),
                  "Please let us know where to send the itemized invoice.", c.bye(), c.sig(admin)]
        subj = f"Member treated in Canada - {p.surname}"
    else:
        blocks = [c.ch("Madame, Monsieur,", "Bonjour,"),
                  f"Votre affilié{'e' if p.fem else ''} {p.given} {p.surname}, NISS {D.fmt_niss(c.rng, niss)}, "
                  f"a été vu{'e' if p.fem else ''} à notre clinique le {c.date(svc)}.",
                  f"Diagnostic : {V.diag(dx, 'fr')}." + (f" Traitement prescrit : {V.med(dx, 'fr')}." if dx[4] else ""),
                  "Merci de nous indiquer la marche à suivre pour la facturation de ces soins.", c.bye(), c.sig(admin)]
        subj = c.ch(f"Soins à l'étranger - {p.surname}", "Affilié soigné au Québec", "Demande de prise en charge")
    types = ["be_niss", "patient_name", "diagnosis"] + (["medication"] if dx[4] else [])
    return mk(c, admin, gest, subj, blocks, date=d), types, "Belgian visitor: NISS, name, diagnosis to Belgian mutual"


# ------------------------------------------------- 15. patient's mail forwarded
def patient_forward(c):
    cl = c.clinic()
    admin = c.staff(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    p = c.holder() if c.rng.random() < 0.3 else c.patient(c.ch("qc", "en"))
    dx = dd(c, None, p)
    paddr = D.personal_email(c.rng, p)
    tel = D.phone(c.rng)
    d = c.when()
    srv = c.rng.choice(V.PRIVATE_SERVICES)
    fem = p.fem
    hard = c.rng.random() < 0.4
    if c.fr:
        pm = [c.ch("Bonjour,", "Bonjour madame,", "Allo,"),
              f"J'ai reçu une facture de {srv[2]} $ pour le {srv[0]}. Je ne comprends pas pourquoi, c'est relié à mon "
              f"diagnostic de {V.diag(dx, 'fr')} et je croyais que c'était couvert par la RAMQ.",
              ("Je suis en arrêt de travail depuis deux mois et j'ai de la misère à arriver, je vis seule avec mes "
               "deux enfants." if fem else "Je suis en arrêt de travail depuis deux mois et j'ai de la misère à arriver.")
              if hard else c.ch("Pouvez-vous m'appeler? Je suis là en après-midi.", "Merci de me répondre rapidement."),
              f"{p.given} {p.surname}\n{tel}"]
        intro = c.ch("Peux-tu regarder ça? La patiente nous écrit au sujet de sa facture.",
                     "Je te transfère le courriel reçu ce matin. Est-ce qu'on peut annuler la facture?",
                     "FYI, plainte de facturation.")
    else:
        pm = [c.ch("Hello,", "Hi,", "To whom it may concern,"),
              f"I received a bill for ${srv[2].replace(',', '.')} for the {srv[1]}. I don't understand why; it's for my "
              f"{V.diag(dx, 'en')} and I thought RAMQ covered it.",
              "I've been off work for two months and money is tight since I lost my job." if hard
              else c.ch("Could you call me? I'm home afternoons.", "Please get back to me soon."),
              f"{p.given} {p.surname}\n{tel}"]
        intro = c.ch("Can you look into this? Patient writing about their invoice.",
                     "Forwarding the email we got this morning. Can we cancel the invoice?", "FYI - billing complaint.")
    q = Quote(c.ch("fwd", "outlook", "gt"), c.lang, (f"{p.given} {p.surname}", paddr),
              d - dt.timedelta(hours=c.rng.randint(2, 30), minutes=c.rng.randint(0, 59)), pm,
              to=[(cl.name, f"reception@{cl.domain}")], subject=c.t("Facture", "Invoice"))
    blocks = [c.hello(agent), intro, c.sig(admin), q]
    subj = c.t(["TR: Facture", "Fwd: facture reçue", "TR: question facture"], ["FW: Invoice", "Fwd: bill received"])
    types = ["patient_name", "diagnosis", "patient_contact"] + (["social_information"] if hard else [])
    return mk(c, admin, agent, subj, blocks, date=d), types, "patient's own complaint about invoice forwarded inline (diagnosis, phone)"


# ------------------------------------------------- 16. quoted-history leak
def quoted_leak(c):
    cl = c.clinic()
    ag = c.agency()
    a = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    b = c.staff(cl)
    h = c.holder()
    dx = dd(c, None, h)
    code, txt = expl(c)
    d = c.when()
    il = ("Elle est suivie" if h.fem else "Il est suivi")
    first = [c.hello(a),
             c.t(f"Pour {pname(c, h)} (NAM {nam(c, h)}), le refus {code} est dû à la carte. La carte a été renouvelée "
                 f"le mois passé. {il} pour {V.diag(dx, 'fr')} aux 3 mois, tu peux refacturer les deux dernières visites.",
                 f"For {pname(c, h)} (HIN {nam(c, h)}), rejection {code} is because of the card. It was renewed last "
                 f"month. Followed every 3 months for {V.diag(dx, 'en')}, so you can rebill the last two visits."),
             c.sig(b)]
    q = Quote(c.ch("gt", "outlook", "gt"), c.lang, who(c, b), c.when(d - dt.timedelta(days=1)), first,
              to=[who(c, a)], subject=c.t("Refus carte", "Card rejection"))
    blocks = [c.t(["Parfait, c'est refait. Merci!", "C'est retransmis.", "Ok merci, ce sera sur le prochain état de compte."],
                  ["Done, resubmitted. Thanks!", "Sent again.", "Ok thanks, it'll be on the next statement."]),
              c.sig(a), q]
    subj = c.t("RE: Refus carte", "RE: Card rejection")
    return mk(c, a, b, subj, blocks, reply=True, date=d), ["patient_name", "ramq_nam", "diagnosis"], \
        "short reply; NAM, name and diagnosis only in quoted history"


# ------------------------------------------------- 17. attached .eml
def rfc822(c):
    hosp = c.hospital()
    doc = c.doctor(hosp)
    ag = c.agency()
    agent = c.staff(ag, c.t("Agente de facturation", "Billing agent"))
    admin = c.staff(c.clinic())
    d = c.when()
    rows = []
    types = ["patient_name", "diagnosis", "mrn"]
    for _ in range(c.rng.randint(3, 5)):
        p = c.patient(c.ch("qc", "qc", "en"))
        dx = dd(c, None, p)
        rows.append([f"{c.rng.randint(2, 6)}{c.rng.randint(10, 40):02d}-{c.ch('A', 'B', '1', '2')}",
                     f"{p.surname.upper()}, {p.given}", D.make_mrn(c.rng), V.diag(dx, c.lang),
                     c.ch("visite", "consult", "transfert") if c.fr else c.ch("visit", "consult", "transfer")])
    inner_blocks = [c.t("Liste pour la facturation de ma semaine d'hospitalisation :", "List for billing my ward week:"),
                    Table([c.t("Ch.", "Room"), c.t("Patient", "Patient"), c.t("Dossier", "Chart"),
                           c.t("Problème", "Problem"), c.t("Type", "Type")], rows),
                    c.sig(doc)]
    inner = Mail(who(c, doc), [who(c, agent)], c.t(f"Facturation semaine {d.isocalendar()[1]}", f"Billing week {d.isocalendar()[1]}"),
                 c.when(d - dt.timedelta(days=3)), inner_blocks, c.lang, headers=c.mailer())
    blocks = [c.hello(admin),
              c.t(f"Je te transfère le message original de {doc.title('fr')} avec sa liste, il manque des codes d'acte pour "
                  "deux patients.",
                  f"Forwarding {doc.title('en')}'s original message with the list; two patients are missing fee codes."),
              c.bye(), c.sig(agent)]
    subj = c.t("TR: liste de facturation hospitalisation", "FW: ward billing list")
    m = mk(c, agent, admin, subj, blocks, emls=[inner], date=d)
    if c.rng.random() < 0.5:
        m.eml_names = [c.t("Facturation semaine.eml", "Billing week.eml")]
    return m, types, "forward with attached .eml holding a ward list (room, name, chart number, problem)"


# ------------------------------------------------- 18. calendar invitation
def ics_invite(c):
    cl = c.clinic()
    admin = c.staff(cl, c.t("Coordonnatrice des rendez-vous", "Scheduling coordinator"))
    doc = c.doctor(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    p = c.holder() if c.rng.random() < 0.3 else c.patient(c.ch("qc", "en"))
    dx = dd(c, None, p)
    proc = V.proc_for_dx(c.rng, dx)
    d = c.when()
    start = (d + dt.timedelta(days=c.rng.randint(3, 20))).replace(tzinfo=None, hour=c.rng.randint(8, 15), minute=c.ch(0, 15, 30, 45), second=0)
    end = start + dt.timedelta(minutes=c.ch(30, 45, 60))
    summ = c.t(f"{p.surname}, {p.given} - {proc[0]}", f"{p.surname}, {p.given} - {proc[1]}")
    desc = c.t(f"{proc[0]} pour {V.diag(dx, 'fr')}. Pré-autorisation de l'assureur privé requise avant la date; "
               "facturer hors RAMQ si refus.",
               f"{proc[1]} for {V.diag(dx, 'en')}. Private insurer pre-authorization required beforehand; "
               "bill privately if declined.")
    ics = F.make_ics(f"{c.rng.getrandbits(64):016x}@{cl.domain}", summ, start, end, (admin.name, admin.addr),
                     [(doc.name, doc.addr), (agent.name, agent.addr)], desc, cl.name, stamp=d.replace(tzinfo=None))
    blocks = [c.t("Rendez-vous ajouté. Merci de faire la demande de pré-autorisation.",
                  "Appointment added. Please submit the pre-authorization request."), c.sig(admin)]
    subj = c.t(f"Invitation : {summ}", f"Invitation: {summ}") if c.rng.random() < 0.5 else \
        c.t("Invitation : rendez-vous à pré-autoriser", "Invitation: appointment to pre-authorize")
    att = Att("invite.ics", 'text/calendar; method=REQUEST', ics, charset="utf-8",
              cte=c.ch("base64", "quoted-printable", "8bit"))
    return mk(c, admin, [doc, agent], subj, blocks, atts=[att], date=d), ["patient_name", "diagnosis"], \
        "calendar invitation for a named patient's procedure and diagnosis"


# ------------------------------------------------------- 19. vCard
def vcard(c):
    cl = c.clinic()
    admin = c.staff(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    p = c.patient(c.ch("qc", "en"))
    tel = D.phone(c.rng)
    addr = D.home_address(c.rng)
    kind = c.rng.randint(0, 1)
    if kind == 0:
        s = c.rng.choice(["vc", "cur", "itin"])
        if s == "itin":
            addr = ""
        note = c.t(f"{'Patiente' if p.fem else 'Patient'} qui {V.social(s, 'fr', p.fem)}.", f"Patient {V.social(s, 'en', p.fem)}.")
        types = ["patient_name", "patient_contact", "social_information"]
    else:
        dx = dd(c, None, p)
        note = c.t(f"Suivi {V.diag(dx, 'fr')} - factures à cette adresse.", f"{V.diag(dx, 'en')} follow-up - invoices to this address.")
        types = ["patient_name", "patient_contact", "diagnosis"]
    vcf = F.make_vcf(p.given, p.surname, tel_home=tel, email=D.personal_email(c.rng, p), adr=addr, note=note,
                     bday=p.dob if c.rng.random() < 0.4 else None)
    if "BDAY" in vcf:
        types.append("date_of_birth")
    blocks = [c.hello(agent),
              c.t("Nouvelles coordonnées de facturation pour cette patiente, voir la fiche jointe." if p.fem else
                  "Nouvelles coordonnées de facturation pour ce patient, voir la fiche jointe.",
                  "Updated billing contact for this patient, see attached card."),
              c.sig(admin)]
    subj = c.t("Mise à jour coordonnées", "Contact update")
    att = Att(f"{safe_file(p.given)} {safe_file(p.surname)}.vcf", c.ch("text/vcard", "text/x-vcard"), vcf, charset="utf-8",
              cte=c.ch("base64", "quoted-printable", "8bit", None))
    return mk(c, admin, agent, subj, blocks, atts=[att]), types, "vCard of patient with home phone/address and care note"


# ------------------------------------------------- 20. on-call roster
def roster(c):
    hosp = c.hospital()
    doc = c.doctor(hosp)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    d = c.when()
    rows = []
    use_name = c.rng.random() < 0.8
    for _ in range(c.rng.randint(4, 7)):
        p = c.patient(c.ch("qc", "qc", "en"))
        dx = dd(c, None, p)
        fc = fee(c)
        rows.append([f"{c.rng.randint(2, 7)}{c.rng.randint(1, 40):02d}" + c.ch("", "-1", "-2", "A"),
                     (f"{p.surname} {p.given[0]}." if c.rng.random() < 0.5 else f"{p.surname.upper()}, {p.given}") if use_name else "",
                     D.make_mrn(c.rng), V.diag(dx, c.lang), fc[0]])
    hdr = [c.t("Lit", "Bed"), c.t("Nom", "Name"), c.t("Dossier", "MRN"), c.t("Problème", "Problem"), c.t("Code", "Code")]
    if not use_name:
        hdr = [hdr[0]] + hdr[2:]
        rows = [[r[0]] + r[2:] for r in rows]
    sat = d.date() - dt.timedelta(days=(d.weekday() + 2) % 7)
    blocks = [c.hello(agent),
              c.t(f"Voici mes patients de la garde du {sat.isoformat()} au lendemain, à facturer svp :",
                  f"Here are my on-call patients from {sat.isoformat()} over the weekend, to bill please:"),
              Table(hdr, rows),
              c.t("Pour le 3e, j'ai fait une consultation complète, pas juste une visite.",
                  "For the third one it was a full consult, not just a visit."),
              c.sig(doc)]
    subj = c.t(["Facturation garde fin de semaine", "Garde - à facturer", "Liste garde"],
               ["Weekend call billing", "On-call list to bill", "Call list"])
    types = ["mrn", "diagnosis"] + (["patient_name"] if use_name else [])
    return mk(c, doc, agent, subj, blocks, date=d), types, "physician's on-call billing roster: bed, name, chart no., problem"


# ------------------------------------------------- 21. exception drug
def drug_exception(c):
    cl = c.clinic()
    doc = c.doctor(cl)
    admin = c.staff(cl)
    nm, dom = c.ch(("Pharmacie Lemay et Lachance", "pharmalemay.example"), ("Pharmacie du Carrefour", "pharmacarrefour.example"),
                   ("Pharmacie St-Rédempteur", "pharmastred.example"))
    pharm_org = D.Org(nm, dom, D.phone(c.rng), "", "pharmacy")
    ph = c.staff(pharm_org, c.t("Pharmacienne", "Pharmacist"))
    ph.md = False
    h = c.holder()
    dx = V.diag_for(c.rng, h, ["crohn", "par", "psor", "sep", "vih", "vhc", "irc", "anem"])
    d = c.when()
    with_lab = bool(dx[5]) and c.rng.random() < 0.6
    if c.fr:
        blocks = [c.hello(admin),
                  f"La RAMQ a refusé le paiement du {V.med(dx, 'fr').split(' ')[0]} pour {pname(c, h)} (NAM {nam(c, h)}). "
                  f"Il s'agit d'un médicament d'exception : il faut une demande d'autorisation signée par "
                  f"{doc.title('fr')} avec l'indication ({V.diag(dx, 'fr')}).",
                  (f"Le dernier résultat au dossier ({V.lab(dx, 'fr')}) devrait suffire comme justification. " if with_lab else "")
                  + "Pouvez-vous la faxer d'ici vendredi? " + ("La patiente" if h.fem else "Le patient") + " n'a plus que 5 jours de traitement.",
                  c.bye(), c.sig(ph)]
    else:
        blocks = [c.hello(admin),
                  f"RAMQ declined payment of {V.med(dx, 'en').split(' ')[0]} for {pname(c, h)} (health card {nam(c, h)}). "
                  f"It's an exception drug, so we need an authorization request signed by {doc.title('en')} with the "
                  f"indication ({V.diag(dx, 'en')}).",
                  (f"The latest result on file ({V.lab(dx, 'en')}) should support it. " if with_lab else "")
                  + "Could you fax it by Friday? The patient has 5 days of supply left.",
                  c.bye(), c.sig(ph)]
    subj = c.t(["Médicament d'exception - autorisation requise", "Refus RAMQ - médicament", f"Autorisation {V.med(dx, 'fr').split(' ')[0]}"],
               ["Exception drug - authorization needed", "RAMQ drug claim declined", f"{V.med(dx, 'en').split(' ')[0]} authorization"])
    types = ["patient_name", "ramq_nam", "medication", "diagnosis"] + (["lab_result"] if with_lab else [])
    return mk(c, ph, [admin, doc] if c.rng.random() < 0.5 else admin, subj, blocks, date=d), types, \
        "pharmacist: exception-drug claim declined for named patient with NAM"


# ------------------------------------------------- 22. social situation
def social(c):
    cl = c.clinic()
    admin = c.staff(cl)
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    use_holder = c.rng.random() < 0.5
    p = c.holder() if use_holder else c.patient(c.ch("qc", "en"), age=(2, 85))
    key = c.rng.choice(["itin", "aide", "dpj", "vc", "cur", "asile", "det", "emploi"])
    if key == "dpj":
        p = c.patient(c.ch("qc", "en"), age=(3, 15)) if (not use_holder or (dt.date(2025, 1, 1) - p.dob).days > 17 * 365) else p
        use_holder = p.kind == "holder"
    if key == "vc" and not p.fem:
        key = "cur"
    d = c.when()
    nm = pname(c, p, c.ch("gs", "title", "sg_comma"))
    show_nam = use_holder and c.rng.random() < 0.7
    ident = (f" (NAM {nam(c, p)})" if show_nam else "")
    if c.fr:
        blocks = [c.hello(agent),
                  f"Petite note pour la facturation : {nm}{ident} {V.social(key, 'fr', p.fem)}.",
                  c.ch("Merci de bloquer l'envoi automatique des états de compte dans le logiciel.",
                       "Pouvez-vous annuler les frais de retard qui ont été ajoutés?",
                       "Il faudra facturer autrement pour la visite de mardi, je te laisse voir."),
                  c.bye(), c.sig(admin)]
    else:
        blocks = [c.hello(agent),
                  f"Quick billing note: {nm}{ident} {V.social(key, 'en', p.fem)}.",
                  c.ch("Please block automatic statements in the software.", "Can you reverse the late fees that were added?",
                       "Tuesday's visit will need to be billed differently, over to you."),
                  c.bye(), c.sig(admin)]
    subj = c.t(["Note facturation - situation particulière", "Ne pas envoyer d'état de compte", "Dossier à signaler"],
               ["Billing note - special situation", "Do not send statements", "Flag on account"])
    if c.rng.random() < 0.3:
        subj = c.t(f"{p.surname} - ne pas envoyer de relevé", f"{p.surname} - no statements please")
    types = ["patient_name", "social_information"] + (["ramq_nam"] if show_nam else [])
    return mk(c, admin, agent, subj, blocks, date=d), types, f"billing note revealing patient's social situation ({key})"


# --------------------------------------------------- 23. MRN / hospital
def mrn_hospital(c):
    hosp = c.hospital()
    a = c.staff(hosp, c.t("Archiviste médicale", "Health records technician"))
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    with_name = c.rng.random() < 0.35
    p = c.patient(c.ch("qc", "en"))
    dx = V.diag_for(c.rng, p, list(V.DX_PROC))
    proc = V.proc_for_dx(c.rng, dx)
    d = c.when()
    mrn = D.make_mrn(c.rng)
    lbl = c.ch("dossier", "no de dossier", "DH") if c.fr else c.ch("MRN", "chart", "chart no.")
    adm = c.earlier(d, 10, 50)
    if c.fr:
        blocks = [c.hello(agent),
                  f"Pour l'épisode {lbl} {mrn}" + (f" ({p.surname.upper()} {p.given})" if with_name else "")
                  + f", admission du {adm.isoformat()} : {proc[0]} pour {V.diag(dx, 'fr')}.",
                  "Le médecin n'a pas encore facturé l'acte; la feuille sommaire est complétée chez nous. "
                  "Le délai de 90 jours arrive bientôt.", c.bye(), c.sig(a)]
    else:
        blocks = [c.hello(agent),
                  f"Re the episode for {lbl} {mrn}" + (f" ({p.surname.upper()}, {p.given})" if with_name else "")
                  + f", admitted {adm.isoformat()}: {proc[1]} for {V.diag(dx, 'en')}.",
                  "The physician hasn't billed the procedure yet; the summary sheet is complete on our side. "
                  "The 90-day limit is coming up.", c.bye(), c.sig(a)]
    subj = c.t([f"Épisode {mrn} non facturé", "Acte non facturé - archives"], [f"Unbilled episode {mrn}", "Unbilled procedure - HIM"])
    types = ["mrn", "diagnosis"] + (["patient_name"] if with_name else [])
    return mk(c, a, agent, subj, blocks, date=d), types, "hospital records: chart number with procedure and diagnosis"


# --------------------------------------------------- 24. lab billing
def lab_billing(c):
    cl = c.clinic()
    nm, dom = c.ch(("Laboratoires Biomédic Nord", "biomedicnord.example"), ("Labo Santé-Plus", "labosanteplus.example"),
                   ("Clinilab Rive-Sud", "clinilabrs.example"))
    labo = D.Org(nm, dom, D.phone(c.rng), "", "lab")
    tech = c.staff(labo, c.t("Service à la clientèle", "Customer service"))
    admin = c.staff(cl)
    p = c.patient(c.ch("qc", "en"))
    dx = V.diag_for(c.rng, p, ["dm2", "fa", "hypot", "irc", "anem", "bip", "vih"])
    d = c.when()
    coll = c.earlier(d, 1, 20)
    amount = f"{c.rng.randint(25, 140)},00"
    if c.fr:
        blocks = [c.hello(admin),
                  f"Le prélèvement du {coll.isoformat()} pour {pname(c, p)} a été facturé {'à la patiente' if p.fem else 'au patient'} ({amount} $), car "
                  "l'analyse n'est pas couverte en laboratoire privé.",
                  f"Résultat transmis au médecin : {V.lab(dx, 'fr')}.",
                  ("La patiente conteste la facture; pouvez-vous confirmer si elle avait été avisée des frais?" if p.fem else "Le patient conteste la facture; pouvez-vous confirmer s'il avait été avisé des frais?"), c.bye(), c.sig(tech)]
    else:
        blocks = [c.hello(admin),
                  f"The {coll.isoformat()} sample for {pname(c, p)} was billed to the patient (${amount.replace(',', '.')}) "
                  "because the test is not covered in a private lab.",
                  f"Result sent to the physician: {V.lab(dx, 'en')}.",
                  ("The patient is disputing the bill; can you confirm she was told about the fee?" if p.fem else "The patient is disputing the bill; can you confirm he was told about the fee?"), c.bye(), c.sig(tech)]
    subj = c.t("Contestation de facture - laboratoire", "Lab invoice dispute")
    return mk(c, tech, admin, subj, blocks, date=d), ["patient_name", "lab_result"], \
        "private lab invoice dispute mentioning patient's lab result"


# --------------------------------------------------- 25. eligibility
def eligibility(c):
    cl = c.clinic()
    admin = c.staff(cl, c.t("Réceptionniste", "Receptionist"))
    agent = c.staff(c.agency(), c.t("Agente de facturation", "Billing agent"))
    hs = [c.holder() for _ in range(c.rng.randint(1, 3))]
    d = c.when()
    rows = [[pname(c, h, c.ch("sg_comma", "gs", "upper_sur")), nam(c, h), c.date(h.dob, c.ch("iso", "slash")),
             c.t(c.ch("carte expirée", "NAM non reconnu", "DDN ne concorde pas"),
                 c.ch("card expired", "HIN not recognized", "DOB mismatch"))] for h in hs]
    blocks = [c.hello(agent),
              c.t("La vérification d'admissibilité ne passe pas pour les personnes suivantes vues ce matin :",
                  "The eligibility check fails for the following people seen this morning:"),
              Table([c.t("Nom", "Name"), c.t("NAM", "HIN"), c.t("DDN", "DOB"), c.t("Résultat", "Result")], rows),
              c.t("Est-ce un problème du côté de la RAMQ ou du logiciel?", "Is this a RAMQ-side or a software issue?"),
              c.bye(), c.sig(admin)]
    subj = c.t("Vérification d'admissibilité - erreurs", "Eligibility check errors")
    return mk(c, admin, agent, subj, blocks, date=d), ["patient_name", "ramq_nam", "date_of_birth"], \
        "eligibility check failures listing names, NAMs and birth dates of people seen at clinic"
