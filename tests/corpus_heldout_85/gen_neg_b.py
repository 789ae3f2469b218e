"""Negative (non-confidential) templates, part B: HR, occupational health, research, facilities, rosters,
operations, staff travel, policies, logs, minutes, vCards, forwarded mail, campaigns, events."""
import datetime

from gen_common import AIRLINES, BOARDING, EEYOU, MEDEVAC_EN, MEDEVAC_FR, NUNAVIK, ORGS, TELE
from gen_ctx import Out
from gen_docs import make_csv, make_docx, make_ics, make_pdf, make_vcard, make_xlsx, make_zip
from gen_mime import Att, build, choose_transport
from gen_neg_a import DOCX, XLSX, _comm, _north, luhn_num, n_conference, n_it, n_newsletter, n_shortage


def n_hr(c):
    hr = c.staff("hr", c.ch(["rr", "ew", "husb"]))
    emp = c.staff(c.ch(["nurse", "clerk", "interp"]), hr.org)
    kind = c.ch(["goose", "vac", "pay", "sick"])
    if kind == "goose":
        subj = c.t("Congé de la chasse à l'oie", "Goose Break leave")
        body = c.t("Le congé culturel de la chasse à l'oie du printemps sera du 24 avril au 5 mai. Les demandes de congé doivent être approuvées par votre gestionnaire; les services essentiels (urgence, évacuations) seront maintenus.",
                   "The spring Goose Break cultural leave runs April 24 to May 5. Leave requests need manager approval; essential services (emergency, medevacs) continue.")
        to = [(c.t("Tout le personnel", "All staff"), f"tous@{hr.addr.split('@')[1]}")]
    elif kind == "vac":
        subj = c.t("Approbation de vacances", "Vacation approved")
        body = c.t(f"Bonjour {emp.given}, vos vacances du {c.dfmt(c.later(20, 60))} au {c.dfmt(c.later(61, 80))} sont approuvées. Votre remplaçante arrivera par le vol du lundi.",
                   f"Hi {emp.given}, your vacation from {c.dfmt(c.later(20, 60))} to {c.dfmt(c.later(61, 80))} is approved. Your replacement flies in Monday.")
        to = [emp]
    elif kind == "pay":
        subj = c.t("Prime d'éloignement – correction de paie", "Isolation allowance – pay correction")
        body = c.t(f"La prime d'éloignement n'a pas été versée sur la paie du {c.dfmt(c.earlier(3, 12))} pour le matricule {c.rng.randint(100000, 999999)}. La correction sera faite à la prochaine paie.",
                   f"The isolation allowance was missing from the {c.dfmt(c.earlier(3, 12))} pay for employee no. {c.rng.randint(100000, 999999)}. It will be corrected next pay.")
        to = [emp]
    else:
        subj = c.t("Absence – remplacement", "Absence – coverage")
        body = c.t(f"{emp.full} ({emp.role_name('fr')}) sera en congé de maladie jusqu'à nouvel ordre. Merci de couvrir ses quarts de la semaine prochaine.",
                   f"{emp.full} ({emp.role_name('en')}) is off sick until further notice. Please cover their shifts next week.")
        to = [c.staff("mgr", hr.org)]
    lines = [c.greet(), "", body, "", c.close(), c.sign(hr)]
    m = c.mail(hr, to, subj, "\n".join(lines))
    return Out(m, [], "HR notice about staff", "hr")


def n_occ_health(c):
    org = c.ch(["rr", "ew", "siq", "ika"])
    occ = c.staff("nurse", org)
    kind = c.ch(["tst_all", "own_tst", "flu", "needle"])
    if kind == "tst_all":
        lines = [c.greet(), "", c.t("Rappel : tout le personnel doit faire son test cutané à la tuberculine (TCT) annuel avant le 30 du mois. Cliniques mardi et mercredi au bureau de santé au travail.",
                                    "Reminder: all staff must complete their annual TB skin test (TST) by the 30th. Clinics Tuesday and Wednesday at Occupational Health.")]
        frm, to = occ, [(c.t("Tout le personnel", "All staff"), f"tous@{occ.addr.split('@')[1]}")]
        subj = c.t("TCT annuel du personnel", "Annual staff TST")
    elif kind == "own_tst":
        emp = c.staff("nurse", org)
        lines = [c.greet(first=occ.given), "", c.t(f"Mon TCT d'embauche a été lu aujourd'hui : 8 mm. Est-ce que je dois passer une radiographie avant de commencer ma rotation à {_comm(c, org)}?",
                                                   f"My pre-employment TST was read today: 8 mm. Do I need a chest X-ray before starting my rotation in {_comm(c, org)}?"),
                 c.t("Je joins ma preuve de vaccination BCG.", "Attaching my BCG vaccination record.")]
        frm, to = emp, [occ]
        subj = c.t("Santé au travail – mon TCT", "Occupational health – my TST")
    elif kind == "flu":
        lines = [c.greet(), "", c.t("La campagne de vaccination antigrippale du personnel commence lundi. Taux de couverture l'an dernier : 61 %. Objectif : 80 %.",
                                    "Staff flu vaccination campaign starts Monday. Last year's coverage: 61%. Target: 80%.")]
        frm, to = occ, [(c.t("Tout le personnel", "All staff"), f"tous@{occ.addr.split('@')[1]}")]
        subj = c.t("Vaccination du personnel", "Staff vaccination")
    else:
        emp = c.staff("nurse", org)
        lines = [c.greet(first=occ.given), "", c.t(f"Je me suis piqué{'e' if emp.sex == 'F' else ''} avec une aiguille souillée hier soir pendant un quart de travail. J'ai rempli le formulaire d'accident de travail. Est-ce que je dois faire les prises de sang de suivi à 6 semaines ici ou au sud?",
                                                   "I had a needlestick injury last night on shift. I filled in the workplace accident form. Do I do the 6-week follow-up bloodwork here or down south?")]
        frm, to = emp, [occ]
        subj = c.t("Accident de travail – piqûre", "Workplace injury – needlestick")
    lines += ["", c.close(), c.sign(frm)]
    m = c.mail(frm, to, subj, "\n".join(lines))
    return Out(m, [], "staff occupational health", "occupational_health")


def n_research(c):
    md = c.staff("md", c.ch(["mru", "husb", "rr"]))
    title = c.ch([c.t("Adhésion au traitement court de l'ITL (3HP) en contexte nordique", "Adherence to short-course LTBI treatment (3HP) in northern settings"),
                  c.t("Dépistage de la syphilis au point de service pendant la grossesse", "Point-of-care syphilis screening in pregnancy"),
                  c.t("Télé-audiologie pour les enfants des communautés isolées", "Tele-audiology for children in remote communities")])
    lines = [c.greet(), "", c.t(f"Veuillez trouver ci-joint le protocole de recherche « {title} » soumis au comité d'éthique.",
                                f"Attached is the research protocol \"{title}\" submitted to the ethics board."),
             c.t("Recrutement visé : 120 participants dans 4 communautés; consentement en inuktitut, cri, français ou anglais; données dénominalisées.",
                 "Target recruitment: 120 participants in 4 communities; consent in Inuktitut, Cree, French or English; de-identified data."),
             c.t("Le protocole a été révisé par le comité consultatif communautaire.", "The protocol was reviewed by the community advisory committee."), "", c.sign(md)]
    blocks = [("h", c.t("Objectifs", "Objectives")), ("p", c.t("Mesurer le taux de complétion et les effets indésirables.", "Measure completion rates and adverse events.")),
              ("h", c.t("Critères d'inclusion", "Inclusion criteria")), ("p", c.t("18 ans et plus; IGRA positif; consentement.", "18 years and older; positive IGRA; consent.")),
              ("h", c.t("Gouvernance des données", "Data governance")), ("p", c.t("Principes de propriété, contrôle, accès et possession (PCAP).", "OCAP principles (ownership, control, access, possession)."))]
    att = Att(c.t("protocole_v3.docx", "protocol_v3.docx"), DOCX, make_docx(title, blocks, c.dt.replace(tzinfo=None), md.full))
    m = c.mail(md, [(c.t("Comité d'éthique", "Research Ethics Board"), "ethique@mruhn.example")], c.t("Protocole : ", "Protocol: ") + title, "\n".join(lines), atts=[att])
    return Out(m, [], "research protocol without participants", "research")


def n_facilities(c):
    org = _north(c)
    tech = c.staff("logi", org)
    comm = _comm(c, org)
    issue = c.ch([c.t("La génératrice d'urgence du centre de santé a échoué au test mensuel.", "The health centre's emergency generator failed its monthly test."),
                  c.t("Le camion-citerne d'eau potable ne passera pas avant jeudi; réservoir du centre à 30 %.", "The water truck won't come until Thursday; health centre tank at 30%."),
                  c.t("La fournaise du logement du personnel (unité B) est en panne.", "The furnace in staff housing unit B is down."),
                  c.t("Fuite au plafond de la salle de radiographie; appareil couvert et hors service.", "Roof leak over the X-ray room; unit covered and out of service.")])
    lines = [c.greet(), "", f"{comm} : {issue}", c.t("Un technicien arrive par le prochain vol. Bon de travail : ", "A technician is flying in on the next flight. Work order: ") + f"BT-{c.rng.randint(10000, 99999)}",
             "", c.sign(tech)]
    m = c.mail(tech, [c.staff("mgr", org)], c.t(f"Bâtiment – {comm}", f"Facilities – {comm}"), "\n".join(lines))
    return Out(m, [], "facilities issue", "facilities")


def n_interp_roster(c):
    coord = c.staff("coord", c.ch(["rr", "husb", "mru"]))
    rows = []
    for d in range(5):
        day = c.today + datetime.timedelta(days=d + 1)
        s1, s2 = c.staff("interp", coord.org), c.staff("interp", coord.org)
        rows.append(f"{c.dlong(day)} : {s1.full} (inuktitut, 8 h-16 h), {s2.full} ({c.t('cri', 'Cree')}, 12 h-20 h)")
    lines = [c.greet(), "", c.t("Horaire des interprètes pour la semaine prochaine :", "Interpreter schedule for next week:"), ""] + rows + \
            ["", c.t("Pour les demandes urgentes après 20 h, appelez la ligne de garde : 514-555-0177.", "For urgent requests after 8 PM, call the on-call line: 514-555-0177."), "", c.sign(coord)]
    m = c.mail(coord, [(c.t("Cliniques", "Clinics"), f"cliniques@{coord.addr.split('@')[1]}")], c.t("Horaire des interprètes", "Interpreter schedule"), "\n".join(lines))
    return Out(m, [], "staff interpreter roster", "interpreter_roster")


def n_oncall(c):
    coord = c.staff("coord", c.ch(["rr", "ew"]))
    lines = [c.greet(), "", c.t("Liste de garde médicale à distance :", "Remote on-call physicians:"), ""]
    for sp in c.rng.sample([("pédiatrie", "paediatrics"), ("obstétrique", "obstetrics"), ("infectiologie (TB, ITSS)", "infectious diseases (TB, STBBI)"),
                            ("psychiatrie", "psychiatry"), ("médecine interne", "internal medicine")], 4):
        s = c.staff("md", c.ch(["husb", "mru"]))
        lines.append(f"- {c.t(sp[0], sp[1])} : Dr {s.full}, {c.t('pagette', 'pager')} 514-555-01{c.rng.randint(0, 99):02d}")
    lines += ["", c.t("Pour toute évacuation, appelez d'abord le médecin de garde régional.", "For any medevac, call the regional on-call physician first."), "", c.sign(coord)]
    m = c.mail(coord, [(c.t("Dispensaires", "Nursing stations"), "dispensaires@rrsnn.example")], c.t("Garde médicale – semaine ", "On-call – week ") + f"{c.today.isocalendar()[1]}", "\n".join(lines))
    return Out(m, [], "on-call physician list", "oncall")


def n_medevac_ops(c):
    coord = c.staff("coord", "rr")
    n = c.rng.randint(30, 70)
    lines = [c.greet(), "", c.t(f"Bilan du mois : {n} évacuations ({c.rng.randint(8, 20)} P1, aucune annulée pour météo plus de 24 h).",
                                f"Monthly summary: {n} medevacs ({c.rng.randint(8, 20)} P1, none weather-delayed more than 24 h)."),
             c.t(f"L'avion C-G{''.join(c.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} sera en inspection du {c.dfmt(c.later(3, 10))} au {c.dfmt(c.later(11, 15))}; un appareil de remplacement est nolisé.",
                 f"Aircraft C-G{''.join(c.rng.choice('ABCDEFGHJKLMNPRSTUVWXYZ') for _ in range(3))} will be in inspection {c.dfmt(c.later(3, 10))} to {c.dfmt(c.later(11, 15))}; a replacement is chartered."),
             c.t("Rappel : l'escorte médicale (infirmière de vol) doit avoir complété la formation en transport aérien.", "Reminder: flight nurses must have completed the air transport course."),
             "", c.sign(coord)]
    m = c.mail(coord, [(c.t(MEDEVAC_FR, MEDEVAC_EN), "coordination@san-medevac.example"), c.staff("dir", "rr")], c.t("Bilan MEDEVAC et disponibilité des appareils", "MEDEVAC summary and aircraft availability"), "\n".join(lines))
    return Out(m, [], "medevac operations and aggregate numbers", "medevac_ops")


def n_boarding_ops(c):
    bh = c.ch(list(BOARDING))
    mgr = c.staff("house", bh)
    lines = [c.greet(), "",
             c.ch([c.t("Souper de nourriture traditionnelle jeudi : omble, caribou et bannique. Merci aux chasseurs de Tuvaalik pour le don!",
                       "Country food supper Thursday: char, caribou and bannock. Thanks to the Tuvaalik hunters for the donation!"),
                   c.t("Nouvel horaire de la navette vers les hôpitaux : départs à 6 h 45, 8 h 15 et 12 h 30.", "New hospital shuttle times: 6:45, 8:15 and 12:30."),
                   c.t(f"Taux d'occupation de la semaine : {c.rng.randint(70, 99)} %. Les chambres doubles sont réservées aux patients avec accompagnateur.",
                       f"Occupancy this week: {c.rng.randint(70, 99)}%. Double rooms are reserved for patients with escorts.")]),
             c.t("Rappel : couvre-feu à 23 h et aucune consommation d'alcool sur place.", "Reminder: 11 PM curfew and no alcohol on site."), "", c.sign(mgr)]
    m = c.mail(mgr, [(c.t("Coordonnateurs", "Coordinators"), "deplacements@rrsnn.example")], c.t("Nouvelles de la maison d'hébergement", "Boarding home news"), "\n".join(lines))
    return Out(m, [], "boarding home operations", "boarding_ops")


def n_staff_travel(c):
    coord = c.staff("coord_travel", c.ch(["rr", "ew"]))
    emp = c.staff(c.ch(["nurse", "md", "midwife"]), c.ch(["siq", "ika", "ew"]))
    dep = c.later(4, 30)
    tkt = "".join(str(c.rng.randint(0, 9)) for _ in range(13))
    lines = [c.greet(first=emp.given), "",
             c.t(f"Voici votre itinéraire pour votre rotation à {_comm(c, emp.org)} :", f"Here is your itinerary for your rotation in {_comm(c, emp.org)}:"),
             f"{c.dlong(dep)} – {c.ch(AIRLINES)} {c.rng.randint(100, 899)} – YUL 07:40 → {c.ch(['YVP', 'YPH', 'YGW'])} 12:10",
             c.t(f"Billet électronique : {tkt}", f"E-ticket: {tkt}"),
             c.t("Franchise : 2 bagages de 23 kg + 1 boîte de nourriture. Hébergement au logement du personnel, clé au centre de santé.",
                 "Allowance: 2 bags of 23 kg + 1 food box. Staff housing, key at the health centre."), "", c.close(), c.sign(coord)]
    m = c.mail(coord, [emp], c.t("Itinéraire – rotation", "Itinerary – rotation"), "\n".join(lines))
    return Out(m, [], "staff travel itinerary", "staff_travel")


def n_policy(c):
    dirr = c.staff("dir", c.ch(["rr", "ew"]))
    pol = c.ch([c.t("critères d'admissibilité à un accompagnateur lors des déplacements médicaux", "eligibility criteria for escorts on medical travel"),
                c.t("suivi des contacts de tuberculose (mise à jour)", "TB contact tracing (update)"),
                c.t("utilisation des interprètes lors des consultations en télésanté", "use of interpreters during telehealth visits"),
                c.t("gestion des résultats critiques de laboratoire", "management of critical lab results")])
    lines = [c.greet(), "", c.t(f"La procédure sur les {pol} a été mise à jour. Principaux changements :", f"The procedure on {pol} has been updated. Main changes:"),
             c.t("- les mineurs, les aînés de plus de 65 ans et les personnes unilingues ont droit à un accompagnateur", "- minors, elders over 65 and unilingual patients are entitled to an escort"),
             c.t("- les résultats critiques doivent être communiqués au professionnel responsable en moins de 1 h", "- critical results must reach the responsible clinician within 1 hour"),
             c.t("- l'interprète doit être présent pour toute annonce de diagnostic", "- an interpreter must be present for any diagnosis disclosure"), "",
             c.t("La procédure complète est dans l'intranet (section Politiques).", "The full procedure is on the intranet (Policies section)."), "", c.sign(dirr)]
    atts = []
    if c.p(.4):
        atts.append(Att(c.t("procedure.pdf", "procedure.pdf"), "application/pdf", make_pdf(pol.capitalize(), [("p", l) for l in lines[3:6]], dirr.full)))
    m = c.mail(dirr, [(c.t("Gestionnaires", "Managers"), f"gestionnaires@{dirr.addr.split('@')[1]}")], c.t("Mise à jour de procédure", "Procedure update"), "\n".join(lines), atts=atts)
    return Out(m, [], "policy/procedure update", "policy")


def n_fridge(c):
    org = _north(c)
    nurse = c.staff("nurse", org)
    ph = c.staff("pharm", "rr")
    serial = luhn_num(c, 10)
    rows = [c.t(["Date", "Heure", "Min (°C)", "Max (°C)", "Initiales"], ["Date", "Time", "Min (°C)", "Max (°C)", "Initials"])]
    for i in range(c.rng.randint(7, 14)):
        d = c.today - datetime.timedelta(days=i)
        rows.append([d.isoformat(), "08:00", f"{c.rng.uniform(2.1, 4.0):.1f}", f"{c.rng.uniform(4.5, 9.4):.1f}", f"{nurse.given[0]}{nurse.surname[0]}"])
    csv_txt = make_csv(rows, delimiter=";" if c.lang == "fr" else ",")
    lines = [c.greet(first=ph.given), "", c.t(f"Registre de température du frigo à vaccins (no de série {serial}). Écart à 9,4 °C pendant 2 h après la panne de courant.",
                                               f"Vaccine fridge temperature log (serial {serial}). Excursion to 9.4 °C for 2 h after the power outage."),
             c.t("Les vaccins sont en quarantaine en attendant votre avis.", "Vaccines quarantined pending your advice."), "", c.sign(nurse)]
    m = c.mail(nurse, [ph], c.t("Bris de chaîne de froid", "Cold chain excursion"), "\n".join(lines),
               atts=[Att(c.t("registre_temp.csv", "temp_log.csv"), "text/csv", csv_txt)])
    return Out(m, [], "vaccine fridge temperature log", "fridge_log")


def n_minutes(c):
    sec = c.staff("coord", c.ch(["rr", "ew", "husb"]))
    present = [c.staff(c.ch(["md", "nurse", "pharm", "mgr"]), sec.org) for _ in range(5)]
    lines = [c.t("Procès-verbal – Comité qualité", "Minutes – Quality committee"), "",
             c.t("Présents : ", "Present: ") + ", ".join(p.full for p in present), "",
             c.t(f"1. Incidents T{c.rng.randint(1, 4)} : {c.rng.randint(10, 40)} déclarations, dont {c.rng.randint(1, 6)} liées aux déplacements médicaux (rendez-vous manqués).",
                 f"1. Q{c.rng.randint(1, 4)} incidents: {c.rng.randint(10, 40)} reports, {c.rng.randint(1, 6)} related to medical travel (missed appointments)."),
             c.t("2. Délai moyen pour un résultat de culture TB : 24 jours.", "2. Average turnaround for TB culture: 24 days."),
             c.t(f"3. {present[0].full} présentera le plan d'action au CA.", f"3. {present[0].full} will present the action plan to the board."), "",
             c.t("Prochaine rencontre : dans un mois.", "Next meeting: in one month."), "", c.sign(sec, short=True)]
    m = c.mail(sec, present, c.t("PV – comité qualité", "Minutes – quality committee"), "\n".join(lines))
    return Out(m, [], "meeting minutes with aggregate figures", "minutes")


def n_vcard(c):
    s = c.staff(c.ch(["nurse", "md", "coord_travel", "interp"]), c.ch(["siq", "ika", "ew", "rr"]))
    other = c.staff("clerk", s.org)
    tel = f"819-555-01{c.rng.randint(0, 99):02d}"
    vcf = make_vcard(s.full, [s.surname, s.given], tels=[("WORK", tel)], email=s.addr, org=c.org(s.org), title=s.role_name(c.lang))
    lines = [c.greet(first=other.given), "", c.t("Je t'envoie mes coordonnées pour la liste du personnel.", "Sending my contact card for the staff list."), "", s.given]
    m = c.mail(s, [other], c.t("Mes coordonnées", "My contact info"), "\n".join(lines), atts=[Att(f"{s.given} {s.surname}.vcf", "text/vcard", vcf)])
    return Out(m, [], "staff vCard", "staff_vcard")


def n_fwd_eml(c):
    inner = type(c)(c.rng, c.lang, None)
    inner.dt = c.prev_dt(10, 200)
    inner.today = inner.dt.date()
    sub = c.ch([n_newsletter, n_it, n_conference, n_shortage])(inner)
    raw = build(sub.mail, c.rng, choose_transport(c.rng, False, {"eol": "\n"}))
    a = c.staff(c.ch(["mgr", "nurse"]), c.ch(["siq", "ika", "ew"]))
    b = c.staff("nurse", a.org)
    lines = [c.greet(first=b.given), "", c.t("Pour info, au cas où tu ne l'aurais pas reçu.", "FYI in case you didn't get this."), "", c.sign(a, short=True)]
    m = c.mail(a, [b], c.t("TR: ", "FW: ") + sub.mail.subject, "\n".join(lines), atts=[Att("message.eml", "message/rfc822", raw)])
    return Out(m, [], "non-confidential message forwarded as .eml", "fwd_eml")


def n_tb_campaign(c):
    org = _north(c)
    comm = _comm(c, org)
    tb = c.staff("tb", org)
    d1 = c.later(7, 40)
    lines = [c.greet(), "", c.t(f"Une campagne de dépistage de la tuberculose aura lieu à {comm} du {c.dfmt(d1, 'long')} au {c.dfmt(d1 + datetime.timedelta(days=11), 'long')}.",
                                f"A community-wide TB screening campaign will run in {comm} from {c.dfmt(d1, 'long')} to {c.dfmt(d1 + datetime.timedelta(days=11), 'long')}."),
             c.t("Porte-à-porte avec les représentants en santé communautaire, annonces à la radio FM communautaire en inuktitut, tirage de prix pour les participants.",
                 "Door-to-door with community health representatives, announcements on community FM radio in Inuktitut, prize draws for participants."),
             c.t(f"Objectif : 85 % de la population de plus d'un an. Lors de la dernière campagne, {c.rng.randint(20, 60)} infections latentes et {c.rng.randint(1, 6)} cas actifs avaient été détectés.",
                 f"Target: 85% of residents over age one. Last campaign found {c.rng.randint(20, 60)} latent infections and {c.rng.randint(1, 6)} active cases."),
             "", c.sign(tb)]
    m = c.mail(tb, [(c.t("Partenaires", "Partners"), f"partenaires@{ORGS[org]['dom']}")], c.t(f"Campagne de dépistage TB – {comm}", f"TB screening campaign – {comm}"), "\n".join(lines))
    return Out(m, [], "community TB screening campaign announcement", "tb_campaign")


def n_prenatal_info(c):
    mw = c.staff("midwife", c.ch(["siq", "ika", "ew"]))
    lines = [c.greet(), "", c.t("Voici la liste à remettre aux futures mamans qui doivent descendre accoucher au sud :", "Here is the checklist for expecting mothers who travel south to give birth:"),
             c.t("- carte d'assurance maladie et carnet de grossesse", "- health card and prenatal record"), c.t("- vêtements chauds pour le bébé et un amauti", "- warm baby clothes and an amauti"),
             c.t("- numéro de la maison d'hébergement et de l'interprète", "- boarding home and interpreter phone numbers"),
             c.t("- la durée moyenne du séjour est de 3 à 5 semaines", "- average stay is 3 to 5 weeks"), "",
             c.t("Nous travaillons à offrir plus d'accouchements dans la communauté avec les sages-femmes.", "We are working to offer more births in the community with midwives."), "", c.sign(mw)]
    m = c.mail(mw, [(c.t("Équipe périnatalité", "Perinatal team"), f"perinatal@{mw.addr.split('@')[1]}")], c.t("Liste pour les futures mamans", "Checklist for expecting mothers"), "\n".join(lines))
    return Out(m, [], "generic prenatal travel information", "prenatal_info")


def n_tele_schedule(c):
    coord = c.staff("coord", "rr")
    lines = [c.greet(), "", c.t(f"Plages de télésanté {TELE} disponibles la semaine prochaine :", f"Available {TELE} telehealth slots next week:")]
    for d in range(4):
        day = c.today + datetime.timedelta(days=d + 3)
        sp = c.spec()
        lines.append(f"- {c.dlong(day)} {c.rng.randint(8, 13)}:00–{c.rng.randint(14, 16)}:00 : {sp} ({c.rng.randint(2, 6)} {c.t('plages', 'slots')})")
    lines += ["", c.t("Réservez par le formulaire habituel. Aucune information nominative par courriel SVP.", "Book through the usual form. No patient identifiers by e-mail please."), "", c.sign(coord)]
    m = c.mail(coord, [(c.t("Dispensaires", "Nursing stations"), "dispensaires@rrsnn.example")], c.t("Plages de télésanté", "Telehealth slots"), "\n".join(lines))
    return Out(m, [], "telehealth slot schedule", "tele_schedule")


def n_social(c):
    org = c.ch(["siq", "ika", "ew", "rr", "husb"])
    s = c.staff(c.ch(["clerk", "nurse", "mgr"]), org)
    ev = c.ch([c.t("Souper communautaire (potluck) vendredi au centre de santé — apportez un plat!", "Potluck supper Friday at the health centre — bring a dish!"),
               c.t(f"Fête de départ à la retraite de notre collègue {c.staff('nurse', org).full}, après 32 ans dans le Nord.", f"Retirement party for our colleague {c.staff('nurse', org).full}, after 32 years up North."),
               c.t("Tournoi de ballon-balai du personnel contre la police locale samedi soir.", "Staff vs. local police broomball game Saturday night."),
               c.t("Festin communautaire après la chasse à l'oie; le personnel est invité.", "Community feast after Goose Break; staff are invited.")])
    lines = [c.greet(), "", ev, c.t("Bienvenue aux familles!", "Families welcome!"), "", c.sign(s, short=True)]
    m = c.mail(s, [(c.t("Tout le personnel", "All staff"), f"tous@{s.addr.split('@')[1]}")], c.t("Invitation", "Invitation") + " 🎉" * c.p(.3), "\n".join(lines))
    return Out(m, [], "staff social event", "social_event")
