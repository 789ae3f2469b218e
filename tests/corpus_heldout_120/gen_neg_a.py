"""Negative templates, part A: HR, schedules, newsletters, invoices, conferences, committees, jobs, IT, facilities."""
import datetime

from gen_build import Doc
from gen_common import staff, signature, fmt_date, L, pick, ORG, OTHER_ORGS, Person, STAFF
from gen_clin import CAUSES, COMPLICATIONS, PD_SOLUTIONS, MEDS, t
from gen_tpl import greet, close, quote, join
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics
from gen_common import luhn


def nurses(rng, k):
    pool = list(STAFF["nurse"])
    rng.shuffle(pool)
    return [Person(g, s, x, "nurse") for g, s, x in pool[:k]]


def luhn_serial(rng, n=9):
    body = "".join(rng.choice("0123456789") for _ in range(n - 1))
    return body + luhn.calc_check_digit(body)


def staff_schedule(rng, lang):
    d = Doc(rng, lang, "staff_schedule", False)
    mgr = staff(rng, "manager")
    d.sender = mgr
    ns = nurses(rng, 6)
    d.to = [(L(lang, "Équipe dialyse à domicile", "Home dialysis team"), f"equipe.ddom@{ORG['dom']}")]
    days = L(lang, ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"], ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"])
    codes = L(lang, ["J", "J", "Form. HDD", "Form. DP", "Visites dom.", "Garde tél.", "Congé", "-"],
              ["D", "D", "HHD train.", "PD train.", "Home visits", "Phone on-call", "Off", "-"])
    rows = [[L(lang, "Infirmière", "Nurse")] + days]
    for n in ns:
        rows.append([n.full] + [rng.choice(codes) for _ in days])
    per = rng.choice([("du 3 au 16 mars", "March 3-16"), ("du 7 au 20 avril", "April 7-20"), ("du 2 au 15 juin", "June 2-15"),
                      ("du 8 au 21 septembre", "September 8-21")])
    if rng.random() < 0.5:
        d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                 make_xlsx([(L(lang, "Horaire", "Schedule"), rows)], author=mgr.full), L(lang, f"horaire_{per[0].split()[-1]}.xlsx", f"schedule_{per[1].split()[0].lower()}.xlsx"))
        table = L(lang, "(voir fichier joint)", "(see attached file)")
    else:
        table = "\n".join(" | ".join(r) for r in rows)
    d.subject = L(lang, f"Horaire {per[0]} - version finale", f"Schedule {per[1]} - final")
    d.body = join(greet(rng, lang), "", L(lang, f"Voici l'horaire de la période {per[0]}.", f"Here is the schedule for {per[1]}."), "", table, "",
                  L(lang, "Rappel : la garde téléphonique de fin de semaine se fait avec le cellulaire du programme. Les échanges de quart doivent être approuvés.",
                    "Reminder: weekend phone on-call uses the program cell phone. Shift swaps must be approved."),
                  "", close(rng, lang), signature(rng, mgr, lang))
    d.note = "nurse shift schedule"
    return d


def leave_request(rng, lang):
    d = Doc(rng, lang, "leave_request", False)
    n, mgr = staff(rng, "nurse"), staff(rng, "manager")
    d.sender, d.to = n, [mgr]
    a = d.date.date() + datetime.timedelta(days=rng.randint(20, 90))
    b = a + datetime.timedelta(days=rng.randint(3, 14))
    reason = pick(rng, lang, ["vacances annuelles", "congé de perfectionnement (certification CNéph(C))", "déménagement", "mariage de ma fille"],
                  ["annual vacation", "professional development (CNeph(C) exam)", "moving", "my daughter's wedding"])
    d.subject = L(lang, "Demande de congé", "Leave request")
    d.body = join(greet(rng, lang, mgr.given), "",
                  L(lang, f"J'aimerais déposer une demande de congé du {fmt_date(a, lang, rng, 1)} au {fmt_date(b, lang, rng, 1)} ({reason}).",
                    f"I'd like to request leave from {fmt_date(a, lang, rng, 1)} to {fmt_date(b, lang, rng, 1)} ({reason})."),
                  L(lang, "Annie a accepté de prendre mes formations DP cette semaine-là.", "Annie agreed to cover my PD trainings that week."),
                  "", close(rng, lang), signature(rng, n, lang, 2))
    if rng.random() < 0.5:
        d.reply = True
        d.sender, d.to = mgr, [n]
        d.subject = "RE: " + d.subject
        d.body = join(L(lang, "Approuvé. Bonnes vacances !", "Approved, enjoy!"), "", mgr.given, "", quote(rng, lang, n.addr(), d.date - datetime.timedelta(days=1), d.body))
    d.note = "staff leave request"
    return d


def occ_health(rng, lang):
    d = Doc(rng, lang, "occupational_health", False)
    sst = Person("Benoît", "Lamarre", "M", "ext")
    n = staff(rng, "nurse")
    kind = rng.randrange(3)
    if kind == 0:
        d.sender, d.to = sst, [n]
        d.subject = L(lang, "Suivi exposition accidentelle - employé", "Follow-up - occupational exposure")
        d.body = join(greet(rng, lang, n.given), "",
                      L(lang, f"Suite à votre piqûre d'aiguille du {fmt_date(d.date.date() - datetime.timedelta(days=40), lang, rng, 1)} lors d'une séance de formation HDD, "
                              "vos sérologies de 6 semaines (VIH, VHC) sont négatives. Prochain contrôle à 3 mois.",
                        f"Following your needlestick on {fmt_date(d.date.date() - datetime.timedelta(days=40), lang, rng, 1)} during an HHD training session, "
                        "your 6-week serologies (HIV, HCV) are negative. Next check at 3 months."),
                      L(lang, "Votre déclaration à la CNESST est complétée.", "Your workers' compensation claim is complete."), "",
                      "Benoît Lamarre, " + L(lang, "infirmier en santé et sécurité du travail", "occupational health nurse"),
                      L(lang, "Service de santé du personnel, poste 2201", "Employee Health, ext. 2201"))
    elif kind == 1:
        d.sender, d.to = sst, [(L(lang, "Tout le personnel - néphrologie", "All nephrology staff"), f"nephro.tous@{ORG['dom']}")]
        d.subject = L(lang, "Campagne de vaccination antigrippale du personnel", "Staff flu vaccination campaign")
        d.body = join(greet(rng, lang), "",
                      L(lang, "La clinique de vaccination du personnel sera au 3e étage du pavillon C le mardi et le jeudi de 7 h à 15 h. "
                              "Taux de vaccination de l'équipe de dialyse l'an dernier : 71 %. Objectif : 80 %.",
                        "The staff vaccination clinic will be on the 3rd floor of Pavilion C on Tuesdays and Thursdays 7:00-15:00. "
                        "Dialysis staff coverage last year: 71%. Target: 80%."),
                      L(lang, "Apportez votre carte d'employé.", "Bring your employee badge."), "", "Benoît Lamarre", L(lang, "Santé du personnel", "Employee Health"))
    else:
        mgr = staff(rng, "manager")
        d.sender, d.to = sst, [mgr]
        d.subject = L(lang, f"Retour au travail progressif - {n.full}", f"Graduated return to work - {n.full}")
        d.body = join(greet(rng, lang, mgr.given), "",
                      L(lang, f"{n.full} pourra reprendre le travail à 3 jours/semaine à compter du lundi, sans soulèvement de plus de 10 kg "
                              "(pas de manipulation des boîtes de solution) pendant 4 semaines, suite à sa blessure lombaire.",
                        f"{n.full} can return 3 days/week starting Monday, no lifting over 10 kg (no handling of solution cases) for 4 weeks, "
                        "following the low-back injury."),
                      "", "Benoît Lamarre", L(lang, "Santé et sécurité du travail", "Occupational Health and Safety"))
    d.note = "employee occupational health (not patient data)"
    return d


def payroll(rng, lang):
    d = Doc(rng, lang, "payroll", False)
    pay = Person("Alexandre", "Piché", "M", "hr")
    n = staff(rng, "nurse")
    d.sender, d.to = pay, [n]
    mat = rng.randint(100000, 199999)
    hrs = rng.choice(["7,5", "11,25", "3,75", "15"]) if lang == "fr" else rng.choice(["7.5", "11.25", "3.75", "15"])
    d.subject = L(lang, "Temps supplémentaire - période 14", "Overtime - pay period 14")
    d.body = join(greet(rng, lang, n.given), "",
                  L(lang, f"Les {hrs} heures de temps supplémentaire (garde téléphonique) seront payées sur la paie du 23. Matricule {mat}. "
                          "La prime de garde a été corrigée rétroactivement.",
                    f"The {hrs} overtime hours (phone on-call) will be paid on the 23rd. Employee no. {mat}. On-call premium corrected retroactively."),
                  "", signature(rng, pay, lang, 1))
    d.note = "payroll message"
    return d


def newsletter(rng, lang):
    d = Doc(rng, lang, "newsletter", False)
    mgr = staff(rng, "manager")
    d.sender = mgr
    d.to = [(L(lang, "Liste Néphro-Info", "Nephro-Info list"), f"nephro-info@{ORG['dom']}")]
    neph = [Person(g, s, x, "neph") for g, s, x in STAFF["neph"]]
    a, b = rng.sample(neph, 2)
    n = rng.randint(38, 64)
    rate = rng.choice(["1 épisode / 41 mois-patients", "1 épisode / 36 mois-patients", "0,29 épisode par année-patient"])
    rate_en = rng.choice(["1 episode / 41 patient-months", "1 episode / 36 patient-months", "0.29 episodes per patient-year"])
    sections = [
        L(lang, f"1. Péritonites : notre taux annuel est de {rate} (cible ISPD : < 0,4/an). Merci à toute l'équipe de formation !",
          f"1. Peritonitis: our annual rate is {rate_en} (ISPD target < 0.4/yr). Thanks to the training team!"),
        L(lang, f"2. {a.doctor(lang)} se joint à la clinique de polykystose rénale le mercredi. {b.doctor(lang)} prend en charge la clinique de lupus et vascularites.",
          f"2. {a.doctor(lang)} joins the polycystic kidney disease clinic on Wednesdays. {b.doctor(lang)} takes over the lupus and vasculitis clinic."),
        L(lang, f"3. Nous comptons maintenant {n} patients à domicile ({n - 12} en DP, 12 en HDD). Trois greffes ce trimestre.",
          f"3. We now have {n} home patients ({n - 12} on PD, 12 on HHD). Three transplants this quarter."),
        L(lang, "4. Rappel : l'hyperkaliémie reste la première cause d'appels de garde. Une nouvelle fiche d'enseignement sur le potassium est disponible.",
          "4. Reminder: hyperkalaemia remains the top reason for on-call calls. A new potassium teaching sheet is available."),
        L(lang, "5. Semaine du rein : kiosque d'information dans le hall principal le 13 mars.", "5. Kidney week: info booth in the main lobby on March 13."),
    ]
    rng.shuffle(sections)
    d.subject = L(lang, f"Néphro-Info - bulletin n° {rng.randint(20, 60)}", f"Nephro-Info newsletter #{rng.randint(20, 60)}")
    d.body = join(L(lang, "NÉPHRO-INFO — Programme de dialyse à domicile", "NEPHRO-INFO — Home Dialysis Program"), "", "\n\n".join(sections[:rng.randint(3, 5)]), "",
                  L(lang, "Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply 'remove'."), signature(rng, mgr, lang, 0))
    d.structure = rng.choice(["html", "alt", "alt", "plain"])
    d.note = "program newsletter with aggregate stats and physicians' specialties"
    return d


def invoice(rng, lang):
    d = Doc(rng, lang, "invoice", False)
    rep = Person(*STAFF["rep"][rng.randrange(2)], role="rep", domain=OTHER_ORGS["supplier"][1])
    d.sender = (L(lang, "Facturation NéphroLogis", "NephroLogis Billing"), f"facturation@{OTHER_ORGS['supplier'][1]}")
    d.to = [(L(lang, "Comptes fournisseurs CHUTR", "CHUTR Accounts Payable"), f"comptes.fournisseurs@{ORG['dom']}")]
    d.cc = [staff(rng, "manager")]
    inv = f"F-2025-{rng.randint(10000, 99999)}"
    items = []
    total = 0
    for s in rng.sample(PD_SOLUTIONS, 3):
        q, pu = rng.randint(40, 400), round(rng.uniform(18, 64), 2)
        total += q * pu
        items.append(f"{t(lang, s)} — lot {rng.choice('ABCDEFGHK')}{rng.randint(10, 99)}{rng.randint(1000, 9999)} — {q} x {pu:.2f} $ = {q * pu:,.2f} $")
    items.append(L(lang, f"Cycleur (location mensuelle) n° série {luhn_serial(rng)} — 12 x 310,00 $", f"Cycler (monthly rental) S/N {luhn_serial(rng)} — 12 x $310.00"))
    lines = [L(lang, f"Facture {inv}", f"Invoice {inv}"), L(lang, f"Bon de commande : PO-{rng.randint(400000, 499999)}", f"Purchase order: PO-{rng.randint(400000, 499999)}"),
             L(lang, "Client : CHUTR - Programme régional de dialyse à domicile", "Customer: CHUTR - Regional Home Dialysis Program"), None] + items + \
            [None, L(lang, f"Sous-total : {total:,.2f} $   TPS/TVQ : exonéré", f"Subtotal: ${total:,.2f}   GST/QST: exempt"), L(lang, "Conditions : net 30 jours", "Terms: net 30")]
    pdf = make_pdf(L(lang, "FACTURE", "INVOICE"), lines, letterhead=[OTHER_ORGS["supplier"][0], "1200, rue de l'Industrie, Laval-Ouest (Québec)", "Tél. 450 555-0163"])
    d.attach("application/pdf", pdf, f"{inv}.pdf")
    d.subject = L(lang, f"Facture {inv}", f"Invoice {inv}")
    d.body = join(greet(rng, lang), "", L(lang, f"Veuillez trouver ci-jointe la facture {inv} pour les livraisons du mois.", f"Please find attached invoice {inv} for this month's deliveries."),
                  "", L(lang, "Service de facturation", "Billing department"), OTHER_ORGS["supplier"][0])
    d.note = "supplier invoice with lot and serial numbers"
    return d


def purchase_order(rng, lang):
    d = Doc(rng, lang, "purchase_order", False)
    clerk = staff(rng, "clerk")
    d.sender, d.to = clerk, [(L(lang, "Approvisionnement", "Procurement"), f"approvisionnement@{ORG['dom']}")]
    rows = [L(lang, ["Code", "Description", "Qté", "Unité", "Prix unitaire"], ["Code", "Description", "Qty", "Unit", "Unit price"])]
    cat = [("Aiguilles de fistule 15G", "15G fistula needles", "bte 100"), ("Pansements transparents 10x12", "Transparent dressings 10x12", "bte 50"),
           ("Masques chirurgicaux", "Surgical masks", "bte 50"), ("Chlorhexidine 2 % / alcool 70 %", "Chlorhexidine 2% / alcohol 70%", "caisse 24"),
           ("Bandelettes chlore total", "Total chlorine test strips", "fiole 50"), ("Concentré acide 2K/2,5Ca", "Acid concentrate 2K/2.5Ca", "caisse 4"),
           ("Cartouches de bicarbonate", "Bicarbonate cartridges", "caisse 12"), ("Bouchons d'isolement", "Minicaps", "bte 100")]
    for c in rng.sample(cat, rng.randint(4, 7)):
        rows.append([f"{rng.randint(100000, 999999)}", t(lang, c), rng.randint(2, 30), c[2], round(rng.uniform(4, 120), 2)])
    po = f"DA-{rng.randint(250000, 259999)}"
    if rng.random() < 0.5:
        d.attach("text/csv", make_csv(rows, ";"), f"{po}.csv")
        tbl = ""
    else:
        d.attach("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", make_xlsx([(po, rows)], author=clerk.full), f"{po}.xlsx")
        tbl = ""
    d.subject = L(lang, f"Demande d'achat {po} - fournitures salle de formation", f"Purchase request {po} - training room supplies")
    d.body = join(greet(rng, lang), "", L(lang, "Ci-joint la demande d'achat mensuelle. Centre de coûts 6134-220.", "Attached is the monthly purchase request. Cost centre 6134-220."),
                  tbl or None, "", close(rng, lang), signature(rng, clerk, lang, 1))
    d.note = "purchase request"
    return d


def conference(rng, lang):
    d = Doc(rng, lang, "conference", False)
    org = Person("Jonathan", "Weiss", "M", "ext", "sqn-congres.example")
    d.sender = (L(lang, "Journée de néphrologie de l'Est", "Eastern Nephrology Day"), "congres@sqn-congres.example")
    d.to = [(L(lang, "Membres", "Members"), "membres@sqn-congres.example")]
    neph = [Person(g, s, x, "neph") for g, s, x in STAFF["neph"]]
    talks = [("Hyperkaliémie chez le patient en hémodialyse à domicile", "Hyperkalaemia in home haemodialysis"),
             ("Péritonites à germes atypiques : quoi de neuf ?", "Atypical peritonitis: what's new?"),
             ("Fistule artérioveineuse : ponction en échelle ou en boutonnière", "AV fistula: rope-ladder vs buttonhole cannulation"),
             ("Greffe rénale préemptive : pour qui ?", "Pre-emptive kidney transplant: for whom?"),
             ("Qualité de l'eau en hémodialyse domiciliaire", "Water quality in home haemodialysis"),
             ("Anémie et fer intraveineux : nouvelles lignes directrices", "Anaemia and IV iron: new guidelines"),
             ("Soins palliatifs rénaux", "Kidney supportive care")]
    prog = []
    hh = 8
    for sp, tk in zip(rng.sample(neph, 4), rng.sample(talks, 4)):
        prog.append(f"{hh:02d}:30  {sp.doctor(lang)} — {t(lang, tk)}")
        hh += 1
    d.subject = L(lang, "Programme - Journée de néphrologie 2025", "Program - Nephrology Day 2025")
    d.body = join(L(lang, "Journée de néphrologie de l'Est — Hôtel du Parc, Rimouski-Centre, 17 octobre", "Eastern Nephrology Day — Hôtel du Parc, October 17"), "",
                  "\n".join(prog), "", L(lang, "Inscription : 175 $ (membres), 6 h de formation accréditées.", "Registration: $175 (members), 6 accredited CE hours."),
                  L(lang, "Comité organisateur", "Organizing committee"))
    d.structure = rng.choice(["html", "alt"])
    d.note = "conference programme with speakers and topics"
    return d


def committee(rng, lang):
    d = Doc(rng, lang, "committee_notice", False)
    mgr = staff(rng, "manager")
    d.sender = mgr
    d.to = [staff(rng, "neph"), staff(rng, "nurse"), staff(rng, "pharm"), staff(rng, "tech")]
    com = pick(rng, lang, ["Comité qualité et sécurité - dialyse", "Comité de prévention des infections", "Comité de pharmacologie - néphrologie",
                           "Comité de revue des incidents"], ["Dialysis quality and safety committee", "Infection prevention committee",
                                                              "Pharmacy & therapeutics - nephrology", "Incident review committee"])
    day = d.date.date() + datetime.timedelta(days=rng.randint(5, 20))
    agenda = L(lang, ["Adoption du procès-verbal", "Taux de péritonite T2 (agrégé)", "Audit hygiène des mains", "Mise à jour protocole de verrou d'héparine",
                      "Indicateurs qualité de l'eau - salle de formation", "Varia"],
               ["Approval of minutes", "Q2 peritonitis rate (aggregate)", "Hand hygiene audit", "Heparin lock protocol update",
                "Water quality indicators - training room", "Other business"])
    d.subject = L(lang, f"Convocation - {com} - {fmt_date(day, lang, rng, 1)}", f"Notice of meeting - {com} - {fmt_date(day, lang, rng, 1)}")
    d.body = join(greet(rng, lang), "", L(lang, f"Vous êtes convoqué(e) à la réunion du {com}, le {fmt_date(day, lang, rng, 1)} à 12 h, salle C-3.40 et Teams.",
                                          f"You are invited to the {com} meeting on {fmt_date(day, lang, rng, 1)} at noon, room C-3.40 and Teams."),
                  "", L(lang, "Ordre du jour :", "Agenda:"), "\n".join(f"{i + 1}. {x}" for i, x in enumerate(rng.sample(agenda, 4))), "",
                  signature(rng, mgr, lang))
    if rng.random() < 0.4:
        st = datetime.datetime.combine(day, datetime.time(12, 0))
        d.attach("text/calendar", make_ics(f"{rng.getrandbits(48):012x}@chutr.example", com, st, st + datetime.timedelta(hours=1), "C-3.40 / Teams",
                                           L(lang, "Ordre du jour joint au courriel.", "Agenda in the e-mail."), (mgr.full, mgr.email),
                                           [(p.full, p.email) for p in d.to]), "invite.ics", params={"method": "REQUEST"})
    d.note = "committee meeting notice"
    return d


def job_posting(rng, lang):
    d = Doc(rng, lang, "job_posting", False)
    hr = staff(rng, "hr")
    d.sender = hr
    d.to = [(L(lang, "Affichage interne", "Internal postings"), f"affichage@{ORG['dom']}")]
    job = rng.choice([("Infirmière clinicienne - dialyse à domicile (poste permanent temps complet)", "Clinical nurse - home dialysis (permanent full-time)"),
                      ("Technicien(ne) en traitement de l'eau - hémodialyse", "Water treatment technician - haemodialysis"),
                      ("Travailleur(euse) social(e) - néphrologie (remplacement 12 mois)", "Social worker - nephrology (12-month replacement)"),
                      ("Agent(e) administratif(ve) classe 2 - programme de dialyse à domicile", "Administrative officer - home dialysis program"),
                      ("Nutritionniste - néphrologie (0,6 ETC)", "Dietitian - nephrology (0.6 FTE)")])
    num = f"2025-{rng.randint(1000, 9999)}"
    d.subject = L(lang, f"Affichage {num} : {job[0]}", f"Posting {num}: {job[1]}")
    d.body = join(L(lang, f"AFFICHAGE INTERNE n° {num}", f"INTERNAL POSTING #{num}"), "", t(lang, job), "",
                  L(lang, "Exigences : permis valide, expérience en néphrologie un atout, déplacements à domicile (permis de conduire requis).",
                    "Requirements: valid licence, nephrology experience an asset, home visits (driver's licence required)."),
                  L(lang, "Échelle salariale selon la convention collective. Période d'affichage : 14 jours.", "Salary per collective agreement. Posting period: 14 days."),
                  "", signature(rng, hr, lang, 0))
    d.note = "job posting"
    return d


def it_notice(rng, lang):
    d = Doc(rng, lang, "it_notice", False)
    it = staff(rng, "it")
    d.sender = (L(lang, "Centre de services TI", "IT Service Desk"), f"servicedesk@{ORG['dom']}")
    d.to = [(L(lang, "Utilisateurs - néphrologie", "Nephrology users"), f"nephro.tous@{ORG['dom']}")]
    kind = rng.randrange(4)
    if kind == 0:
        d.subject = L(lang, "Interruption planifiée - dossier clinique informatisé", "Planned outage - electronic health record")
        body = L(lang, "Le DCI sera indisponible dimanche de 1 h à 5 h. Utilisez les formulaires papier de contingence (armoire C-3.08) pour les appels de garde.",
                 "The EHR will be unavailable Sunday 1-5 am. Use the paper downtime forms (cabinet C-3.08) for on-call calls.")
    elif kind == 1:
        d.subject = L(lang, "Rappel : changement de mot de passe", "Reminder: password change")
        body = L(lang, "Votre mot de passe réseau expire dans 7 jours. Ne communiquez jamais votre mot de passe par courriel. Billet #INC0" + str(rng.randint(100000, 999999)),
                 "Your network password expires in 7 days. Never send your password by e-mail. Ticket #INC0" + str(rng.randint(100000, 999999)))
    elif kind == 2:
        d.subject = L(lang, "Mise à jour du logiciel des cycleurs - tablettes de télésurveillance", "Cycler remote-monitoring tablets - software update")
        body = L(lang, f"Les tablettes de télésurveillance (numéros d'actif {luhn_serial(rng)} à {luhn_serial(rng)}) doivent être rapportées au C-3.08 pour la mise à jour 5.2.",
                 f"Remote-monitoring tablets (asset numbers {luhn_serial(rng)} to {luhn_serial(rng)}) must be brought to C-3.08 for update 5.2.")
    else:
        d.subject = L(lang, "Hameçonnage - courriel « facture impayée »", "Phishing alert - 'unpaid invoice' e-mail")
        body = L(lang, "Un courriel frauduleux imitant NéphroLogis circule. Ne cliquez pas sur le lien. Signalez-le avec le bouton « Signaler ».",
                 "A fraudulent e-mail impersonating NephroLogis is circulating. Do not click the link. Use the 'Report' button.")
    d.body = join(greet(rng, lang), "", body, "", L(lang, "Centre de services TI — poste 5555", "IT Service Desk — ext. 5555"), it.full)
    d.note = "IT notice"
    return d


def facilities(rng, lang):
    d = Doc(rng, lang, "facilities", False)
    d.sender = (L(lang, "Services techniques", "Facilities"), f"services.techniques@{ORG['dom']}")
    d.to = [staff(rng, "manager"), staff(rng, "tech")]
    kind = rng.randrange(3)
    if kind == 0:
        d.subject = L(lang, "Désinfection de la boucle d'eau - salle de formation HDD", "Water loop disinfection - HHD training room")
        body = L(lang, "La boucle d'osmose de la salle de formation C-3.12 sera désinfectée (acide peracétique) mercredi de 6 h à 10 h. Aucune formation en HDD avant 10 h 30. "
                       "Chlore total post-rinçage à vérifier < 0,1 mg/L.",
                 "The RO loop in training room C-3.12 will be disinfected (peracetic acid) Wednesday 6-10 am. No HHD training before 10:30. "
                 "Check total chlorine post-rinse < 0.1 mg/L.")
    elif kind == 1:
        d.subject = L(lang, "Travaux - ascenseur pavillon C", "Work - Pavilion C elevator")
        body = L(lang, "L'ascenseur 3 sera hors service du 5 au 9 mai. Les livraisons de solutions passeront par le quai B.",
                 "Elevator 3 will be out of service May 5-9. Solution deliveries will use dock B.")
    else:
        d.subject = L(lang, "Essai de la génératrice", "Generator test")
        body = L(lang, "Essai mensuel de la génératrice jeudi 7 h. Brève coupure possible sur les prises non rouges.",
                 "Monthly generator test Thursday 7 am. Brief interruption possible on non-red outlets.")
    d.body = join(greet(rng, lang), "", body, "", L(lang, "Services techniques, poste 3300", "Facilities, ext. 3300"))
    d.note = "facilities notice"
    return d


TEMPLATES = [(staff_schedule, 6), (leave_request, 5), (occ_health, 4), (payroll, 4), (newsletter, 6), (invoice, 6),
             (purchase_order, 4), (conference, 5), (committee, 5), (job_posting, 5), (it_notice, 5), (facilities, 5)]
