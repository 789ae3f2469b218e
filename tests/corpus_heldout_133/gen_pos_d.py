"""Positive templates, part D: billing under the mother's card, income support, Ontario follow-up,
medical repatriation abroad."""
import datetime as dt

import gen_attach as A
import gen_clin as K
import gen_common as C
from gen_mime import Att
from gen_pos_a import PDF, XLSX, mk, safe


def t_billing_list(c):
    clerk = c.staff("unit clerk")
    rows = [c.L(["Bébé", "DDN", "Dossier", "Motif d'admission", "Mère", "DDN mère", "Sexe", "NAM mère"],
                ["Baby", "DOB", "MRN", "Admission reason", "Mother", "Mother DOB", "Sex", "Mother RAMQ"])]
    for k in range(c.rng.randint(2, 4)):
        inf = c.infant()
        h, nam = c.nam_holder("mother", style=c.pick(["plain", "space", "dash", "fw", "dot"]))
        rows.append([c.iname(inf, c.pick([0, 1, 2])), c.dob(inf.dob, 0), c.mrn(inf), c.dx(1)[0],
                     f"{h.surname.upper()}, {h.given}", h.dob.isoformat(), h.sex, nam])
    body = c.L("Bonjour,\n\nVoici les nouveau-nés toujours sans carte d'assurance maladie; les services sont facturés sous le NAM de la mère "
               "en attendant. Merci de mettre à jour dès réception des cartes.\n\n",
               "Hello,\n\nHere are the newborns still without a health card; services are billed under the mother's RAMQ number "
               "in the meantime. Please update when the cards arrive.\n\n") + c.sig(clerk)
    subj = c.L("Facturation — bébés sans carte RAMQ", "Billing - babies without RAMQ card")
    k = c.rng.randrange(3)
    if k == 0:
        att = Att(c.L("bébés_sans_carte.xlsx", "babies_no_card.xlsx"), XLSX, A.make_xlsx([(c.L("Sans carte", "No card"), rows)], title="facturation"))
    elif k == 1:
        att = Att(c.L("bébés_sans_carte.csv", "babies_no_card.csv"), "text/csv", A.make_csv(rows, delimiter=";" if c.fr else ","),
                  charset=c.pick(["utf-8", "windows-1252"]))
    else:
        att = Att(c.L("facturation_sous_carte_mère.pdf", "billing_under_mother_card.pdf"), PDF,
                  A.make_pdf(c.L("Nouveau-nés sans carte", "Newborns without card"), [("table", rows)], author=clerk.full))
    return mk(c, "billing", "newborns billed under mothers' RAMQ numbers", c.who(clerk),
              [("Archives et facturation", f"facturation@{C.DOM}")], subj, body, atts=[att])


def t_income_support(c):
    sw = c.staff("social worker")
    inf = c.infant(named=c.chance(0.6))
    sin = C.new_sin(c.rng)
    sin_s = c.rec.ident("ca_sin", sin, C.fmt_sin(sin, c.pick(["plain", "space", "dash", "fw"])))
    c.social()
    use_h = c.chance(0.5)
    if use_h:
        h, nam = c.nam_holder("mother")
        who = c.L(f"{h.given} {h.surname} (née le {c.hdob(h)}, {c.hsex(h)}, NAM {nam})", f"{h.given} {h.surname} (DOB {c.hdob(h)}, {c.hsex(h)}, RAMQ {nam})")
        mother_sur = h.surname
    else:
        mother_sur = inf.surname
        who = c.pname(inf.surname, inf.mother_given, style=c.pick([0, 1, 2, 6]))
    c.rec.name(inf.surname)
    addr = c.contact_addr()
    dx = c.dx(1)[0]
    body = c.L(f"Bonjour,\n\nDemande d'aide financière d'urgence pour {who}, NAS {sin_s}, domiciliée au {addr}.\n"
               f"Son bébé ({inf.label('fr', 0)}) est hospitalisé à l'USIN depuis {c.rng.randint(3, 9)} semaines ({dx}). "
               f"Madame a perdu son emploi, le conjoint a quitté le domicile et le loyer de ce mois n'est pas payé. "
               "Elle fait l'aller-retour quotidiennement pour tirer son lait.\n\nMerci de traiter en priorité.\n\n",
               f"Hello,\n\nEmergency financial assistance request for {who}, SIN {sin_s}, living at {addr}.\n"
               f"Her baby ({inf.label('en', 0)}) has been in the NICU for {c.rng.randint(3, 9)} weeks ({dx}). "
               "She lost her job, her partner has left, and this month's rent is unpaid. She travels daily to pump milk.\n\n"
               "Please treat as a priority.\n\n") + c.sig(sw)
    return mk(c, "social", "emergency income support request with SIN and address", c.who(sw),
              [("Bureau d'aide financière", "urgence@aide-financiere-region.example")],
              c.pick([c.L("Demande d'aide d'urgence", "Emergency assistance request"), c.L(f"Aide d'urgence — {mother_sur}", f"Emergency aid - {mother_sur}")]), body)


def t_ontario_followup(c):
    clerk = c.staff("unit clerk")
    inf = c.infant(named=True, dob=c.day(-c.rng.randint(150, 500)))
    lbl = c.iname(inf, c.pick([0, 1, 6]))
    born = c.dob(inf.dob)
    hn = C.new_ohip(c.rng)
    hs = c.rec.ident("ca_health_number", hn, C.fmt_ohip(hn, c.pick(["plain", "space", "dash", "fw"]), c.pick(["", "ZQ", "MT"])))
    dx = c.dx(1, [x for x in K.DX if any(w in x[0] for w in ("DBP", "HIV", "EHI", "leucomalacie", "CMV"))])[0]
    start = dt.datetime.combine(c.day(c.rng.randint(10, 40)), dt.time(c.rng.choice([9, 10, 13]), 0))
    ics = A.make_ics(f"ont-{c.i:04d}@{C.DOM}", start, 90, c.L(f"Suivi néonatal — {inf.given} {inf.surname}", f"Neonatal follow-up - {inf.given} {inf.surname}"),
                     c.L("Clinique de suivi néonatal, aile C", "Neonatal Follow-up Clinic, C wing"), dx, (clerk.full, clerk.email()))
    body = c.L(f"Bonjour,\n\nPour la facturation interprovinciale du rendez-vous de suivi :\n\n{lbl}, né(e) le {born}\nCarte santé de l'Ontario : {hs}\n"
               f"Motif : suivi de {dx}\nRendez-vous : {c.dstr(start.date(), 2)} à {start:%H:%M}\n\n",
               f"Hello,\n\nFor interprovincial billing of the follow-up visit:\n\n{lbl}, born {born}\nOntario health card: {hs}\n"
               f"Reason: follow-up of {dx}\nAppointment: {c.dstr(start.date(), 2)} at {start:%H:%M}\n\n") + c.sig(clerk)
    return mk(c, "followup", "follow-up visit for Ontario child with health card number", c.who(clerk),
              [("Facturation interprovinciale", f"interprov@{C.DOM}")], c.L("Facturation hors Québec — suivi néonatal", "Out-of-province billing - follow-up"), body,
              atts=[Att(c.L("rendez-vous.ics", "appointment.ics"), "text/calendar", ics, charset="utf-8")])


def t_repatriation(c):
    neo = c.staff("neonatologist")
    inf = c.infant()
    lbl = c.iname(inf, c.pick([0, 1, 2]))
    born = c.dob(inf.dob)
    dx = c.dx(2)
    med = c.med(1, K.HOME_MEDS)[0]
    belgian = c.chance(0.5)
    sex = c.pick("FM")
    pdob = dt.date(c.rng.randint(1983, 1999), c.rng.randint(1, 12), c.rng.randint(1, 28))
    pg = inf.mother_given if sex == "F" else inf.father_given
    par = c.pname(inf.surname, pg, style=c.pick([0, 1, 2]), title=False)
    if belgian:
        n = C.new_niss(c.rng, pdob, sex)
        ident = c.rec.ident("be_niss", n, C.fmt_niss(n, c.pick(["std", "plain", "space", "dash"])))
        label, dest, dom = "NISS", c.L("CHU de la Meuse (Belgique)", "CHU de la Meuse (Belgium)"), C.EXT["belgium"]
    else:
        n = C.new_nir(c.rng, pdob, sex)
        ident = c.rec.ident("fr_nir", n, C.fmt_nir(n, c.pick(["plain", "space", "dot", "key"])))
        label, dest, dom = "NIR", c.L("CHU du Val-de-Loire (France)", "CHU du Val-de-Loire (France)"), C.EXT["france"]
    blocks = [c.L(f"Patient : {lbl}, né(e) le {born}, AG {c.ga_str(inf)}", f"Patient: {lbl}, born {born}, GA {c.ga_str(inf)}"),
              c.L(f"Assuré(e) : {par} — {label} {ident}", f"Insured parent: {par} - {label} {ident}"),
              ("h", c.L("Diagnostics", "Diagnoses")), "; ".join(dx),
              ("h", c.L("Traitement en cours", "Current treatment")), med,
              c.L(f"Apte au transport aérien en incubateur, accompagnement médical requis. Destination : {dest}.",
                  f"Fit for air transport in incubator, medical escort required. Destination: {dest}.")]
    data = A.make_pdf(c.L("Rapport médical — rapatriement", "Medical report - repatriation"), blocks, author=neo.full)
    fn = c.pick([c.L(f"rapport_médical_{inf.surname}.pdf", f"medical_report_{inf.surname}.pdf"), c.L("rapport_rapatriement.pdf", "repatriation_report.pdf")])
    body = c.L("Bonjour,\n\nSuite à votre demande, voici le rapport médical pour l'organisation du rapatriement sanitaire. "
               "Notre équipe est disponible pour un échange médecin à médecin.\n\n",
               "Hello,\n\nFurther to your request, here is the medical report for organising the medical repatriation. "
               "Our team is available for a doctor-to-doctor call.\n\n") + c.sig(neo)
    return mk(c, "transfer", "medical repatriation report with foreign social security number", c.who(neo),
              [("Assistance médicale — plateau", f"plateau@assistance-{'be' if belgian else 'fr'}.example"), ("", f"neonat@{dom}")],
              c.L("Rapatriement sanitaire — rapport médical", "Medical repatriation - report"), body, atts=[Att(fn, PDF, data)])


TEMPLATES = [t_billing_list, t_income_support, t_ontario_followup, t_repatriation]
