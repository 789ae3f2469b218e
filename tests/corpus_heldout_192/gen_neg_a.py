"""Hard negatives, part 1 (bilingual): schedules, leave, payroll, occupational
health, candidates, newsletters, committees, conferences, job postings,
invoices, purchase orders, inventories.  No patient appears anywhere."""
import datetime

from stdnum import luhn

import gen_data as D
import gen_docs as G
import gen_mime as M
from gen_base import en_fwd_header, fr_fwd_header, html_table, quote, text_table, to_html, who

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
SURGEONS = ["haddad", "vachon", "desrosiers", "raman"]
CANDIDATES = [("Laurence", "Brodeur"), ("Samir", "Khoury"), ("Megan", "Dwyer"), ("Anh", "Tran"),
              ("Julien", "Ste-Marie"), ("Olena", "Kovalenko"), ("Brandon", "Alvarez"), ("Maude", "Villeneuve")]


def L(m, fr, en):
    return fr if m.lang == "fr" else en


def quoted_reply(m, orig_from_key, orig_text, reply_text, style=">"):
    """Reply text with the original quoted ('>' prefix or Outlook header block)."""
    od = m.date - datetime.timedelta(hours=m.rng.randrange(2, 40))
    name, mail = D.staff_name(orig_from_key, m.lang, title=False), D.staff_addr(orig_from_key)
    if style == ">":
        head = (("Le %s à %s, %s <%s> a écrit :" % (D.fr_day(od), od.strftime("%H:%M"), name, mail)) if m.lang == "fr"
                else ("On %s, %d at %s, %s <%s> wrote:" % (D.en_day(od), od.year, od.strftime("%I:%M %p"), name, mail)))
        return reply_text + "\n\n" + head + "\n" + quote(orig_text)
    hdr = fr_fwd_header((name, mail), "", od, "") if m.lang == "fr" else en_fwd_header((name, mail), "", od, "")
    return reply_text + "\n\n" + hdr + "\n\n" + orig_text


def luhn_serial(r, n=10, first="123456789"):
    body = r.choice(first) + "".join(str(r.randrange(10)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def neg_oncall(m, v):
    r = m.rng
    start = m.later(7, 20)
    start -= datetime.timedelta(days=start.weekday())
    rows = [[L(m, "Semaine du", "Week of"), L(m, "Garde", "On call"), L(m, "Clinique pied diabétique", "Diabetic foot clinic"),
             L(m, "Angio / salle hybride", "Angio / hybrid OR"), L(m, "Résident", "Resident")]]
    for k in range(4):
        d = start + datetime.timedelta(days=7 * k)
        s = r.sample(SURGEONS, 3)
        rows.append([d.isoformat(), D.staff_name(s[0], m.lang), D.staff_name(s[1], m.lang), D.staff_name(s[2], m.lang),
                     D.staff_name(r.choice(["sethi", "levesque"]), m.lang)])
    note = L(m, "Rappel : la Dre Raman couvre aussi la clinique d'ulcères veineux le mardi matin. Le Dr Haddad est "
                "en congrès (ischémie critique, Vancouver) la semaine 3 ; échange confirmé avec le Dr Desrosiers.",
             "Reminder: Dr. Raman also covers the venous ulcer clinic on Tuesday mornings. Dr. Haddad is away at the "
             "critical limb ischemia meeting in week 3; swap confirmed with Dr. Desrosiers.")
    txt = L(m, "Bonjour à tous,\n\nVoici l'horaire de garde de chirurgie vasculaire pour le prochain bloc.\n\n",
            "Hi all,\n\nHere is the vascular surgery call schedule for the next block.\n\n")
    sig = D.signature("asselin", m.lang, unit=L(m, D.VASC_FR, D.VASC_EN), phone=D.PHONE_VASC)
    subj = L(m, "Horaire de garde – chirurgie vasculaire – bloc %d" % (start.month), "Vascular call schedule - block %d" % start.month)
    if v % 2 == 0:
        x = G.make_xlsx([(L(m, "Garde", "Call"), rows)], author="Francine Asselin")
        node = M.mixed(m.body(txt + note + "\n\n" + sig, "plain"), M.attach(x, XLSX, L(m, "horaire_garde_vasc.xlsx", "vascular_call.xlsx")))
    else:
        h = "<html><body><p>%s</p>%s<p>%s</p><pre>%s</pre></body></html>" % (txt.strip(), html_table(rows), note, sig)
        node = M.alt(M.text(txt + text_table(rows) + "\n\n" + note + "\n\n" + sig), M.html(h))
    return m.finish("schedule", L(m, "horaire de garde des chirurgiens", "surgeon on-call schedule"), who("asselin"),
                    [(L(m, "Chirurgie vasculaire – tous", "Vascular surgery - all"), "chirvasc.tous@" + D.ORG_DOM)], subj, node)


def neg_leave(m, v):
    r = m.rng
    people = r.sample(["rioux", "walsh", "veilleux", "benali", "parent", "poulin", "lalime"], 4)
    rows = [[L(m, "Employé(e)", "Employee"), L(m, "Du", "From"), L(m, "Au", "To"), L(m, "Type", "Type")]]
    kinds = L(m, ["vacances", "congé férié mobile", "formation", "congé parental", "maladie (retour progressif)"],
              ["vacation", "floating holiday", "training", "parental leave", "sick leave (graduated return)"])
    for k in people:
        a = m.later(10, 90)
        rows.append([D.staff_name(k, m.lang, title=False), a.isoformat(), (a + datetime.timedelta(days=r.randrange(3, 15))).isoformat(),
                     r.choice(kinds)])
    txt = L(m, "Bonjour l'équipe,\n\nVoici les congés approuvés pour la période estivale. Merci de vérifier et de "
               "m'aviser de toute erreur d'ici vendredi. Les demandes reçues après le 1er avril seront traitées selon "
               "l'ancienneté.\n\n",
            "Hello team,\n\nBelow are the approved leave requests for the summer period. Please check and let me know "
            "of any error by Friday. Requests received after April 1 are handled by seniority.\n\n")
    txt += text_table(rows) + "\n\n" + D.signature("dufour", m.lang)
    if v == 3:
        k0 = people[0]
        rep = L(m, "Bonjour Sylvain,\n\nPetite correction : mes vacances se terminent le vendredi, pas le lundi. "
                   "Sinon tout est beau.\n\nMerci!\n%s", "Hi Sylvain,\n\nSmall correction: my vacation ends on the "
                   "Friday, not the Monday. Everything else looks right.\n\nThanks!\n%s") % D.STAFF[k0][0]
        txt = quoted_reply(m, "dufour", txt, rep, style="outlook")
        return m.finish("hr", L(m, "réponse à l'annonce des congés approuvés", "reply to approved leave notice"), who(k0),
                        [who("dufour")], L(m, "RE: Congés approuvés – été", "RE: Approved leave - summer"), M.text(txt))
    return m.finish("hr", L(m, "congés approuvés de l'équipe", "approved staff leave"), who("dufour"),
                    [(L(m, "Équipe clinique de plaies", "Wound clinic team"), "equipe.plaies@" + D.ORG_DOM)],
                    L(m, "Congés approuvés – été", "Approved leave - summer"), m.body(txt, ["plain", "alt", "html", "plain"][v % 4]))


def neg_payroll(m, v):
    r = m.rng
    k = r.choice(["rioux", "walsh", "benali", "parent", "veilleux"])
    emp = r.randrange(100000, 199999)
    pay = m.later(3, 10)
    if v % 2 == 0:
        txt = L(m, "Bonjour,\n\nRappel : les feuilles de temps de la période %d doivent être approuvées dans le système de gestion du temps "
                   "avant mardi midi. Les heures supplémentaires du 24 juin et les primes de soir seront versées sur la "
                   "paie du %s.\n\nService de la paie\n%s\nPoste 2300" % (r.randrange(1, 26), D.fr_day(pay), D.ORG_FR),
                "Hello,\n\nReminder: timesheets for pay period %d must be approved by Tuesday noon. Overtime from the "
                "statutory holiday and evening premiums will be paid on %s.\n\nPayroll Services\n%s\nExt. 2300"
                % (r.randrange(1, 26), D.en_day(pay), D.ORG_EN))
        return m.finish("payroll", L(m, "rappel d'approbation des feuilles de temps", "timesheet approval reminder"),
                        (L(m, "Service de la paie", "Payroll"), "paie@" + D.ORG_DOM),
                        [(L(m, "Gestionnaires", "Managers"), "gestionnaires@" + D.ORG_DOM)],
                        L(m, "Feuilles de temps – période", "Timesheets - pay period"), m.body(txt))
    rows = [[L(m, "Code", "Code"), L(m, "Description", "Description"), L(m, "Heures", "Hours"), L(m, "Montant", "Amount")],
            ["REG", L(m, "Heures régulières", "Regular hours"), "70.00", "%.2f" % (70 * r.uniform(34, 48))],
            ["PSOIR", L(m, "Prime de soir", "Evening premium"), "14.00", "%.2f" % (14 * 1.25)],
            ["TS15", L(m, "Temps supplémentaire 1,5", "Overtime 1.5x"), "%.2f" % r.uniform(2, 9), "%.2f" % r.uniform(100, 400)]]
    pdf = G.make_pdf("Relevé de paie", [("h", L(m, "Relevé de paie", "Pay statement")),
                                        L(m, "Employé(e) : ", "Employee: ") + D.staff_name(k, m.lang, title=False),
                                        L(m, "Matricule : %d" % emp, "Employee no.: %d" % emp),
                                        L(m, "Date de paie : ", "Pay date: ") + pay.isoformat(), ("table", rows)])
    txt = L(m, "Bonjour,\n\nVotre relevé de paie corrigé est joint (erreur sur la prime de soir). Désolé pour le "
               "délai.\n\nService de la paie", "Hi,\n\nYour corrected pay statement is attached (evening premium "
               "error). Sorry for the delay.\n\nPayroll Services")
    return m.finish("payroll", L(m, "relevé de paie corrigé d'une employée", "corrected pay statement for an employee"),
                    (L(m, "Service de la paie", "Payroll"), "paie@" + D.ORG_DOM), [who(k)],
                    L(m, "Relevé de paie corrigé", "Corrected pay statement"),
                    M.mixed(M.text(txt), M.attach(pdf, "application/pdf", "releve_%d.pdf" % emp)))


def neg_occ_health(m, v):
    r = m.rng
    k = r.choice(["walsh", "rioux", "parent", "poulin", "beaulieu"])
    name = D.staff_name(k, m.lang, title=False)
    opts = [
        (L(m, "Suivi post-exposition", "Post-exposure follow-up"),
         L(m, "Bonjour %s,\n\nSuite à votre déclaration d'exposition (piqûre d'aiguille à la clinique le %s), vos "
              "sérologies de base sont dans les limites attendues (anti-HBs protecteur). Prochain prélèvement à 6 "
              "semaines ; prenez rendez-vous au poste 2280. Ce suivi est confidentiel et n'est pas transmis à votre "
              "gestionnaire.\n\nSanté et sécurité au travail" % (name, D.fr_day(m.earlier(3, 10))),
           "Hello %s,\n\nFollowing your exposure report (needlestick in the clinic on %s), your baseline serologies "
           "are as expected (protective anti-HBs). Next draw at 6 weeks; book at ext. 2280. This follow-up is "
           "confidential and is not shared with your manager.\n\nOccupational Health and Safety"
           % (name, D.en_day(m.earlier(3, 10))))),
        (L(m, "Retour progressif au travail", "Graduated return to work"),
         L(m, "Bonjour M. Dufour,\n\nVotre employé(e) %s pourra reprendre le travail en retour progressif à compter "
              "du %s : 3 jours/semaine, sans soulèvement de plus de 10 kg pendant 4 semaines (restriction liée à sa "
              "chirurgie de l'épaule). Merci d'adapter l'horaire.\n\nBureau de santé du personnel"
              % (name, D.fr_day(m.later(5, 15))),
           "Hello Mr. Dufour,\n\nYour employee %s may start a graduated return on %s: 3 days/week, no lifting over "
           "10 kg for 4 weeks (restriction related to shoulder surgery). Please adjust the schedule.\n\nEmployee "
           "Health Office" % (name, D.en_day(m.later(5, 15))))),
        (L(m, "Campagne de vaccination antigrippale", "Flu vaccination campaign"),
         L(m, "Bonjour,\n\nLa vaccination antigrippale du personnel aura lieu à la cafétéria du %s au %s, de 7 h à 16 h. "
              "Taux de couverture actuel de l'équipe de chirurgie : 54 %%. Apportez votre carte d'employé.\n\nSanté au travail"
              % (D.fr_day(m.later(3, 5)), D.fr_day(m.later(8, 12))),
           "Hello,\n\nStaff flu shots will be offered in the cafeteria from %s to %s, 7 a.m. to 4 p.m. Current "
           "coverage for the surgery team: 54%%. Bring your staff ID.\n\nOccupational Health" % (D.en_day(m.later(3, 5)), D.en_day(m.later(8, 12))))),
    ]
    subj, txt = opts[v % 3]
    to = [who(k)] if v % 3 == 0 else ([who("dufour")] if v % 3 == 1 else [("Personnel", "tous@" + D.ORG_DOM)])
    if v == 3:
        rep = L(m, "Merci, j'ai pris rendez-vous pour le prélèvement de 6 semaines.\n\n%s",
                "Thanks, I booked the 6-week blood draw.\n\n%s") % D.STAFF[k][0]
        od = m.date - datetime.timedelta(hours=20)
        head = L(m, "Le %s, Santé au travail <sst@%s> a écrit :" % (D.fr_day(od), D.ORG_DOM),
                 "On %s, Occupational Health <sst@%s> wrote:" % (D.en_day(od), D.ORG_DOM))
        return m.finish("occupational_health", L(m, "réponse d'un employé au suivi de santé au travail",
                                                 "employee reply to occupational health follow-up"), who(k),
                        [(L(m, "Santé au travail", "Occupational Health"), "sst@" + D.ORG_DOM)], "RE: " + subj,
                        M.text(rep + "\n\n" + head + "\n" + quote(txt)))
    return m.finish("occupational_health", L(m, "santé au travail du personnel", "staff occupational health"),
                    (L(m, "Santé au travail", "Occupational Health"), "sst@" + D.ORG_DOM), to, subj, m.body(txt))


def neg_candidates(m, v):
    r = m.rng
    cands = r.sample(CANDIDATES, 3)
    day = m.later(4, 12)
    rows = [[L(m, "Heure", "Time"), L(m, "Candidat(e)", "Candidate"), L(m, "Poste", "Position")]]
    pos = L(m, "Infirmière clinicienne – soins de plaies", "Clinical nurse - wound care")
    for i, (g, s) in enumerate(cands):
        rows.append(["%d:00" % (9 + i), "%s %s" % (g, s), pos])
    txt = L(m, "Bonjour,\n\nVoici l'horaire des entrevues du %s (salle 2.114). Grille d'évaluation en pièce jointe. "
               "Merci de ne pas faire circuler les CV.\n\n", "Hello,\n\nHere is the interview schedule for %s "
               "(room 2.114). The scoring grid is attached. Please do not circulate the CVs.\n\n") % (
        D.fr_day(day) if m.lang == "fr" else D.en_day(day))
    txt += text_table(rows) + "\n\n" + D.signature("gosselin", m.lang, unit=L(m, "Ressources humaines", "Human Resources"), phone=D.PHONE_MAIN, ext="2150")
    if v % 2 == 1:
        g, s = cands[0]
        cv = G.make_docx("CV", [("h", "%s %s" % (g, s)), L(m, "Infirmière, B. Sc. inf., 6 ans d'expérience en chirurgie",
                                                            "RN, BScN, 6 years of surgical experience"),
                                "Tél. : 819-555-01%02d" % r.randrange(30, 59),
                                L(m, "Formation : microprogramme en soins de plaies (2022)", "Education: wound care certificate (2022)"),
                                L(m, "Expérience : unité de chirurgie vasculaire, clinique de pied diabétique",
                                   "Experience: vascular surgery unit, diabetic foot clinic")])
        node = M.mixed(m.body(txt, "plain"), M.attach(cv, DOCX, "CV_%s_%s.docx" % (g, s.replace(" ", ""))))
    else:
        grid = G.make_xlsx([("Grille", [[L(m, "Critère", "Criterion"), L(m, "Pondération", "Weight")],
                                        [L(m, "Connaissances plaies", "Wound knowledge"), 30],
                                        [L(m, "Jugement clinique", "Clinical judgement"), 30],
                                        [L(m, "Communication", "Communication"), 20], ["Mises en situation", 20]])])
        node = M.mixed(m.body(txt, "plain"), M.attach(grid, XLSX, L(m, "grille_entrevue.xlsx", "interview_grid.xlsx")))
    return m.finish("job_candidate", L(m, "horaire d'entrevues de candidats", "candidate interview schedule"), who("gosselin"),
                    [who("dufour"), who("veilleux")], L(m, "Entrevues – infirmière plaies", "Interviews - wound care nurse"), node)


def neg_newsletter(m, v):
    r = m.rng
    ext = r.sample(D.EXTERNAL[:6], 2)
    items_fr = [
        ("Nouveau parcours pied diabétique", "La Dre Vachon et le Dr Okafor lancent un corridor de services pour les "
         "ulcères du pied diabétique : toute plaie avec sondage osseux positif sera vue en moins de 72 heures."),
        ("Bienvenue", "Nous accueillons M. Kevin Walsh, infirmier, qui arrive de l'unité de dialyse, et Mme Nadia "
         "Benali, podiatre, présente les lundis et jeudis."),
        ("Conférence midi", "%s %s %s présentera « L'ostéomyélite du pied : quand opérer ? » le %s à l'amphithéâtre A."
         % (ext[0][0], ext[0][2], ext[0][3], D.fr_day(m.later(5, 20)))),
        ("Le saviez-vous ?", "Le taux d'amputation majeure de notre région a diminué de 18 % depuis 2021. Les "
         "maladies artérielles périphériques demeurent sous-diagnostiquées chez les femmes."),
    ]
    items_en = [
        ("New diabetic foot pathway", "Dr. Vachon and Dr. Okafor are launching a fast-track for diabetic foot "
         "ulcers: any wound that probes to bone will be seen within 72 hours."),
        ("Welcome", "Please welcome Mr. Kevin Walsh, RN, joining us from the dialysis unit, and Ms. Nadia Benali, "
         "podiatrist, in clinic Mondays and Thursdays."),
        ("Lunch and learn", "%s %s %s will present \"Foot osteomyelitis: when to operate?\" on %s in Auditorium A."
         % (ext[0][1], ext[0][2], ext[0][3], D.en_day(m.later(5, 20)))),
        ("Did you know?", "Major amputation rates in our region are down 18% since 2021. Peripheral artery disease "
         "remains under-diagnosed in women."),
    ]
    items = items_fr if m.lang == "fr" else items_en
    items = r.sample(items, 4)
    title = L(m, "L'Écho des plaies — numéro %d" % r.randrange(12, 40), "Wound Matters - issue %d" % r.randrange(12, 40))
    txt = title + "\n\n" + "\n\n".join("%s\n%s" % it for it in items) + "\n\n" + L(
        m, "Pour vous désabonner, répondez « retrait ».", "To unsubscribe, reply \"remove\".")
    h = ('<html><body style="font-family:Georgia,serif"><h2 style="color:#2a5d84">%s</h2>' % title +
         "".join("<h3>%s</h3><p>%s</p>" % it for it in items) +
         '<p style="font-size:9pt">%s — %s — %s</p></body></html>' % (D.CLINIC_FR if m.lang == "fr" else D.CLINIC_EN,
                                                                      D.ORG_ADDR_FR if m.lang == "fr" else D.ORG_ADDR_EN, D.PHONE_CLINIC))
    if v % 2 == 0:
        node = M.alt(M.text(txt), M.html(h))
    else:
        pdf = G.make_pdf(title, [("h", title)] + [x for it in items for x in (("h", it[0]), it[1])])
        node = M.mixed(M.html(h), M.attach(pdf, "application/pdf", L(m, "Echo_des_plaies.pdf", "Wound_Matters.pdf")))
    return m.finish("newsletter", L(m, "bulletin interne de la clinique de plaies", "wound clinic internal newsletter"),
                    (L(m, "Communications internes", "Internal communications"), "communications@" + D.ORG_DOM),
                    [(L(m, "Personnel – chirurgie", "Staff - surgery"), "chirurgie.tous@" + D.ORG_DOM)], title, node)


def neg_committee(m, v):
    r = m.rng
    d = m.later(5, 20)
    start = datetime.datetime(d.year, d.month, d.day, 12, 0)
    agenda = L(m, ["Adoption du procès-verbal", "Protocole ostéomyélite du pied diabétique — révision (Dre Bisson)",
                   "Indicateurs : délai de consultation vasculaire, taux d'amputation majeure",
                   "Achat d'un deuxième appareil de TcPO2 (M. Turcotte)", "Varia"],
               ["Approval of minutes", "Diabetic foot osteomyelitis protocol - revision (Dr. Bisson)",
                "Indicators: time to vascular consult, major amputation rate",
                "Purchase of a second TcPO2 unit (Mr. Turcotte)", "Other business"])
    title = L(m, "Comité interdisciplinaire du pied diabétique", "Interdisciplinary Diabetic Foot Committee")
    txt = "%s\n%s\n\n%s\n%s" % (title, L(m, "Ordre du jour", "Agenda"), "\n".join("%d. %s" % (i + 1, a) for i, a in enumerate(agenda)),
                                L(m, "\nSalle 3.201 ou Teams. Dîner fourni.", "\nRoom 3.201 or Teams. Lunch provided."))
    ics = G.make_ics("comite-pied-%s@chrs.example" % d.isoformat(), datetime.datetime(2025, 1, 6, 13, 0), start,
                     start + datetime.timedelta(hours=1), title, description="\n".join(agenda), location="Salle 3.201",
                     organizer=("Sylvain Dufour", D.staff_addr("dufour")),
                     attendees=[(D.staff_name(k, title=False), D.staff_addr(k)) for k in ["bisson", "vachon", "okafor", "veilleux", "turcotte"]])
    if v == 3:
        rep = L(m, "Bonjour Sylvain,\n\nJe serai absente (clinique de pied diabétique à Val-des-Bouleaux). Mélanie "
                   "Rioux me remplace pour le point 2.\n\nChantal", "Hi Sylvain,\n\nI'll be away (outreach diabetic foot "
                   "clinic in Val-des-Bouleaux). Mélanie Rioux will cover item 2 for me.\n\nChantal")
        return m.finish("committee", L(m, "réponse à une convocation de comité", "reply to committee notice"),
                        who("veilleux"), [who("dufour")], "RE: " + L(m, "Convocation : ", "Invitation: ") + title,
                        m.body(quoted_reply(m, "dufour", txt, rep), "plain"))
    if v % 2 == 0:
        node = M.alt(M.text(txt), M.attach_text(ics, "text/calendar; method=REQUEST", "invite.ics", cte="7bit"))
    else:
        node = M.mixed(m.body(txt, "plain"), M.attach_text(ics, "text/calendar", "comite.ics", cte="base64"))
    return m.finish("committee", L(m, "convocation au comité du pied diabétique", "diabetic foot committee notice"),
                    who("dufour"), [who("bisson"), who("vachon"), who("okafor"), who("veilleux")],
                    L(m, "Convocation : ", "Invitation: ") + title, node)


def neg_conference(m, v):
    r = m.rng
    sp = r.sample(D.EXTERNAL[:6], 4)
    topics = L(m, ["Ischémie chronique menaçant le membre : revascularisation d'abord ?",
                   "Pied de Charcot : plâtre à contact total ou botte amovible",
                   "Ulcères veineux : la compression au quotidien", "Antibiothérapie de l'ostéomyélite : 6 semaines, vraiment ?",
                   "Thérapie par pression négative : indications et pièges"],
               ["Chronic limb-threatening ischemia: revascularise first?", "Charcot foot: total contact cast or removable boot",
                "Venous ulcers: compression in real life", "Osteomyelitis antibiotics: is 6 weeks really needed?",
                "Negative pressure wound therapy: indications and pitfalls"])
    d = m.later(30, 90)
    rows = [[L(m, "Heure", "Time"), L(m, "Conférencier(ère)", "Speaker"), L(m, "Sujet", "Topic")]]
    for i, s in enumerate(sp):
        rows.append(["%d:%s" % (8 + i, "30"), "%s %s %s" % (s[0] if m.lang == "fr" else s[1], s[2], s[3]), topics[i]])
    title = L(m, "Journée scientifique en soins de plaies %d" % d.year, "Wound Care Scientific Day %d" % d.year)
    blocks = [("h", title), "%s — %s" % (d.isoformat(), D.ASSOC[0]), ("table", rows),
              L(m, "Inscription : 95 $ (membres), 140 $ (non-membres). Crédits de formation : 6 h.",
                "Registration: $95 (members), $140 (non-members). 6 hours of CE credits.")]
    pdf = G.make_pdf(title, blocks, author=D.ASSOC[0])
    txt = L(m, "Bonjour,\n\nLe programme de la %s est maintenant disponible (PDF joint). Places limitées.\n\n%s\n%s\n%s",
            "Hello,\n\nThe programme for the %s is now available (PDF attached). Seats are limited.\n\n%s\n%s\n%s") % (
        title, D.ASSOC[0], "info@" + D.ASSOC[1], D.ASSOC[2])
    node = M.mixed(m.body(txt, ["plain", "alt"][v % 2]), M.attach(pdf, "application/pdf", L(m, "programme_journee.pdf", "programme.pdf")))
    return m.finish("conference", L(m, "programme d'une journée scientifique", "scientific day programme"),
                    (D.ASSOC[0], "info@" + D.ASSOC[1]), [(L(m, "Membres", "Members"), "membres@" + D.ASSOC[1])], title, node)


def neg_job_posting(m, v):
    r = m.rng
    num = "%d-%03d" % (m.today.year, r.randrange(100, 999))
    jobs = L(m, [("Infirmière clinicienne ou infirmier clinicien — clinique de plaies", "Échelle salariale : 29,75 $ à 52,22 $ / h"),
                 ("Podiatre — pied diabétique (temps partiel, 3 jours)", "Rémunération selon entente"),
                 ("Agente administrative ou agent administratif classe 2 — chirurgie vasculaire", "Échelle : 23,12 $ à 26,44 $ / h"),
                 ("Technologue en électrophysiologie médicale — laboratoire vasculaire", "Échelle : 26,35 $ à 45,50 $ / h")],
             [("Clinical nurse - wound clinic", "Salary scale: $29.75 to $52.22 per hour"),
              ("Podiatrist - diabetic foot (part time, 3 days)", "Pay as per agreement"),
              ("Administrative agent, class 2 - vascular surgery", "Scale: $23.12 to $26.44 per hour"),
              ("Vascular lab technologist", "Scale: $26.35 to $45.50 per hour")])
    title, pay = jobs[v % 4]
    txt = L(m, "AFFICHAGE INTERNE %s\n\n%s\n%s\nDuré : poste permanent, temps complet, quart de jour\n\nExigences : "
               "permis d'exercice valide ; expérience en soins de plaies, pied diabétique ou chirurgie vasculaire un atout.\n\n"
               "Faites parvenir votre candidature avant le %s à recrutement@%s.\n\nRessources humaines\n%s\n%s",
            "INTERNAL POSTING %s\n\n%s\n%s\nPermanent, full time, day shift\n\nRequirements: valid licence; experience in "
            "wound care, diabetic foot or vascular surgery an asset.\n\nApply before %s to recrutement@%s.\n\nHuman "
            "Resources\n%s\n%s") % (num, title, pay, m.later(10, 20).isoformat(), D.ORG_DOM,
                                    L(m, D.ORG_FR, D.ORG_EN), L(m, D.ORG_ADDR_FR, D.ORG_ADDR_EN))
    txt = txt.replace("Duré :", "Durée :")
    return m.finish("job_posting", L(m, "affichage de poste", "job posting"),
                    (L(m, "Recrutement", "Recruitment"), "recrutement@" + D.ORG_DOM),
                    [(L(m, "Tout le personnel", "All staff"), "tous@" + D.ORG_DOM)],
                    L(m, "Affichage %s – " % num, "Posting %s - " % num) + title, m.body(txt, ["plain", "html", "alt", "plain"][v % 4]))


def neg_invoice(m, v):
    r = m.rng
    inv = "VT-%d%05d" % (m.today.year % 100, r.randrange(100000))
    rows = [[L(m, "Article", "Item"), L(m, "No de série", "Serial no."), L(m, "Jours", "Days"), L(m, "Taux", "Rate"), L(m, "Total", "Total")]]
    total = 0
    for _ in range(r.randrange(3, 6)):
        days = r.randrange(5, 31)
        rate = r.choice([42.5, 48.0, 55.0])
        total += days * rate
        rows.append([L(m, "Appareil TPN portatif VX-300", "Portable NPWT unit VX-300"), luhn_serial(r, 10), str(days),
                     "%.2f" % rate, "%.2f" % (days * rate)])
    tps, tvq = total * 0.05, total * 0.09975
    blocks = [("h", "%s — %s %s" % (D.NPWT_CO[0], L(m, "Facture", "Invoice"), inv)),
              L(m, "Client : ", "Customer: ") + D.ORG_FR + ", " + L(m, "Approvisionnement", "Procurement"),
              L(m, "No de client : ", "Customer no.: ") + luhn_serial(r, 9),
              L(m, "Bon de commande : ", "PO: ") + "BC-%d" % r.randrange(400000, 499999),
              ("table", rows), "TPS/GST: %.2f   TVQ/QST: %.2f   Total: %.2f $" % (tps, tvq, total + tps + tvq),
              L(m, "Payable dans 30 jours. Remise : %s, %s" % (D.NPWT_CO[0], D.NPWT_CO[2]),
                "Payable within 30 days. Remit to: %s, %s" % (D.NPWT_CO[0], D.NPWT_CO[2]))]
    pdf = G.make_pdf("Facture " + inv, blocks, author=D.NPWT_CO[0])
    txt = L(m, "Bonjour,\n\nVeuillez trouver ci-joint la facture %s pour la location d'appareils de thérapie par "
               "pression négative (période du mois dernier).\n\nComptes recevables\n%s\n%s",
            "Hello,\n\nPlease find attached invoice %s for negative pressure therapy unit rentals (last month).\n\n"
            "Accounts receivable\n%s\n%s") % (inv, D.NPWT_CO[0], D.NPWT_CO[2])
    node = M.mixed(m.body(txt, "plain"), M.attach(pdf, "application/pdf", "%s.pdf" % inv))
    return m.finish("invoice", L(m, "facture de location d'appareils", "equipment rental invoice"),
                    (D.NPWT_CO[0], "ar@" + D.NPWT_CO[1]), [who("turcotte")], L(m, "Facture ", "Invoice ") + inv, node)


def neg_purchase_order(m, v):
    r = m.rng
    po = "BC-%d" % r.randrange(400000, 499999)
    prods = [("Aquacel Ag+ Extra 10 x 10 cm", "BTE/10"), ("Mepilex Border Flex 15 x 15 cm", "BTE/5"),
             ("Iodosorb gel 40 g", "TUBE"), ("Bandage 2 couches UrgoK2", "TROUSSE"), ("Alginate de calcium 10 x 10", "BTE/10"),
             ("Botte de décharge pneumatique, M", "UN"), ("Canister TPN 300 mL", "BTE/5")]
    rows = [[L(m, "Code", "Code"), L(m, "Description", "Description"), "UM", L(m, "Qté", "Qty"), L(m, "Lot demandé", "Lot"), L(m, "Prix", "Price")]]
    for p, um in r.sample(prods, r.randrange(3, 6)):
        lot = r.choice(["MPX", "AQC", "IOD", "UGK"]) + "%d%06d" % (r.randrange(22, 26), r.randrange(10**6))
        rows.append(["%06d" % r.randrange(10**6), p, um, str(r.randrange(2, 40)), lot, "%.2f" % r.uniform(18, 260)])
    rows_niss = D.gen_niss(r, datetime.date(1990 + r.randrange(20), r.randrange(1, 13), r.randrange(1, 28)), r.choice("MF"))
    txt = L(m, "Bonjour,\n\nVoici le bon de commande %s pour la clinique de plaies. Livraison au quai 2, pavillon B, "
               "attention Alain Turcotte. No de suivi transporteur souhaité : %s.\n\n%s",
            "Hello,\n\nHere is purchase order %s for the wound clinic. Deliver to dock 2, pavilion B, attention Alain "
            "Turcotte. Carrier tracking no. requested: %s.\n\n%s") % (po, rows_niss, D.signature("turcotte", m.lang, unit=L(m, "Approvisionnement", "Procurement"), phone=D.PHONE_MAIN, ext="2410"))
    if v % 2 == 0:
        att = M.attach(G.make_xlsx([(po, rows)], author="Alain Turcotte"), XLSX, "%s.xlsx" % po)
    else:
        att = M.attach_text(G.make_csv(rows, ";"), "text/csv", "%s.csv" % po, charset="windows-1252", cte="quoted-printable")
    return m.finish("purchase_order", L(m, "bon de commande de pansements", "dressing purchase order"), who("turcotte"),
                    [(D.VENDOR[0], "commandes@" + D.VENDOR[1])], L(m, "Bon de commande ", "Purchase order ") + po,
                    M.mixed(m.body(txt, "plain"), att))


def neg_inventory(m, v):
    r = m.rng
    rows = [[L(m, "No d'actif", "Asset no."), L(m, "Équipement", "Equipment"), L(m, "No de série", "Serial"),
             L(m, "Local", "Room"), L(m, "Dernier entretien", "Last service")]]
    eq = L(m, ["Doppler portatif 8 MHz", "Appareil TcPO2", "Scie à plâtre", "Lampe d'examen LED", "Moniteur IPS automatisé",
               "Appareil TPN VX-300", "Chariot de pansements"],
           ["Handheld Doppler 8 MHz", "TcPO2 monitor", "Cast saw", "LED exam lamp", "Automated ABI system",
            "NPWT unit VX-300", "Dressing cart"])
    for e in r.sample(eq, 6):
        rows.append([luhn_serial(r, 9, "1234567"), e, "SN" + luhn_serial(r, 10), "B2-%d" % r.randrange(1, 8),
                     m.earlier(20, 300).isoformat()])
    txt = L(m, "Bonjour,\n\nInventaire annuel des équipements de la clinique de plaies en pièce jointe. Deux "
               "Dopplers sont à envoyer au génie biomédical (étalonnage échu).\n\n",
            "Hi,\n\nAnnual equipment inventory for the wound clinic attached. Two Dopplers need to go to biomedical "
            "engineering (calibration overdue).\n\n") + D.signature("veilleux", m.lang)
    if v % 2 == 0:
        att = M.attach(G.make_xlsx([("Inventaire", rows)], author="Chantal Veilleux"), XLSX, L(m, "inventaire_equipements.xlsx", "equipment_inventory.xlsx"))
    else:
        att = M.attach_text(G.make_csv(rows), "text/csv", L(m, "inventaire.csv", "inventory.csv"), cte="base64")
    return m.finish("inventory", L(m, "inventaire des équipements avec numéros de série", "equipment inventory with serials"),
                    who("veilleux"), [(L(m, "Génie biomédical", "Biomedical engineering"), "gbm@" + D.ORG_DOM)],
                    L(m, "Inventaire annuel – clinique de plaies", "Annual inventory - wound clinic"), M.mixed(m.body(txt, "plain"), att))


TEMPLATES = [neg_oncall, neg_leave, neg_payroll, neg_occ_health, neg_candidates, neg_newsletter, neg_committee,
             neg_conference, neg_job_posting, neg_invoice, neg_purchase_order, neg_inventory]
