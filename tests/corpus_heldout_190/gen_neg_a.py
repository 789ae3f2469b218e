"""Negative messages, part A: staff matters (HR, payroll, leave, occupational
health, schedules, job postings, candidates, education, staff life events)."""
import datetime

from stdnum import luhn

import gen_common as C
import gen_docs as D
from gen_mime import Mail
from gen_pos_a import close, greet, sig, who


def nk(ctx, category, note, sender, to, subject, text=None, **kw):
    assert not ctx.types, ctx.types
    return Mail(ctx.lang, category, note, sender, to, subject, text=text, types=[], date=ctx.date,
                records={}, flags=ctx.flags, **kw)


def luhn_serial(rng, n):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def mod97_serial(rng):
    body = "".join(str(rng.randint(0, 9)) for _ in range(9))
    return body + f"{97 - int(body) % 97:02d}"


def hr_sender(ctx):
    p = ctx.staff("usin", doctor=False)
    p.role = ctx.L("conseillère en gestion des ressources humaines", "Human Resources Advisor")
    p.title = None
    p.email = f"rh.{C.strip_accents(p.surname).lower()}@{C.DOM}"
    return p


# ---------------------------------------------------------------------------
def n_leave(ctx, env):
    r = ctx.rng
    hr = hr_sender(ctx)
    emp = ctx.staff(r.choice(["usin", "sip"]), doctor=False)
    start = ctx.day(r.randint(10, 60))
    end = start + datetime.timedelta(weeks=r.choice([2, 3, 52, 18]))
    kind = r.randint(0, 2)
    if kind == 0:
        body = ctx.L(f"Votre demande de vacances du {C.fmt_date(r, start, 'fr', False)} au {C.fmt_date(r, end, 'fr', False)} est approuvée. "
                     f"Le remplacement sera assuré par l'équipe volante.",
                     f"Your vacation request from {C.fmt_date(r, start, 'en', False)} to {C.fmt_date(r, end, 'en', False)} is approved. "
                     f"Coverage will be provided by the float team.")
    elif kind == 1:
        body = ctx.L(f"Nous avons bien reçu votre avis de congé de maternité. Date prévue de l'accouchement : "
                     f"{C.fmt_date(r, start, 'fr')}. Votre retrait préventif débute le {C.fmt_date(r, ctx.day(3), 'fr', False)}; "
                     f"les formulaires du régime d'assurance parentale sont joints à votre dossier d'employée.",
                     f"We have received your maternity leave notice. Expected due date: {C.fmt_date(r, start, 'en')}. "
                     f"Your preventive withdrawal starts {C.fmt_date(r, ctx.day(3), 'en', False)}; the parental insurance "
                     f"forms have been added to your employee file.")
    else:
        body = ctx.L(f"Votre congé sans solde (études) est accordé du {C.fmt_date(r, start, 'fr', False)} au "
                     f"{C.fmt_date(r, end, 'fr', False)}. Votre ancienneté continue de s'accumuler.",
                     f"Your unpaid educational leave is granted from {C.fmt_date(r, start, 'en', False)} to "
                     f"{C.fmt_date(r, end, 'en', False)}. Your seniority continues to accrue.")
    text = "\n".join([ctx.L(f"Bonjour {emp.given},", f"Hi {emp.given},"), "", body, "",
                      ctx.L(f"Numéro d'employé : {r.randint(100000, 999999)}", f"Employee no.: {r.randint(100000, 999999)}"),
                      "", close(ctx), sig(ctx, hr)])
    subj = r.choice(ctx.L(["Approbation de congé", "Votre demande de congé", "Congé – confirmation"],
                          ["Leave approved", "Your leave request", "Leave - confirmation"]))
    return nk(ctx, "hr", ctx.L("approbation de congé d'employé", "staff leave approval"), who(hr), [who(emp)], subj, text)


def n_payroll(ctx, env):
    r = ctx.rng
    pay = ctx.staff("usin", doctor=False)
    pay.role = ctx.L("technicienne en paie", "Payroll Technician")
    pay.title = None
    emp = ctx.staff(r.choice(["usin", "sip"]), doctor=False)
    masked = f"*** *** {r.randint(100, 999)}"
    rows = [[ctx.L("Code", "Code"), ctx.L("Description", "Description"), ctx.L("Heures", "Hours"), ctx.L("Montant", "Amount")],
            ["077", ctx.L("Prime soins critiques", "Critical care premium"), 72, round(72 * 2.18, 2)],
            ["012", ctx.L("Temps supplémentaire 1,5", "Overtime x1.5"), r.randint(4, 16), round(r.uniform(200, 900), 2)],
            ["031", ctx.L("Prime de soir", "Evening premium"), r.randint(16, 40), round(r.uniform(40, 120), 2)]]
    atts = []
    if r.random() < 0.5:
        atts.append(D.Attachment(ctx.L("releve_paie_correction.xlsx", "pay_correction.xlsx"), D.CT_XLSX,
                                 D.make_xlsx([("paie", rows)])))
        tbl = []
    else:
        tbl = [" | ".join(str(c) for c in row) for row in rows]
    text = "\n".join([ctx.L(f"Bonjour {emp.given},", f"Hello {emp.given},"), "",
                      ctx.L(f"Suite à votre demande, la prime de soins critiques manquante sur la paie du {C.fmt_date(r, ctx.day(-4), 'fr', False)} "
                            f"sera versée sur la prochaine paie. NAS au dossier : {masked}.",
                            f"Following your request, the missing critical care premium on the {C.fmt_date(r, ctx.day(-4), 'en', False)} "
                            f"pay will be paid on the next cheque. SIN on file: {masked}."), ""] + tbl +
                     ["", close(ctx), sig(ctx, pay)])
    subj = ctx.L("Correction de paie – prime", "Pay correction - premium")
    return nk(ctx, "payroll", ctx.L("correction de paie", "payroll correction"), who(pay), [who(emp)], subj, text, attachments=atts)


def n_occhealth(ctx, env):
    r = ctx.rng
    sst = ctx.staff("usin", doctor=False)
    sst.role = ctx.L("infirmière, santé et sécurité au travail", "Occupational Health Nurse")
    sst.title = None
    emp = ctx.staff(r.choice(["usin", "sip"]), doctor=False)
    kind = r.randint(0, 2)
    if kind == 0:
        body = ctx.L(f"Votre test cutané à la tuberculine (embauche) est négatif (0 mm). Aucun suivi requis. "
                     f"Votre rappel dcaT est à jour.",
                     f"Your pre-employment tuberculin skin test is negative (0 mm). No follow-up needed. Your Tdap booster is up to date.")
    elif kind == 1:
        body = ctx.L(f"Suite à votre exposition accidentelle (piqûre d'aiguille) du {C.fmt_date(r, ctx.day(-3), 'fr', False)}, "
                     f"vos sérologies de base sont négatives. Prochain contrôle à 6 semaines, au bureau de santé du personnel.",
                     f"Following your needlestick exposure on {C.fmt_date(r, ctx.day(-3), 'en', False)}, your baseline serologies "
                     f"are negative. Next check at 6 weeks at Employee Health.")
    else:
        body = ctx.L("Votre retour progressif est autorisé : 3 quarts de 8 h par semaine pendant 2 semaines, sans soulever plus de 10 kg "
                     "(suite à votre entorse lombaire).",
                     "Your gradual return is authorised: three 8-hour shifts a week for 2 weeks, no lifting over 10 kg "
                     "(following your lumbar strain).")
    text = "\n".join([ctx.L(f"Bonjour {emp.given},", f"Dear {emp.given},"), "", body, "", close(ctx), sig(ctx, sst)])
    return nk(ctx, "occhealth", ctx.L("santé au travail d'un employé", "employee occupational health"), who(sst), [who(emp)],
              ctx.L("Santé et sécurité au travail – suivi", "Employee Health - follow-up"), text)


def n_schedule(ctx, env):
    r = ctx.rng
    unit = r.choice(["usin", "sip"])
    chef = ctx.staff(unit, doctor=False)
    chef.role = ctx.L("chef de service, " + ("USIN" if unit == "usin" else "SIP"), ("NICU" if unit == "usin" else "PICU") + " Nurse Manager")
    chef.title = None
    rows = [[ctx.L("Employé(e)", "Staff"), ctx.L("Titre", "Title")] + [(ctx.day(7 + i)).strftime("%d/%m") for i in range(7)]]
    for i in range(r.randint(8, 14)):
        s = ctx.staff(unit, doctor=False)
        rows.append([f"{s.surname}, {s.given}", r.choice(["Inf.", "Inf. aux.", "Inh.", "PAB"])] +
                    [r.choice(["J", "S", "N", "-", "-", "J8", "C"]) for _ in range(7)])
    data = D.make_xlsx([(ctx.L("Horaire", "Schedule"), rows)], title="horaire")
    text = "\n".join([greet(ctx), "", ctx.L("Voici l'horaire de la semaine du {}, période 7. Les échanges doivent être approuvés d'ici vendredi.".format(rows[0][2]),
                                             "Here is the schedule for the week of {}, period 7. Swaps must be approved by Friday.".format(rows[0][2])),
                      ctx.L("Légende : J = jour, S = soir, N = nuit, C = congé férié.", "Legend: J = day, S = evening, N = night, C = stat holiday."),
                      "", sig(ctx, chef, unit)])
    return nk(ctx, "schedule", ctx.L("horaire du personnel", "staff schedule"), who(chef),
              [(ctx.L("Personnel infirmier", "Nursing staff"), f"inf.{unit}@{C.DOM}")],
              ctx.L("Horaire – période 7", "Schedule - period 7"), text,
              attachments=[D.Attachment(ctx.L("horaire_période7.xlsx", "schedule_period7.xlsx"), D.CT_XLSX, data, rfc2231=True)])


def n_oncall(ctx, env):
    r = ctx.rng
    unit = r.choice(["usin", "sip"])
    sec = ctx.staff(unit, doctor=False)
    sec.role = ctx.L("adjointe administrative, néonatalogie", "Administrative Assistant, Neonatology")
    sec.title = None
    lines = [greet(ctx), "", ctx.L("Garde des néonatalogistes / intensivistes – semaine prochaine :",
                                   "Attending call schedule - next week:"), ""]
    for i in range(7):
        d = ctx.day(7 + i - ctx.day().weekday())
        doc = ctx.staff(unit, doctor=True)
        lines.append(f"{C.short_day(d, ctx.lang)} : {doc.title} {doc.full} – {ctx.L('téléavertisseur', 'pager')} 555-01{r.randint(10, 99)}")
    lines += ["", ctx.L("Rappel : la Dre de garde couvre aussi le transport néonatal.",
                        "Reminder: the attending on call also covers neonatal transport."), "", sig(ctx, sec, unit)]
    return nk(ctx, "schedule", ctx.L("horaire de garde des médecins", "physician call schedule"), who(sec),
              [(None, f"medecins.{unit}@{C.DOM}")], ctx.L("Horaire de garde", "Call schedule"), "\n".join(lines))


def n_posting(ctx, env):
    r = ctx.rng
    hr = hr_sender(ctx)
    unit = r.choice(["usin", "sip"])
    num = f"{r.randint(2024, 2025)}-{r.randint(100, 999)}"
    title = r.choice(ctx.L(["Infirmière clinicienne / infirmier clinicien", "Inhalothérapeute", "Infirmière praticienne spécialisée en néonatalogie",
                            "Préposé(e) aux bénéficiaires"],
                           ["Clinical Nurse", "Respiratory Therapist", "Neonatal Nurse Practitioner", "Patient Care Attendant"]))
    body = ctx.L(
        f"AFFICHAGE INTERNE n° {num}\n\nTitre : {title}\nService : {C.UNITS_FR[unit]}\nStatut : temps complet permanent, rotation jour/nuit\n"
        f"Exigences : diplôme et permis d'exercice de l'ordre professionnel, PRN à jour, expérience en soins critiques un atout.\n"
        f"Période d'affichage : du {C.fmt_date(r, ctx.day(), 'fr', False)} au {C.fmt_date(r, ctx.day(14), 'fr', False)}\n\n"
        f"Pour information : {hr.full}, {C.ORG_PHONE} poste {r.randint(2000, 2999)}",
        f"INTERNAL POSTING #{num}\n\nTitle: {title}\nUnit: {C.UNITS_EN[unit]}\nStatus: full-time permanent, day/night rotation\n"
        f"Requirements: relevant degree and current licence, current NRP, critical care experience an asset.\n"
        f"Posting period: {C.fmt_date(r, ctx.day(), 'en', False)} to {C.fmt_date(r, ctx.day(14), 'en', False)}\n\n"
        f"Information: {hr.full}, {C.ORG_PHONE} ext. {r.randint(2000, 2999)}")
    return nk(ctx, "posting", ctx.L("affichage de poste", "job posting"), who(hr),
              [(ctx.L("Tout le personnel", "All staff"), f"tous@{C.DOM}")], ctx.L(f"Affichage {num} – {title}", f"Posting {num} - {title}"),
              body)


def n_candidate(ctx, env):
    r = ctx.rng
    hr = hr_sender(ctx)
    mgr = ctx.staff("usin", doctor=False)
    cand = ctx.staff("usin", doctor=False)
    street, city = ctx.pools.address()
    cv = [f"{cand.full}", f"{street}, {city}", f"{ctx.pools.phone()} – {C.strip_accents(cand.given).lower()}.{C.strip_accents(cand.surname).lower()}@courriel.example",
          "", ctx.L("EXPÉRIENCE", "EXPERIENCE"),
          ctx.L("2019-2024 : Infirmière, soins intensifs néonatals, Hôpital régional de Lac-Brûlé",
                "2019-2024: Staff nurse, NICU, Lac-Brûlé Regional Hospital"),
          ctx.L("2017-2019 : Infirmière, pédiatrie générale", "2017-2019: Staff nurse, general paediatrics"),
          "", ctx.L("FORMATION", "EDUCATION"), ctx.L("BAC en sciences infirmières (2017)", "BScN (2017)"),
          ctx.L("PRN, PALS, S.T.A.B.L.E. à jour", "NRP, PALS, S.T.A.B.L.E. current")]
    fmt = r.choice(["pdf", "docx"])
    fname = f"CV_{C.strip_accents(cand.surname)}_{C.strip_accents(cand.given)}.{fmt}"
    data = D.make_pdf("Curriculum vitae", cv) if fmt == "pdf" else D.make_docx("Curriculum vitae", cv)
    text = "\n".join([ctx.L(f"Bonjour {mgr.given},", f"Hi {mgr.given},"), "",
                      ctx.L(f"Voici la candidature de {cand.full} pour le poste affiché à l'USIN. Entrevue proposée le "
                            f"{C.short_day(ctx.day(5), 'fr')} à 13 h 30. Ses références ont été vérifiées.",
                            f"Here is {cand.full}'s application for the NICU posting. Proposed interview "
                            f"{C.short_day(ctx.day(5), 'en')} at 1:30 pm. References checked."),
                      "", close(ctx), sig(ctx, hr)])
    return nk(ctx, "hr", ctx.L("candidature à un poste", "job candidate"), who(hr), [who(mgr)],
              ctx.L("Candidature – poste USIN", "Application - NICU position"), text,
              attachments=[D.Attachment(fname, "application/pdf" if fmt == "pdf" else D.CT_DOCX, data)])


def n_education(ctx, env):
    r = ctx.rng
    edu = ctx.staff("usin", doctor=False)
    edu.role = ctx.L("conseillère en soins infirmiers, formation", "Clinical Nurse Educator")
    edu.title = None
    sim = luhn_serial(r, 10)
    d = ctx.day(r.randint(7, 30))
    body = ctx.L(
        f"Les prochaines sessions de formation PRN (réanimation néonatale) auront lieu le {C.fmt_date(r, d, 'fr')} "
        f"au centre de simulation (local B-412). Le mannequin néonatal haute-fidélité (n° de série {sim}) est revenu de réparation.\n\n"
        f"Scénarios : aspiration méconiale, pneumothorax sous tension, hypoglycémie réfractaire.\n"
        f"Inscription avant le {C.fmt_date(r, d - datetime.timedelta(days=5), 'fr', False)}. Places limitées à 12.",
        f"The next NRP (neonatal resuscitation) sessions will run on {C.fmt_date(r, d, 'en')} in the simulation centre "
        f"(room B-412). The high-fidelity neonatal manikin (serial no. {sim}) is back from repair.\n\n"
        f"Scenarios: meconium aspiration, tension pneumothorax, refractory hypoglycaemia.\n"
        f"Register by {C.fmt_date(r, d - datetime.timedelta(days=5), 'en', False)}. Limited to 12 places.")
    atts = []
    if r.random() < 0.5:
        uid = f"{r.getrandbits(64):016x}@{C.DOM}"
        start = datetime.datetime.combine(d, datetime.time(8, 30))
        atts.append(D.Attachment("PRN.ics", "text/calendar",
                                 D.make_ics(uid, start, start + datetime.timedelta(hours=4), ctx.L("Formation PRN", "NRP course"),
                                            ctx.L("Salle de simulation B-412", "Simulation room B-412"), "B-412", (edu.full, edu.email))))
    text = "\n".join([greet(ctx), "", body, "", sig(ctx, edu)])
    return nk(ctx, "education", ctx.L("formation du personnel", "staff training"), who(edu),
              [(None, f"inf.usin@{C.DOM}")], ctx.L("Formation PRN – inscription", "NRP course - registration"), text, attachments=atts)


def n_baby_announce(ctx, env):
    r = ctx.rng
    chef = ctx.staff("usin", doctor=False)
    col = ctx.staff("usin", doctor=False)
    kid, ks = ctx.pools.kid_given()
    d = ctx.day(-r.randint(1, 5))
    w = round(r.uniform(2.9, 4.1), 2)
    body = ctx.L(
        f"Bonne nouvelle ! Notre collègue {col.given} {col.surname} a donné naissance à {kid}, né{'e' if ks == 'F' else ''} le "
        f"{C.fmt_date(r, d, 'fr')} à {r.randint(0, 23)} h {r.randint(10, 59)}, {str(w).replace('.', ',')} kg. "
        f"Maman et bébé se portent très bien.\n\nUne carte circule au poste des infirmières jusqu'à vendredi.",
        f"Great news! Our colleague {col.given} {col.surname} gave birth to {kid}, born {C.fmt_date(r, d, 'en')} at "
        f"{r.randint(0, 23)}:{r.randint(10, 59)}, {w} kg. Mum and baby are doing great.\n\nA card is at the nursing station until Friday.")
    if r.random() < 0.5:
        bd = datetime.date(r.randint(1970, 1995), r.randint(1, 12), r.randint(1, 28))
        other = ctx.staff("usin", doctor=False)
        body += ctx.L(f"\n\nEt joyeux anniversaire à {other.given} (née le {bd.day} {C.MOIS[bd.month - 1]}) !",
                      f"\n\nAnd happy birthday to {other.given} (born {C.MONTHS[bd.month - 1]} {bd.day})!")
    text = "\n".join([greet(ctx), "", body, "", chef.given])
    return nk(ctx, "social_staff", ctx.L("annonce de naissance d'un bébé de collègue", "colleague's baby announcement"), who(chef),
              [(ctx.L("Équipe USIN", "NICU team"), f"equipe.usin@{C.DOM}")],
              ctx.L("Bienvenue bébé !", "Welcome baby!"), text)


def n_benefits(ctx, env):
    r = ctx.rng
    hr = hr_sender(ctx)
    emp = ctx.staff("sip", doctor=False)
    bd = datetime.date(r.randint(1968, 1998), r.randint(1, 12), r.randint(1, 28))
    rows = [
        ctx.L(f"Employé(e) : {emp.surname.upper()}, {emp.given}", f"Employee: {emp.surname.upper()}, {emp.given}"),
        ctx.L(f"Date de naissance : {C.fmt_date(r, bd, 'fr')}", f"Date of birth: {C.fmt_date(r, bd, 'en')}"),
        ctx.L(f"Matricule : {r.randint(100000, 999999)}", f"Employee ID: {r.randint(100000, 999999)}"),
        ctx.L("Régime choisi : familial, module B (soins dentaires inclus)", "Plan selected: family, module B (dental included)"),
        ctx.L("Personne à charge : conjoint(e) + 2 enfants", "Dependants: spouse + 2 children"),
    ]
    text = "\n".join([ctx.L(f"Bonjour {emp.given},", f"Hi {emp.given},"), "",
                      ctx.L("Voici la confirmation de votre adhésion à l'assurance collective :", "Here is your group insurance enrolment confirmation:"),
                      ""] + rows + ["", ctx.L("Prise d'effet : premier jour de la prochaine période de paie.", "Effective: first day of the next pay period."),
                                    "", close(ctx), sig(ctx, hr)])
    return nk(ctx, "hr", ctx.L("adhésion assurance collective d'employé", "employee benefits enrolment"), who(hr), [who(emp)],
              ctx.L("Assurance collective – confirmation", "Group insurance - confirmation"), text)


def n_staff_sick(ctx, env):
    """Manager note about an absent colleague (staff health, not a patient)."""
    r = ctx.rng
    chef = ctx.staff("sip", doctor=False)
    col = ctx.staff("sip", doctor=False)
    reason = r.choice(ctx.L(["une gastro", "une pneumonie", "une fracture du poignet", "une chirurgie d'un jour"],
                            ["gastro", "pneumonia", "a wrist fracture", "day surgery"]))
    text = "\n".join([greet(ctx), "",
                      ctx.L(f"{col.given} sera absente jusqu'à lundi ({reason}). Ses quarts de nuit de jeudi et vendredi sont à combler; "
                            f"priorité aux temps partiels. Écrivez-moi ou appelez au poste {r.randint(4000, 4999)}.",
                            f"{col.given} is off until Monday ({reason}). Her Thursday and Friday night shifts need cover; "
                            f"part-timers first. E-mail me or call ext. {r.randint(4000, 4999)}."),
                      "", close(ctx), sig(ctx, chef, "sip")])
    return nk(ctx, "schedule", ctx.L("quarts à combler, absence d'une collègue", "shifts to cover, colleague off sick"), who(chef),
              [(None, f"inf.sip@{C.DOM}")], ctx.L("Quarts à combler", "Shifts to cover"), text)


NEG_A = [
    (n_leave, 7), (n_payroll, 6), (n_occhealth, 6), (n_schedule, 6), (n_oncall, 6), (n_posting, 6), (n_candidate, 6),
    (n_education, 6), (n_baby_announce, 6), (n_benefits, 5), (n_staff_sick, 5),
]
