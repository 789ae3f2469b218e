"""Negative templates, part A: staff, HR, payroll, occupational health, newsletters, postings, committees."""
import datetime as dt

import gen_attach as A
import gen_common as C
from gen_clin import earlier, quoted_reply
from gen_mime import Att
from gen_pos_a import DOCX, PDF, XLSX, mk

EXTRA_SURNAMES = ["Ackerman", "Bélisle", "Castonguay", "Deschênes", "Ferland", "Giroux", "Hamelin", "Lamarre",
                  "Michaud", "Ouimet", "Provencher", "Richer", "Saucier", "Thibodeau", "Vallée", "Zhang", "Osei",
                  "Fischer", "Romano", "Lindgren", "Asante", "Kapoor", "Brassard", "Dion"]
for _s in EXTRA_SURNAMES:
    assert C._fold(_s) not in {C._fold(x) for x in C.HOLDER_SURNAMES + C.PAT_SURNAMES + C.STAFF_SURNAMES}, _s


def other_person(c, female=None):
    f = c.chance(0.65) if female is None else female
    return c.pick(C.STAFF_GIVEN_F if f else C.STAFF_GIVEN_M), c.pick(EXTRA_SURNAMES)


def luhn_serial(c, n=10, prefix=""):
    from stdnum import luhn
    base = prefix + "".join(str(c.rng.randrange(10)) for _ in range(n - 1 - len(prefix)))
    return base + luhn.calc_check_digit(base)


def all_staff(c):
    return ("USIN — tout le personnel", f"usin-tous@{C.DOM}") if c.fr else ("NICU - all staff", f"nicu-all@{C.DOM}")


def n_schedule(c):
    mgr = c.staff("nurse manager")
    start = c.day(14 - c.date.weekday())
    days = [start + dt.timedelta(days=k) for k in range(14)]
    head = [c.L("Employé(e)", "Employee"), c.L("Titre", "Title")] + [f"{d:%d/%m}" for d in days]
    rows = [head]
    people = sorted({(s.full, s.role(c.lang)) for s in C.STAFF if s.role_en in ("nurse manager", "assistant nurse manager",
                                                                                     "respiratory therapist", "lactation consultant",
                                                                                     "neonatal nurse practitioner")})
    for full, role in people:
        rows.append([full, role] + [c.pick(["J", "J", "S", "N", "—", "—", "C" if c.fr else "V"]) for _ in days])
    data = A.make_xlsx([(c.L("Horaire", "Schedule"), rows), (c.L("Légende", "Legend"),
                        [["J", c.L("jour 7h-15h", "day 07-15")], ["S", c.L("soir 15h-23h", "evening 15-23")],
                         ["N", c.L("nuit 23h-7h", "night 23-07")], ["C" if c.fr else "V", c.L("congé", "vacation")]])], title="horaire")
    body = c.L(f"Bonjour à toutes et à tous,\n\nVoici l'horaire de la période du {c.dstr(days[0], 2)} au {c.dstr(days[-1], 2)}. "
               "Les échanges doivent être approuvés par l'assistante infirmière-chef au plus tard le jeudi précédent.\n\n",
               f"Hi everyone,\n\nHere is the schedule for {c.dstr(days[0], 2)} to {c.dstr(days[-1], 2)}. Shift swaps must be approved by "
               "the assistant nurse manager by the previous Thursday.\n\n") + c.sig(mgr)
    return mk(c, "schedule", "two-week staff schedule spreadsheet", c.who(mgr), [all_staff(c)],
              c.L(f"Horaire période {days[0]:%d/%m}", f"Schedule period {days[0]:%d/%m}"), body,
              atts=[Att(c.L(f"horaire_période_{days[0]:%Y%m%d}.xlsx", f"schedule_{days[0]:%Y%m%d}.xlsx"), XLSX, data)])


def n_leave(c):
    mgr = c.staff("nurse manager")
    emp = c.staff(c.pick(["respiratory therapist", "assistant nurse manager", "lactation consultant", "unit clerk"]))
    d1 = c.day(c.rng.randint(20, 60))
    d2 = d1 + dt.timedelta(days=c.rng.randint(4, 14))
    ok = c.chance(0.7)
    req = c.L(f"Bonjour,\n\nJe souhaiterais prendre des vacances du {c.dstr(d1, 2)} au {c.dstr(d2, 2)} (mariage de ma soeur à Gaspé). "
              f"J'ai déjà trouvé une collègue pour deux de mes quarts.\n\nMerci!\n{emp.given}",
              f"Hi,\n\nI'd like to take vacation from {c.dstr(d1, 2)} to {c.dstr(d2, 2)} (my sister's wedding in Halifax). "
              f"I already found a colleague for two of my shifts.\n\nThanks!\n{emp.given}")
    rep = (c.L(f"Bonjour {emp.given},\n\nC'est approuvé. N'oublie pas d'inscrire l'échange dans le système d'horaire.\n\n",
               f"Hi {emp.given},\n\nApproved. Please enter the swap in the scheduling system.\n\n") if ok else
           c.L(f"Bonjour {emp.given},\n\nDésolée, la période est déjà complète (3 personnes en congé). Je peux t'offrir la semaine suivante.\n\n",
               f"Hi {emp.given},\n\nSorry, that period is already full (3 people off). I can offer you the following week.\n\n")) + c.sig(mgr, False)
    body = rep + "\n\n" + quoted_reply(c, c.who(emp), c.who(mgr), earlier(c, 30), c.L("Demande de vacances", "Vacation request"), req)
    return mk(c, "leave", "vacation request and manager's reply", c.who(mgr), [c.who(emp)],
              c.L("RE: Demande de vacances", "RE: Vacation request"), body)


def n_payroll(c):
    pay = ("Service de la paie", f"paie@{C.DOM}") if c.fr else ("Payroll", f"payroll@{C.DOM}")
    d = c.day(c.rng.randint(3, 10))
    body = c.L(f"Bonjour,\n\nLa paie du {c.dstr(d, 2)} inclura la rétroactivité prévue à la convention collective (2,3 % pour la période "
               "du 1er avril au 30 septembre). Les primes de soins critiques (USIN) seront versées séparément le jeudi suivant.\n\n"
               "Rappel : les relevés de paie sont disponibles dans le portail employé; votre matricule à 6 chiffres est requis.\n\n"
               f"Service de la paie — {C.ORG_FR}\nPoste 2222",
               f"Hello,\n\nThe {c.dstr(d, 2)} pay will include the retroactive increase under the collective agreement (2.3% for April 1 to "
               "September 30). Critical care premiums (NICU) will be paid separately the following Thursday.\n\n"
               "Reminder: pay stubs are on the employee portal; your 6-digit employee number is required.\n\n"
               f"Payroll - {C.ORG_EN}\nExt. 2222")
    if c.chance(0.5):
        rows = [c.L(["Période", "Date de paie", "Date limite feuilles de temps"], ["Period", "Pay date", "Timesheet deadline"])]
        for k in range(6):
            p = c.day(14 * k)
            rows.append([f"P{k + 17}", p.isoformat(), (p - dt.timedelta(days=5)).isoformat()])
        return mk(c, "payroll", "payroll notice with calendar", pay, [all_staff(c)], c.L("Paie — rétroactivité", "Payroll - retroactive pay"), body,
                  atts=[Att(c.L("calendrier_paie.csv", "pay_calendar.csv"), "text/csv", A.make_csv(rows))])
    return mk(c, "payroll", "payroll notice to staff", pay, [all_staff(c)], c.L("Paie — rétroactivité", "Payroll - retroactive pay"), body)


def n_occ_health(c):
    sst = ("Santé et sécurité au travail", f"sst@{C.DOM}") if c.fr else ("Occupational Health", f"occhealth@{C.DOM}")
    emp = c.staff()
    kind = c.rng.randrange(3)
    if kind == 0:
        body = c.L(f"Bonjour {emp.given},\n\nTon test cutané à la tuberculine (TCT) lu le {c.dstr(c.day(-1), 2)} est négatif (0 mm). "
                   "Aucun suivi requis; prochain dépistage dans un an.\n\nL'équipe SST",
                   f"Hi {emp.given},\n\nYour tuberculin skin test read on {c.dstr(c.day(-1), 2)} is negative (0 mm). No follow-up needed; "
                   "next screening in one year.\n\nOccupational Health team")
        subj = c.L("Résultat TCT — employé", "TST result - staff")
    elif kind == 1:
        body = c.L(f"Bonjour {emp.given},\n\nSuite à ta déclaration d'accident de travail (piqûre avec aiguille souillée au poste B), "
                   "ton rendez-vous de suivi sérologique est le mardi à 8 h à la clinique SST. Tu peux continuer à travailler normalement.\n\nL'équipe SST",
                   f"Hi {emp.given},\n\nFollowing your workplace incident report (needlestick at pod B), your follow-up serology appointment "
                   "is Tuesday at 8:00 at the Occupational Health clinic. You may keep working as usual.\n\nOccupational Health team")
        subj = c.L("Suivi accident de travail", "Workplace incident follow-up")
    else:
        body = c.L("Bonjour,\n\nLa campagne de vaccination antigrippale du personnel débute lundi. Cliniques mobiles à l'USIN mardi et jeudi "
                   "de 13 h à 15 h. Taux de vaccination de l'unité l'an dernier : 71 %.\n\nL'équipe SST",
                   "Hello,\n\nThe staff flu vaccination campaign starts Monday. Mobile clinics in the NICU Tuesday and Thursday 1-3 pm. "
                   "Unit coverage last year: 71%.\n\nOccupational Health team")
        subj = c.L("Vaccination antigrippale du personnel", "Staff flu vaccination")
        return mk(c, "occ_health", "staff flu campaign notice", sst, [all_staff(c)], subj, body)
    return mk(c, "occ_health", "employee occupational health message", sst, [c.who(emp)], subj, body)


def n_newsletter(c):
    comm = ("Communications CMESA", f"communications@{C.DOM}")
    neo = c.staff("neonatologist")
    oph = c.staff("ophthalmologist")
    col = c.staff(c.pick(["respiratory therapist", "lactation consultant", "assistant nurse manager"]))
    bd = c.day(-c.rng.randint(3, 20))
    bg = c.pick(["Éloïse", "Jules", "Margot", "Anaïs", "Louis"])
    kg = f"{c.rng.randint(28, 39) / 10:.1f}"
    fem = c.chance(0.6)
    g1, s1 = other_person(c, fem)
    dr = "Dre" if fem and c.fr else "Dr"
    items = c.L([
        ("Bienvenue", f"Nous accueillons {dr} {g1} {s1}, néonatologiste, qui s'intéresse particulièrement à la dysplasie bronchopulmonaire et à l'hypertension pulmonaire."),
        ("Rétinopathie du prématuré", f"{oph.display('fr')} rappelle que le dépistage de la ROP est indiqué pour tous les bébés de moins de 31 semaines ou de moins de 1 250 g."),
        ("Naissance", f"Félicitations à {col.full}, {col.role('fr')}, pour la naissance de {bg}, le {c.dstr(bd, 2)}, {kg.replace('.', ',')} kg!"),
        ("Statistiques", f"L'unité a accueilli {c.rng.randint(38, 70)} admissions le mois dernier, dont {c.rng.randint(5, 14)} bébés de moins de 28 semaines."),
        ("Merci", f"Merci à {neo.display('fr')} pour sa présentation sur le sevrage néonatal aux résidents.")],
        [("Welcome", f"Please welcome Dr {g1} {s1}, neonatologist, with a special interest in bronchopulmonary dysplasia and pulmonary hypertension."),
         ("Retinopathy of prematurity", f"{oph.display('en')} reminds us that ROP screening is indicated for all babies under 31 weeks or under 1,250 g."),
         ("New arrival", f"Congratulations to {col.full} on the birth of {bg} on {c.dstr(bd, 2)}, {kg} kg!"),
         ("By the numbers", f"The unit had {c.rng.randint(38, 70)} admissions last month, {c.rng.randint(5, 14)} of them under 28 weeks."),
         ("Thanks", f"Thanks to {neo.display('en')} for the talk on neonatal abstinence syndrome to the residents.")])
    html = ("<html><head></head><body style=\"font-family:Arial\">\n<h2>" + c.L("L'Écho de l'USIN — bulletin mensuel", "NICU Echo - monthly newsletter")
            + "</h2>\n" + "\n".join(f"<h3>{h}</h3>\n<p>{t}</p>" for h, t in items) + "\n<p><small>"
            + c.L("Vous recevez ce bulletin en tant que membre du personnel.", "You receive this newsletter as a staff member.")
            + "</small></p></body></html>\n")
    plain = "\n\n".join(f"{h.upper()}\n{t}" for h, t in items)
    return mk(c, "newsletter", "monthly unit newsletter", comm, [all_staff(c)],
              c.L("L'Écho de l'USIN — édition de " + C.MOIS[c.date.month - 1], "NICU Echo - " + C.MONTHS[c.date.month - 1] + " edition"),
              plain, html=html, mode=c.pick(["html", "alt"]))


def n_staff_baby(c):
    col = c.staff()
    sender = c.staff("nurse manager")
    bd = c.day(-c.rng.randint(1, 5))
    bg = c.pick(["Rose", "Victor", "Léonie", "Henri", "Camille"])
    w = c.rng.randint(2900, 4100)
    body = c.L(f"Bonjour l'équipe!\n\nBelle nouvelle : {col.given} {col.surname} a accouché de {bg}, né(e) le {c.dstr(bd, 2)} à {bd.day % 12 + 1} h, "
               f"{c.weight(w)}. Maman et bébé vont très bien! Une carte circule au poste central pour ceux qui veulent signer, "
               "et une collecte pour un cadeau (5 $) jusqu'à vendredi.\n\n" + sender.given,
               f"Hi team!\n\nGreat news: {col.given} {col.surname} gave birth to {bg} on {c.dstr(bd, 2)}, {c.weight(w)}. Mom and baby are doing great! "
               "A card is at the main desk for anyone who wants to sign, and we're collecting $5 for a gift until Friday.\n\n" + sender.given)
    return mk(c, "staff_news", "colleague's baby announcement with birth date and weight", c.who(sender), [all_staff(c)],
              c.L(f"Bienvenue {bg}!", f"Welcome {bg}!"), body)


def n_job_posting(c):
    hr = ("Ressources humaines", f"rh@{C.DOM}") if c.fr else ("Human Resources", f"hr@{C.DOM}")
    no = f"{c.date.year}-{c.rng.randint(100, 999)}"
    title = c.pick([c.L("Infirmière praticienne spécialisée en néonatalogie (IPSNN)", "Neonatal Nurse Practitioner"),
                    c.L("Conseillère en lactation IBCLC — temps partiel", "IBCLC Lactation Consultant - part time"),
                    c.L("Inhalothérapeute — équipe de transport néonatal", "Respiratory Therapist - Neonatal Transport Team")])
    blocks = [c.L(f"Affichage no {no}", f"Posting no. {no}"), ("h", c.L("Description", "Description")),
              c.L("Au sein d'une USIN de niveau III de 42 lits, vous assurez la prise en charge de nouveau-nés prématurés et malades "
                  "(détresse respiratoire, sepsis, encéphalopathie), en collaboration avec l'équipe de néonatologie.",
                  "In a 42-bed level III NICU, you will care for premature and sick newborns (respiratory distress, sepsis, encephalopathy) "
                  "with the neonatology team."),
              ("h", c.L("Exigences", "Requirements")), c.L("Permis d'exercice valide; PRN à jour; 2 ans d'expérience en soins critiques.",
                                                            "Valid licence; current NRP; 2 years critical care experience."),
              c.L(f"Salaire selon l'échelle en vigueur. Date limite : {c.dstr(c.day(21), 2)}.", f"Salary per scale. Deadline: {c.dstr(c.day(21), 2)}.")]
    data = A.make_pdf(title, blocks, author="RH")
    body = c.L(f"Bonjour,\n\nNous affichons le poste suivant : {title}. Détails en pièce jointe. Merci de diffuser dans vos réseaux.\n\n"
               f"Ressources humaines\n{C.ORG_FR}\n{C.ADDR_ORG}\n{C.PHONE_ORG}, poste 2010",
               f"Hello,\n\nWe are posting the following position: {title}. Details attached. Please share with your networks.\n\n"
               f"Human Resources\n{C.ORG_EN}\n{C.ADDR_ORG}\n{C.PHONE_ORG} ext. 2010")
    return mk(c, "job_posting", "job posting with PDF", hr, [all_staff(c)], c.L(f"Affichage {no} — {title}", f"Posting {no} - {title}"), body,
              atts=[Att(f"affichage_{no}.pdf" if c.fr else f"posting_{no}.pdf", PDF, data)])


def n_candidates(c):
    hr = c.staff("nurse manager")
    rows = [c.L(["Heure", "Candidat(e)", "Poste", "Téléphone", "Comité"], ["Time", "Candidate", "Position", "Phone", "Panel"])]
    for k in range(4):
        g, s = other_person(c)
        rows.append([f"{9 + k}:00", f"{g} {s}", c.L("IPSNN", "NNP"), f"514 555-01{c.rng.randrange(100):02d}",
                     ", ".join(x.surname for x in [c.staff("neonatologist"), c.staff("nurse manager")])])
    body = c.L("Bonjour,\n\nVoici l'horaire des entrevues de jeudi pour le poste d'IPSNN (salle 2.114). Les CV sont dans le dossier partagé RH.\n\n",
               "Hi,\n\nHere is Thursday's interview schedule for the NNP position (room 2.114). CVs are in the HR shared folder.\n\n") + \
        "\n".join(" | ".join(r) for r in rows) + "\n\n" + c.sig(hr, False)
    return mk(c, "hr", "interview schedule for job candidates", c.who(hr), [c.who(c.staff("neonatologist")), c.who(c.staff("division head"))],
              c.L("Entrevues IPSNN jeudi", "NNP interviews Thursday"), body)


def n_orientation(c):
    edu = C.Staff(c.pick(C.STAFF_GIVEN_F), c.pick(C.STAFF_SURNAMES), "Conseillère en soins", "Clinical nurse educator")
    rows = [c.L(["Jour", "Sujet", "Animatrice"], ["Day", "Topic", "Facilitator"])]
    topics = c.L(["Accueil, visite de l'unité", "Thermorégulation et soins du développement", "Ventilation non invasive et CPAP",
                  "Calcul des apports et alimentation entérale", "Pompes et médicaments de haute alerte", "Soutien aux familles et soins palliatifs"],
                 ["Welcome, unit tour", "Thermoregulation and developmental care", "Non-invasive ventilation and CPAP",
                  "Fluid and enteral feeding calculations", "Pumps and high-alert medications", "Family support and palliative care"])
    for k, t in enumerate(topics):
        rows.append([c.dstr(c.day(7 + k), 2), t, c.staff().full])
    data = A.make_docx(c.L("Programme d'orientation — nouvelles infirmières USIN", "Orientation programme - new NICU nurses"), [("table", rows)])
    body = c.L("Bonjour,\n\nVoici le programme d'orientation pour la cohorte d'automne (6 nouvelles infirmières). Merci aux préceptrices!\n\n",
               "Hello,\n\nHere is the orientation programme for the fall cohort (6 new nurses). Thanks to our preceptors!\n\n") + \
        f"{edu.full}\n{edu.role(c.lang)}"
    return mk(c, "education", "orientation programme for new nurses", (edu.full, edu.email()), [all_staff(c)],
              c.L("Programme d'orientation — cohorte d'automne", "Orientation programme - fall cohort"), body,
              atts=[Att(c.L("orientation_USIN.docx", "NICU_orientation.docx"), DOCX, data)])


def n_credentialing(c):
    dir_ = c.staff("division head")
    docs = [c.staff("neonatologist") for _ in range(3)]
    lines = [f"- {d.display(c.lang)} — " + c.pick([c.L("néonatologie, hypothermie thérapeutique", "neonatology, therapeutic hypothermia"),
                                                    c.L("néonatologie, maladies pulmonaires chroniques", "neonatology, chronic lung disease"),
                                                    c.L("néonatologie, cardiopathies congénitales", "neonatology, congenital heart disease")])
             for d in docs]
    body = c.L("Bonjour,\n\nLe renouvellement des privilèges au CMDP arrive à échéance le 31 mars. Dossiers encore incomplets :\n"
               + "\n".join(lines) + "\n\nMerci de transmettre votre attestation de formation continue et votre preuve d'assurance responsabilité.\n\n",
               "Hello,\n\nMedical staff privilege renewal is due March 31. Files still incomplete:\n"
               + "\n".join(lines) + "\n\nPlease send your CME attestation and proof of liability coverage.\n\n") + c.sig(dir_)
    return mk(c, "hr", "physician privileges renewal reminder", c.who(dir_), [c.who(d) for d in docs],
              c.L("Renouvellement des privilèges — dossiers incomplets", "Privilege renewal - incomplete files"), body)


def n_committee(c):
    chair = c.staff(c.pick(["neonatologist", "division head"]))
    d = c.day(c.rng.randint(5, 20))
    kind = c.pick(["mm", "rop", "qual"])
    if kind == "mm":
        agenda = c.L(["Cas 1 : prématuré de 25 semaines, ECN perforée à J12 — revue de la progression alimentaire",
                      "Cas 2 : nouveau-né à terme, EHI — délai avant hypothermie",
                      "Pistes d'amélioration et suivi des recommandations"],
                     ["Case 1: 25-week preterm, perforated NEC on day 12 - review of feeding advancement",
                      "Case 2: term newborn, HIE - delay to cooling",
                      "Improvement actions and follow-up of recommendations"])
        title = c.L("Revue de morbidité et mortalité", "Morbidity and Mortality Rounds")
    elif kind == "rop":
        agenda = c.L(["Taux de dépistage ROP à temps (cible 95 %)", "Nouveaux critères de traitement anti-VEGF", "Formation des infirmières au positionnement"],
                     ["On-time ROP screening rate (target 95%)", "New anti-VEGF treatment criteria", "Nurse training on positioning"])
        title = c.L("Comité ROP", "ROP Committee")
    else:
        agenda = c.L(["Infections sur cathéter central : 1,2 / 1000 jours-cathéter", "Audit hygiène des mains", "Projet lait maternel dès H6"],
                     ["Central line infections: 1.2 / 1000 line-days", "Hand hygiene audit", "Own mother's milk by hour 6 project"])
        title = c.L("Comité qualité USIN", "NICU Quality Committee")
    body = c.L(f"Bonjour,\n\n{title} — {c.dstr(d, 2)}, 12 h 00, salle Lévesque-Côté (dîner fourni).\n\nOrdre du jour :\n",
               f"Hello,\n\n{title} - {c.dstr(d, 2)}, 12:00, Côté Room (lunch provided).\n\nAgenda:\n") + \
        "\n".join(f"{k + 1}. {a}" for k, a in enumerate(agenda)) + c.L("\n\nLes cas sont présentés sans renseignements nominatifs.\n\n",
                                                                      "\n\nCases are presented without identifying information.\n\n") + c.sig(chair)
    return mk(c, "committee", "committee meeting notice with de-identified agenda", c.who(chair), [all_staff(c)], title + " — " + c.dstr(d, 1), body)


def n_nrp(c):
    edu = c.staff(c.pick(["respiratory therapist", "assistant nurse manager"]))
    rows = [c.L(["Nom", "Titre d'emploi", "Date PRN", "Expiration carte"], ["Name", "Job title", "NRP date", "Card expiry"])]
    for s in C.STAFF[:c.rng.randint(6, 12)]:
        rows.append([s.full, s.role(c.lang), c.dstr(c.day(c.rng.randint(10, 40)), 0), c.dstr(c.day(c.rng.randint(-20, 60)), 0)])
    data = A.make_csv(rows, delimiter=";" if c.fr else ",")
    body = c.L("Bonjour,\n\nListe des inscriptions au cours PRN (Programme de réanimation néonatale) — merci de vérifier vos dates. "
               "Rappel : la carte PRN expirée empêche d'être assigné(e) à la salle d'accouchement.\n\n",
               "Hello,\n\nNRP course registrations - please check your dates. Reminder: an expired NRP card means no delivery-room assignment.\n\n") + c.sig(edu)
    return mk(c, "education", "NRP course registration list of staff", c.who(edu), [all_staff(c)],
              c.L("Inscriptions PRN", "NRP registrations"), body, atts=[Att(c.L("inscriptions_PRN.csv", "NRP_registrations.csv"), "text/csv", data)])


TEMPLATES = [n_schedule, n_leave, n_payroll, n_occ_health, n_newsletter, n_staff_baby, n_job_posting, n_candidates,
             n_orientation, n_credentialing, n_committee, n_nrp]
