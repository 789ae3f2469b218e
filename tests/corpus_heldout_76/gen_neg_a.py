"""Negative (non-confidential) templates, part A: sterile processing, OR staffing, recalls,
biomedical engineering, conferences, M&M without identifiable patients, teaching, statistics."""
import datetime

import gen_common as G
import gen_attach as A
from gen_mime import Att, html_table, text_table, html_doc, p_html
from stdnum import luhn

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"

URDM_STAFF = [("Denis", "Gravel"), ("Manon", "Ricard"), ("Kevin", "Paquin"), ("Sabrina", "Dostie"), ("Yves", "Lacombe"),
              ("Ashley", "Morin-Drapeau"), ("Hassan", "El Amrani"), ("Chloé", "Bourassa")]
OR_NURSES = [("Annie", "Brochu"), ("Patrice", "Vaillancourt"), ("Sonia", "Giguère"), ("Émilie", "Fortier-Roy"),
             ("Jonathan", "Leduc"), ("Marie-Pier", "Rancourt"), ("Tina", "Ouellette"), ("Guillaume", "Bisson"),
             ("Nancy", "Labelle"), ("Rose", "Kamara"), ("Frédérique", "Dumas"), ("Kyle", "Morrison")]
for _g, _s in URDM_STAFF + OR_NURSES:
    assert not G.is_nam_holder_name(_g, _s)


def luhn_serial(rng, n=9):
    body = str(rng.randint(1, 9)) + "".join(str(rng.randint(0, 9)) for _ in range(n - 2))
    return body + luhn.calc_check_digit(body)


def lot_code(rng):
    style = rng.randint(0, 3)
    if style == 0:
        return "%s%s" % ("".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(4)), "".join(str(rng.randint(0, 9)) for _ in range(8)))
    if style == 1:
        return "%d%s%05d" % (rng.randint(20, 25), rng.choice("ABCDEFGHJK"), rng.randint(0, 99999))
    if style == 2:
        return "L%07d" % rng.randint(0, 9999999)
    return "%s-%04d-%03d" % (rng.choice(["ETH", "COV", "MDT", "STR", "ZIM"]), rng.randint(2023, 2026), rng.randint(1, 999))


def n_urdm_bi(c):
    coord = G.MANAGERS[1]
    ster = c.rng.randint(1, 4)
    loads = [c.rng.randint(1000, 9999) for _ in range(c.rng.randint(2, 5))]
    d = c.earlier(0, 2)
    if c.lang == "fr":
        text = ("%s\n\nL'indicateur biologique de la charge #%d du stérilisateur à vapeur #%d (%s) est positif après 24 h d'incubation. "
                "Par précaution, les charges suivantes sont rappelées : %s. Les plateaux concernés (orthopédie et gynécologie) "
                "sont retirés des arsenaux et seront retraités. Le stérilisateur est hors service jusqu'au passage du technicien.\n\n"
                "Aucun plateau de ces charges n'a été ouvert en salle selon la traçabilité. Merci de vérifier vos réserves satellites.\n\n%s\n%s") % (
            c.greet(), loads[0], ster, c.date(d, 1), ", ".join("#%d" % x for x in loads), c.close(), c.sig(coord))
        subj = c.pick(["Indicateur biologique positif – stérilisateur %d" % ster, "URDM : rappel de charges", "IMPORTANT – rappel de charges stérilisées"])
    else:
        text = ("%s\n\nThe biological indicator for load #%d on steam sterilizer #%d (%s) came back positive at 24 h. As a precaution the following "
                "loads are recalled: %s. Affected trays (ortho and gyne) pulled from core and will be reprocessed. Sterilizer out of service until "
                "the technician visit.\n\nTraceability shows none of these trays were opened in a room. Please check satellite stock.\n\n%s\n%s") % (
            c.greet(), loads[0], ster, c.date(d, 1), ", ".join("#%d" % x for x in loads), c.close(), c.sig(coord))
        subj = c.pick(["Positive BI - sterilizer %d" % ster, "MDRD: load recall"])
    return c.spec("sterile_processing", subj, c.who(coord), [("Bloc opératoire – tous", "bloc-tous@" + G.H)], cc=[c.who(G.MANAGERS[4])],
                  text=text, note="sterile processing: positive biological indicator, load recall (no patients)")


def n_urdm_tray(c):
    tech = c.pick(URDM_STAFF)
    nurse = c.pick([G.NURSES[0], G.NURSES[2]])
    tray = c.pick([c.T("Plateau laparoscopie de base", "Basic laparoscopy tray"), c.T("Plateau PTG Zimmer", "TKA tray"),
                   c.T("Plateau amygdalectomie", "Tonsillectomy tray"), c.T("Plateau petite chirurgie", "Minor surgery tray"),
                   c.T("Boîte césarienne", "C-section set")])
    tid = "PL-%04d" % c.rng.randint(1, 2999)
    asset = luhn_serial(c.rng, 9)
    missing = c.pick([c.T("1 pince Kelly courbe 14 cm", "1 curved Kelly 14 cm"), c.T("le trocart 5 mm", "the 5 mm trocar"),
                      c.T("1 écarteur de Farabeuf", "1 Army-Navy retractor"), c.T("la lame du crochet à amygdale", "the tonsil snare wire")])
    if c.lang == "fr":
        text = ("%s\n\nLe %s (%s) est revenu de la salle %d avec %s manquant(e). Le compte au retour ne balance pas. "
                "Pouvez-vous vérifier dans la salle et dans les sacs de linge? Sinon on le remplace (no d'actif de l'instrument : %s).\n\n"
                "Merci\n%s %s\nURDM, quart de soir") % (
            c.greet(nurse.given), tray, tid, c.rng.randint(1, 6), missing, asset, tech[0], tech[1])
        subj = c.pick(["Instrument manquant %s" % tid, "Plateau incomplet", "Compte URDM – %s" % tid])
    else:
        text = ("%s\n\n%s (%s) came back from OR %d with %s missing. Return count doesn't balance. Could you check the room and linen bags? "
                "Otherwise we'll replace it (asset no. %s).\n\nThanks\n%s %s\nMDRD, evening shift") % (
            c.greet(nurse.given), tray, tid, c.rng.randint(1, 6), missing, asset, tech[0], tech[1])
        subj = c.pick(["Missing instrument %s" % tid, "Incomplete tray"])
    return c.spec("sterile_processing", subj, ("%s %s" % tech, "urdm@" + G.H), [c.who(nurse)], text=text,
                  note="incomplete instrument tray, asset number (checksum-valid) — no patient")


def n_urdm_bowie(c):
    coord = G.MANAGERS[1]
    rows = [[c.T("Date", "Date"), c.T("Stérilisateur", "Sterilizer"), "Bowie-Dick", c.T("Fuite d'air", "Leak test"), c.T("Tech.", "Tech")]]
    d0 = c.earlier(7, 14)
    for i in range(10):
        d = d0 + datetime.timedelta(days=i)
        if d.weekday() >= 5:
            continue
        for s in (1, 2, 3):
            ok = c.rng.random() > 0.06
            t = c.pick(URDM_STAFF)
            rows.append([d.isoformat(), "#%d" % s, c.T("conforme", "pass") if ok else c.T("NON CONFORME", "FAIL"), "%.1f mbar/min" % c.rng.uniform(0.2, 1.2),
                         "%s.%s" % (t[0][0], t[1])])
    data = A.make_xlsx([("Bowie-Dick", rows)], author=coord.full)
    text = c.T("%s\n\nRegistre des tests quotidiens des deux dernières semaines pour l'audit d'Agrément Canada.\n\n%s\n%s",
               "%s\n\nDaily test log for the last two weeks, for the Accreditation Canada audit.\n\n%s\n%s") % (c.greet(), c.close(), c.sig(coord))
    return c.spec("sterile_processing", c.T("Registre Bowie-Dick", "Bowie-Dick log"), c.who(coord), [c.who(G.MANAGERS[0])], text=text,
                  atts=[Att("bowie_dick_%s.xlsx" % d0.strftime("%Y%m%d"), XLSX, data)], note="sterilizer daily test log spreadsheet")


def n_urdm_loaners(c):
    coord = G.MANAGERS[1]
    ortho = G.SURGEONS[1]
    d = c.later(3, 20)
    n = c.rng.randint(2, 4)
    vendor = c.pick(["OrthoNova Canada", "Arthrex-like Medical", "Stryda Orthopédie", "Implantis Inc."])
    if c.lang == "fr":
        text = ("%s\n\nPour les %d arthroplasties de genou du %s (%s), les plateaux en prêt de %s doivent arriver au plus tard "
                "48 h avant pour le retraitement complet. La dernière fois, ils sont arrivés la veille à 17 h et on a dû faire du "
                "temps supplémentaire. Pouvez-vous relayer au représentant?\n\nNuméros de bordereau attendus : %s.\n\n%s\n%s") % (
            c.greet(ortho.dr_name("fr")), n, c.date(d, 1), ortho.dr_name("fr"), vendor,
            ", ".join("BL%07d" % c.rng.randint(0, 9999999) for _ in range(n)), c.close(), c.sig(coord))
        subj = "Plateaux en prêt – %s" % c.date(d, 0)
    else:
        text = ("%s\n\nFor the %d knee replacements on %s, the %s loaner sets must arrive at least 48 h ahead for full reprocessing. "
                "Last time they came the evening before. Could you pass it on to the rep?\n\nExpected packing slips: %s.\n\n%s\n%s") % (
            c.greet(ortho.dr_name("en")), n, c.date(d, 1), vendor, ", ".join("BL%07d" % c.rng.randint(0, 9999999) for _ in range(n)),
            c.close(), c.sig(coord))
        subj = "Loaner sets - %s" % c.date(d, 0)
    return c.spec("sterile_processing", subj, c.who(coord), [c.who(ortho)], text=text,
                  note="loaner instrument sets for unnamed TKA cases")


def n_urdm_tracking_csv(c):
    coord = G.MANAGERS[1]
    rows = [["tray_id", "description", "cycle_no", "sterilizer", "load", "date", "status"]]
    for i in range(c.rng.randint(12, 25)):
        rows.append(["PL-%04d" % c.rng.randint(1, 2999), c.pick(["LAPARO BASE", "PTG ZIM", "PTH DEPUY", "ORL AMYG", "GYN HYST", "URO RTUP", "OPH CATA"]),
                     str(c.rng.randint(100000, 999999)), "S%d" % c.rng.randint(1, 3), str(c.rng.randint(1000, 9999)),
                     c.earlier(0, 5).isoformat(), c.pick(["LIBERE", "LIBERE", "EN QUARANTAINE", "RETRAITEMENT"])])
    data = A.make_csv(rows, delimiter=";")
    text = c.T("Extraction du système de traçabilité comme demandé (aucune donnée patient).\n", "Tracking system extract as requested (no patient data).\n") + c.sig(coord)
    return c.spec("sterile_processing", c.T("Extraction traçabilité", "Tracking extract"), c.who(coord), [c.who(G.MANAGERS[0])], text=text,
                  atts=[Att("tracabilite_%s.csv" % c.day.strftime("%Y%m%d"), "text/csv", data)], note="instrument tracking CSV without patient data")


def n_schedule_xlsx(c):
    mgr = G.NURSES[0]
    base = c.later(3, 10)
    base -= datetime.timedelta(days=base.weekday())
    days = [base + datetime.timedelta(days=i) for i in range(14)]
    jours = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"] if c.lang == "fr" else ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rows = [[c.T("Employé(e)", "Employee"), c.T("Titre", "Title")] + ["%s %02d" % (jours[d.weekday()], d.day) for d in days]]
    for g, s in c.rng.sample(OR_NURSES, 9):
        rows.append(["%s %s" % (g, s), c.pick(["Inf.", "Inf. aux.", "PAB", "Inf. clin."])] +
                    [c.pick(["J", "J", "S", "N", "—", "—", "FÉR", "VAC", "FOR"]) for _ in days])
    data = A.make_xlsx([(c.T("Horaire", "Schedule"), rows)], author=mgr.full)
    if c.lang == "fr":
        text = ("%s\n\nVoici l'horaire du bloc pour la période %s au %s. Les demandes d'échange doivent passer par moi avant jeudi. "
                "Rappel : la formation HM obligatoire est inscrite « FOR ».\n\n%s\n%s") % (
            c.greet(), c.date(days[0], 1), c.date(days[-1], 1), c.close(), c.sig(mgr))
        subj = c.pick(["Horaire bloc opératoire", "Horaire période %d" % c.rng.randint(1, 13), "Horaire – version finale"])
    else:
        text = "%s\n\nOR schedule for %s to %s attached. Swap requests through me by Thursday.\n\n%s\n%s" % (
            c.greet(), c.date(days[0], 1), c.date(days[-1], 1), c.close(), c.sig(mgr))
        subj = c.pick(["OR schedule", "Schedule - final version"])
    return c.spec("staff_schedule", subj, c.who(mgr), [("Personnel bloc", "bloc-personnel@" + G.H)], text=text,
                  atts=[Att(c.T("horaire_bloc.xlsx", "or_schedule.xlsx"), XLSX, data)], note="OR staff schedule spreadsheet")


def n_oncall(c):
    sec = G.MANAGERS[2]
    mo = c.pick(range(1, 13))
    lines = [c.T("Garde – chirurgie et anesthésie – %s 2025" % G.MOIS[mo - 1], "On call - surgery and anaesthesia - %s 2025" % G.MONTHS[mo - 1]), ""]
    for dd in range(1, 29, 3):
        s = c.pick(G.SURGEONS[:2] + G.SURGEONS[4:5] + G.SURGEONS[6:7])
        a = c.pick(G.ANESTH)
        lines.append("%02d-%02d  %s: %s   %s: %s" % (mo, dd, c.T("Chir.", "Surg."), s.dr_name(c.lang), c.T("Anesth.", "Anaesth."), a.dr_name(c.lang)))
    lines += ["", c.T("Téléavertisseur de garde : 819 555-0177", "On-call pager: 819 555-0177")]
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5), author=sec.full)
    text = c.T("%s\n\nCalendrier de garde du mois en pièce jointe. Changements à me signaler.\n\n%s\n%s",
               "%s\n\nThis month's on-call calendar attached. Send me any swaps.\n\n%s\n%s") % (c.greet(), c.close(), c.sig(sec))
    return c.spec("oncall", c.T("Calendrier de garde", "On-call calendar"), c.who(sec), [("Urgence", "urgence@" + G.H), ("Téléphonie", "standard@" + G.H)],
                  text=text, atts=[Att(c.T("garde_%02d.pdf", "oncall_%02d.pdf") % mo, PDF, pdf)], note="physician on-call calendar")


def n_vacation(c):
    mgr = G.MANAGERS[0]
    n1, n2 = c.rng.sample(OR_NURSES, 2)
    if c.lang == "fr":
        text = ("%s\n\nLes vacances d'été sont affichées. %s %s et %s %s ont demandé les mêmes semaines (28 juillet et 4 août); "
                "l'ancienneté s'applique. Il manque encore 3 infirmières pour couvrir la semaine de la construction — "
                "les salles 5 et 6 seront fermées.\n\nRappel : les demandes de congé sans solde doivent passer par les RH.\n\n%s\n%s") % (
            c.greet(), n1[0], n1[1], n2[0], n2[1], c.close(), c.sig(mgr))
        subj = c.pick(["Vacances d'été – bloc", "Affichage des vacances", "Vacances : couverture de la construction"])
    else:
        text = ("%s\n\nSummer vacation schedule is posted. %s %s and %s %s requested the same weeks; seniority applies. "
                "Still short 3 nurses for construction holiday week, ORs 5 and 6 will be closed.\n\n%s\n%s") % (
            c.greet(), n1[0], n1[1], n2[0], n2[1], c.close(), c.sig(mgr))
        subj = c.pick(["Summer vacation - OR", "Vacation posting"])
    return c.spec("hr_schedule", subj, c.who(mgr), [("Personnel bloc", "bloc-personnel@" + G.H)], text=text, note="staff vacation planning")


def n_replacement(c):
    mgr = G.NURSES[0]
    d = c.later(1, 5)
    if c.lang == "fr":
        text = ("%s\n\nBesoin urgent : 1 infirmière de salle et 1 inhalothérapeute de soir le %s (16 h–24 h). Temps supplémentaire "
                "autorisé. Sinon la salle d'urgence (salle 6) fermera à 20 h et les cas seront reportés au lendemain.\n\n"
                "Répondez à ce courriel ou appelez au poste 4412.\n\n%s") % (c.greet(), c.date(d, 3), c.sig(mgr))
        subj = c.pick(["Remplacement – soir %s" % c.date(d, 0), "TSO disponible", "URGENT : besoin de personnel"])
    else:
        text = ("%s\n\nUrgent need: 1 OR nurse and 1 RT for evening shift on %s (16:00-24:00). Overtime authorized. Otherwise OR 6 closes at 20:00.\n\n"
                "Reply here or call ext. 4412.\n\n%s") % (c.greet(), c.date(d, 3), c.sig(mgr))
        subj = c.pick(["Replacement needed - evening %s" % c.date(d, 0), "Overtime available"])
    return c.spec("staff_schedule", subj, c.who(mgr), [("Liste de rappel", "rappel-bloc@" + G.H)], text=text, note="staff replacement request")


def n_block_allocation(c):
    mgr = G.MANAGERS[2]
    rows = [[c.T("Chirurgien", "Surgeon"), c.T("Spécialité", "Specialty"), c.T("Plages/sem.", "Blocks/wk"), c.T("Utilisation", "Utilization"), c.T("Annulations", "Cancellations")]]
    for s in G.SURGEONS:
        rows.append([s.dr_name(c.lang), s.role(c.lang), str(c.rng.randint(1, 4)), "%d %%" % c.rng.randint(68, 98), str(c.rng.randint(0, 9))])
    intro = c.T("Proposition de répartition des plages opératoires pour l'automne, basée sur l'utilisation des 6 derniers mois. "
                "À discuter au comité du bloc.", "Proposed OR block allocation for the fall, based on utilization over the past 6 months. For discussion at OR committee.")
    html = html_doc([p_html(c.greet()), p_html(intro), html_table(rows), p_html(c.sig(mgr))])
    text = "%s\n\n%s\n\n%s\n\n%s" % (c.greet(), intro, text_table(rows), c.sig(mgr))
    return c.spec("or_allocation", c.T("Répartition des plages opératoires", "OR block allocation"), c.who(mgr),
                  [("Chirurgiens", "chirurgie-md@" + G.H)], text=text, html=html, layout=c.pick(["alt", "html"]),
                  note="OR block allocation per surgeon (staff data)")


def n_room_swap(c):
    s1, s2 = c.rng.sample(G.SURGEONS, 2)
    d = c.later(3, 20)
    clerk = G.SECRETARIES[2]
    text = c.T("%s\n\n%s libère sa plage du %s (salle %d, 8 h–16 h) pour cause de congrès. %s est intéressé(e) — premier arrivé. "
               "Merci de me confirmer d'ici vendredi pour que je puisse convoquer vos patients.\n\n%s",
               "%s\n\n%s is releasing their block on %s (OR %d, 8-16) for a conference. %s is interested — first come. "
               "Please confirm by Friday so I can call your patients.\n\n%s") % (
        c.greet(), s1.dr_name(c.lang), c.date(d, 1), c.rng.randint(1, 6), s2.dr_name(c.lang), c.sig(clerk))
    return c.spec("or_allocation", c.T("Plage disponible %s", "Block available %s") % c.date(d, 0), c.who(clerk),
                  [("Secrétaires chirurgie", "secretariat-chir@" + G.H)], text=text, note="released OR block, no patients named")


def n_recall_stapler(c):
    biomed = G.MANAGERS[3]
    vendor = c.pick(["Chirurgix Canada", "MedSuture Ltd.", "NovaStaple Inc.", "Laparotech"])
    lots = [lot_code(c.rng) for _ in range(c.rng.randint(3, 6))]
    ref = "%s-%d" % (c.pick(["CSX", "EEA", "GIA", "TLC"]), c.rng.randint(30, 90))
    if c.lang == "fr":
        text = ("%s\n\nAvis de rappel de type II (Santé Canada) reçu de %s pour l'agrafeuse circulaire réf. %s : risque de formation "
                "incomplète des agrafes pouvant entraîner une fuite anastomotique. Lots touchés :\n\n%s\n\n"
                "Action : retirer immédiatement ces lots des arsenaux et de la salle de stockage, les mettre en quarantaine (étagère rouge URDM) "
                "et remplir le formulaire de réponse avant le %s. Le fournisseur remplacera le stock.\n\n%s\n%s") % (
            c.greet(), vendor, ref, "\n".join("- Lot " + x for x in lots), c.date(c.later(5, 15), 1), c.close(), c.sig(biomed))
        subj = c.pick(["AVIS DE RAPPEL – agrafeuse %s" % ref, "Rappel fournisseur %s" % vendor, "Rappel Santé Canada – retrait de lots"])
    else:
        text = ("%s\n\nType II recall notice (Health Canada) from %s for circular stapler ref. %s: risk of incomplete staple formation which "
                "may lead to anastomotic leak. Affected lots:\n\n%s\n\nAction: remove these lots from all supply areas, quarantine them (red shelf, MDRD) "
                "and return the response form by %s.\n\n%s\n%s") % (
            c.greet(), vendor, ref, "\n".join("- Lot " + x for x in lots), c.date(c.later(5, 15), 1), c.close(), c.sig(biomed))
        subj = c.pick(["RECALL NOTICE - stapler %s" % ref, "Supplier recall %s" % vendor])
    return c.spec("recall", subj, c.who(biomed), [("Bloc opératoire – tous", "bloc-tous@" + G.H), c.who(G.MANAGERS[1])], text=text,
                  note="supplier recall with lot numbers, no patients")


def n_recall_implant(c):
    biomed = G.MANAGERS[3]
    ortho = G.SURGEONS[1]
    vendor = c.pick(["OrthoNova Canada", "Implantis Inc.", "Stryda Orthopédie"])
    lots = [lot_code(c.rng) for _ in range(c.rng.randint(2, 4))]
    cat = "%s" % luhn_serial(c.rng, 10)
    lines = [c.T("Avis de sécurité – dispositif implantable", "Field safety notice - implantable device"), "",
             c.T("Produit : tige fémorale, catalogue %s" % cat, "Product: femoral stem, catalogue %s" % cat),
             c.T("Lots : ", "Lots: ") + ", ".join(lots),
             c.T("Problème : taux de révision plus élevé que prévu à 5 ans (registre national).", "Issue: higher than expected 5-year revision rate (national registry)."),
             c.T("Recommandation : aucun retrait préventif recommandé; suivi clinique et radiologique habituel des patients porteurs.",
                 "Recommendation: no prophylactic revision; routine clinical and radiographic follow-up of implanted patients."),
             c.T("Chaque établissement doit identifier ses patients à l'aide de son registre de traçabilité.",
                 "Each facility should identify its patients using its own traceability records.")]
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5), author=vendor)
    text = c.T("%s\n\nAvis du fabricant en pièce jointe. Je lance l'extraction du registre de traçabilité; la liste vous sera remise en main propre, pas par courriel.\n\n%s\n%s",
               "%s\n\nManufacturer notice attached. I'm running the traceability extract; the list will be handed to you in person, not by e-mail.\n\n%s\n%s") % (
        c.greet(ortho.dr_name(c.lang)), c.close(), c.sig(biomed))
    return c.spec("recall", c.T("Avis de sécurité – %s", "Field safety notice - %s") % vendor, c.who(biomed), [c.who(ortho)], text=text,
                  atts=[Att("FSN_%s.pdf" % lots[0], PDF, pdf)], note="implant safety notice, no patient list")


def n_biomed(c):
    biomed = G.MANAGERS[3]
    dev = c.pick([c.T("unité électrochirurgicale", "electrosurgical unit"), c.T("colonne de laparoscopie", "laparoscopy tower"),
                  c.T("table d'opération", "OR table"), c.T("garrot pneumatique", "pneumatic tourniquet"), c.T("appareil d'anesthésie", "anaesthesia machine")])
    sn = luhn_serial(c.rng, c.pick([9, 10]))
    asset = "BM-%05d" % c.rng.randint(0, 99999)
    if c.lang == "fr":
        text = ("%s\n\nL'%s de la salle %d (no de série %s, actif %s) est retirée pour entretien préventif le %s. "
                "Une unité de prêt sera installée. Merci d'étiqueter tout équipement défectueux avec la fiche jaune et d'ouvrir un billet.\n\n%s\n%s") % (
            c.greet(), dev, c.rng.randint(1, 6), sn, asset, c.date(c.later(1, 10), 1), c.close(), c.sig(biomed))
        subj = c.pick(["Entretien préventif – salle %d" % c.rng.randint(1, 6), "Génie biomédical : équipement retiré", "Billet %d" % c.rng.randint(10000, 99999)])
    else:
        text = ("%s\n\nThe %s in OR %d (serial %s, asset %s) will be out for preventive maintenance on %s. A loaner will be installed. "
                "Please tag faulty equipment with the yellow card and open a ticket.\n\n%s\n%s") % (
            c.greet(), dev, c.rng.randint(1, 6), sn, asset, c.date(c.later(1, 10), 1), c.close(), c.sig(biomed))
        subj = c.pick(["Preventive maintenance - OR %d" % c.rng.randint(1, 6), "Biomed: equipment out of service"])
    return c.spec("biomed", subj, c.who(biomed), [("Bloc opératoire – tous", "bloc-tous@" + G.H)], text=text,
                  note="biomedical maintenance notice with serial/asset numbers")


SPEAKERS = [("Dre Isabelle Ménard-Hould", "CHU de la Capitale", ("Diverticulite compliquée : quand opérer?", "Complicated diverticulitis: when to operate?")),
            ("Dr Olivier Tessier", "Hôpital Saint-Lambert", ("ERAS en chirurgie colorectale : 5 ans plus tard", "ERAS in colorectal surgery: 5 years on")),
            ("Dr. Michael Greenberg", "Ottawa General (fictitious)", ("Hip fracture within 48 h: logistics", "Hip fracture within 48 h: logistics")),
            ("Dre Fatou Diallo", "CHU de la Capitale", ("Blocs périphériques échoguidés en chirurgie d'un jour", "Ultrasound-guided blocks in day surgery")),
            ("Dr Benoît Caron-Lévy", "Institut de cardiologie fictif", ("Anticoagulants et chirurgie élective", "Anticoagulants and elective surgery")),
            ("Dr. Sarah Whitcombe", "McGill-like University Health Centre", ("Surgical site infection bundles", "Surgical site infection bundles")),
            ("Mme Karine Poliquin, inf. M.Sc.", "CISSS voisin", ("La relève sécuritaire au bloc", "Safe handover in the OR")),
            ("Dr Raphaël Nguyen", "Clinique de l'obésité fictive", ("Chirurgie bariatrique chez le diabétique", "Bariatric surgery in diabetics"))]


def n_conference(c):
    mgr = G.MANAGERS[2]
    d = c.later(20, 80)
    talks = c.rng.sample(SPEAKERS, 4)
    t = 8 * 60 + 30
    lines = []
    for name, inst, topic in talks:
        lines.append("%02dh%02d  %s — %s (%s)" % (t // 60, t % 60, topic[0] if c.lang == "fr" else topic[1], name, inst))
        t += 50
    if c.lang == "fr":
        head = "Journée régionale de chirurgie – %s, amphithéâtre A" % c.date(d, 1)
        text = ("%s\n\nVous êtes invités à la Journée régionale de chirurgie et de soins périopératoires.\n\n%s\n\n"
                "Activité reconnue : 6 heures de développement professionnel (Collège royal, section 1). Inscription avant le %s. "
                "Dîner offert (options sans gluten disponibles).\n\n%s\n%s") % (c.greet(), "\n".join(lines), c.date(d - datetime.timedelta(days=10), 1), c.close(), c.sig(mgr))
        subj = c.pick(["Journée régionale de chirurgie – programme", "Invitation : journée de formation", "Programme préliminaire"])
    else:
        head = "Regional Surgery Day - %s, Auditorium A" % c.date(d, 1)
        text = "%s\n\nYou are invited to the Regional Surgery and Perioperative Care Day.\n\n%s\n\n6 hours accredited CPD. Register by %s.\n\n%s\n%s" % (
            c.greet(), "\n".join(lines), c.date(d - datetime.timedelta(days=10), 1), c.close(), c.sig(mgr))
        subj = c.pick(["Regional Surgery Day - programme", "Invitation: education day"])
    atts = []
    if c.chance(0.6):
        atts.append(Att(c.T("programme_journee_chirurgie.pdf", "surgery_day_programme.pdf"), PDF, A.make_pdf(head, lines, compress=True)))
    return c.spec("conference", subj, c.who(mgr), [("Tous les médecins et infirmières", "tous-chirurgie@" + G.CISSS)], text=text, atts=atts,
                  note="conference programme: speakers and topics")


def n_grand_rounds_ics(c):
    res = c.pick(G.OUTSIDE[3:5])
    d = c.later(3, 20)
    start = datetime.datetime(d.year, d.month, d.day, 7, 30)
    end = start + datetime.timedelta(hours=1)
    name, inst, topic = c.pick(SPEAKERS)
    summ = c.T("Grand rounds de chirurgie – %s", "Surgical grand rounds - %s") % (topic[0] if c.lang == "fr" else topic[1])
    ics = A.make_ics("gr-%d@%s" % (c.rng.randint(1000, 9999), G.H), start, end, summ,
                     c.T("Conférencier : %s (%s). Lien Teams dans l'invitation.", "Speaker: %s (%s). Teams link in invite.") % (name, inst),
                     c.T("Salle de conférence 3-100", "Conference room 3-100"), (res.full, res.email))
    text = c.T("Invitation aux grand rounds.\n", "Grand rounds invitation.\n") + c.sig(res)
    return c.spec("ics_meeting", summ, c.who(res), [("Chirurgie – médecins", "chirurgie-md@" + G.H)], text=text,
                  atts=[Att("invite.ics", "text/calendar; method=REQUEST; charset=utf-8", ics)], note="calendar invite for grand rounds (speaker/topic)")


def _anon_case(c):
    age = c.rng.randint(28, 88)
    proc = c.proc()
    ps = G.proc_sex(proc) or c.pick("FM")
    sex = c.T("Homme", "Male") if ps == "M" else c.T("Femme", "Female")
    comp = c.pick([c.T("fuite anastomotique au jour 5, reprise chirurgicale", "anastomotic leak on day 5, return to OR"),
                   c.T("lésion de la voie biliaire principale reconnue en peropératoire", "common bile duct injury recognised intra-op"),
                   c.T("embolie pulmonaire au jour 3 malgré prophylaxie", "pulmonary embolism day 3 despite prophylaxis"),
                   c.T("hématome cervical nécessitant réintubation", "neck haematoma requiring reintubation"),
                   c.T("rétention d'une compresse, découverte à la radiographie", "retained sponge found on X-ray")])
    return "%s de %d ans, %s; %s." % (sex, age, c.pr(proc), comp) if c.lang == "fr" else "%s, %d, %s; %s." % (sex, age, c.pr(proc), comp)


def n_mm_anon(c):
    res = c.pick(G.OUTSIDE[3:5])
    cases = [_anon_case(c) for _ in range(c.rng.randint(2, 4))]
    if c.lang == "fr":
        text = ("%s\n\nOrdre du jour de la réunion de morbidité-mortalité de jeudi 7 h (salle 3-100) :\n\n%s\n\n"
                "Rappel : les présentations doivent être dénominalisées (aucun nom, no de dossier, date de naissance ni date exacte d'intervention). "
                "Les discussions sont protégées (art. 183.2 LSSSS) — ne pas transférer ce courriel.\n\n%s\n%s") % (
            c.greet(), "\n".join("Cas %d : %s" % (i + 1, x) for i, x in enumerate(cases)), c.close(), c.sig(res))
        subj = c.pick(["M&M jeudi – ordre du jour", "Réunion M&M", "Morbidité-mortalité : cas de la semaine"])
    else:
        text = ("%s\n\nAgenda for Thursday's M&M rounds, 7 am, room 3-100:\n\n%s\n\nReminder: presentations must be de-identified "
                "(no names, chart numbers, DOB or exact dates).\n\n%s\n%s") % (
            c.greet(), "\n".join("Case %d: %s" % (i + 1, x) for i, x in enumerate(cases)), c.close(), c.sig(res))
        subj = c.pick(["M&M Thursday - agenda", "M&M rounds"])
    return c.spec("mm_rounds", subj, c.who(res), [("Chirurgie – médecins", "chirurgie-md@" + G.H)], text=text,
                  note="M&M agenda with de-identified cases (age/sex only)")


def n_teaching_case(c):
    surg = c.pick(G.SURGEONS)
    age = c.rng.randint(45, 85)
    L = G.labs(c.rng, c.lang)
    proc = c.proc([x for x in G.PROCS if G.proc_sex(x) != "M"])
    if c.lang == "fr":
        text = ("Bonjour les résidents,\n\nCas clinique pour la séance de jeudi (fictif, inspiré de plusieurs cas) :\n\n"
                "Une femme de %d ans se présente avec %s. Elle prend %s. Bilan : Hb %s, créatinine %s, RNI %s.\n\n"
                "Questions :\n1. Quel bilan préopératoire supplémentaire demandez-vous?\n2. Quand cesser l'anticoagulant?\n"
                "3. Quelle est la prise en charge si %s?\n\nBonne préparation,\n%s") % (
            age, c.dx(proc), c.med(), L["Hb"], L["Créatinine"], L["RNI"], c.pick(["fuite anastomotique", "saignement post-op", "rétention urinaire"]),
            surg.dr_name("fr"))
        subj = c.pick(["Cas clinique – séance de jeudi", "Club de lecture et cas", "Préparation : cas pour les résidents"])
    else:
        text = ("Hi residents,\n\nTeaching case for Thursday (fictional composite):\n\nA %d-year-old woman presents with %s. She takes %s. "
                "Labs: Hb %s, creatinine %s, INR %s.\n\nQuestions:\n1. Additional pre-op work-up?\n2. When to hold the anticoagulant?\n"
                "3. Management of post-op bleeding?\n\nSee you there,\n%s") % (
            age, c.dx(proc), c.med(), L["Hb"], L["Creatinine"], L["INR"], surg.dr_name("en"))
        subj = c.pick(["Teaching case - Thursday", "Case for residents"])
    return c.spec("teaching_case", subj, c.who(surg), [("Résidents chirurgie", "residents-chir@" + G.H)], text=text,
                  note="fictional teaching case with labs and meds, no identity")


def n_waitlist_stats(c):
    mgr = G.MANAGERS[2]
    rows = [[c.T("Spécialité", "Specialty"), c.T("En attente", "Waiting"), "> 6 " + c.T("mois", "mo"), "> 12 " + c.T("mois", "mo"), c.T("Médiane (jours)", "Median (days)")]]
    for s in (G.SPEC_FR if c.lang == "fr" else G.SPEC_EN)[:4] + (G.SPEC_FR if c.lang == "fr" else G.SPEC_EN)[5:]:
        tot = c.rng.randint(40, 700)
        rows.append([s, tot, int(tot * c.rng.uniform(0.1, 0.4)), int(tot * c.rng.uniform(0.0, 0.12)), c.rng.randint(30, 260)])
    data = A.make_xlsx([("Tableau", rows)], author=mgr.full)
    text = c.T("%s\n\nTableau de bord de la liste d'attente chirurgicale (période %d). Les patients en attente depuis plus d'un an ont diminué de %d %%. "
               "Données agrégées seulement.\n\n%s\n%s",
               "%s\n\nSurgical wait-list dashboard (period %d). Patients waiting over a year down %d%%. Aggregate data only.\n\n%s\n%s") % (
        c.greet(), c.rng.randint(1, 13), c.rng.randint(3, 25), c.close(), c.sig(mgr))
    atts = [Att(c.T("tableau_de_bord_attente.xlsx", "waitlist_dashboard.xlsx"), XLSX, data)]
    return c.spec("statistics", c.T("Tableau de bord – liste d'attente", "Wait-list dashboard"), c.who(mgr),
                  [("Comité de direction", "codir@" + G.CISSS)], text=text, atts=atts, note="aggregate wait-list statistics")


def n_or_utilization(c):
    mgr = G.MANAGERS[0]
    rows = [[c.T("Salle", "OR"), c.T("Taux d'occupation", "Utilization"), c.T("Retards 1er cas", "First-case delays"), c.T("Annulations jour même", "Same-day cancellations")]]
    for r in range(1, 7):
        rows.append([str(r), "%d %%" % c.rng.randint(62, 97), str(c.rng.randint(0, 14)), str(c.rng.randint(0, 8))])
    reasons = c.T("Causes d'annulation : manque de lits (41 %), patient non à jeun (12 %), dépassement de temps (22 %), autres.",
                  "Cancellation reasons: no bed (41%), not NPO (12%), overtime (22%), other.")
    html = html_doc([p_html(c.greet()), p_html(c.T("Indicateurs du bloc – mois dernier :", "OR indicators - last month:")), html_table(rows), p_html(reasons), p_html(c.sig(mgr))])
    return c.spec("statistics", c.T("Indicateurs du bloc opératoire", "OR performance indicators"), c.who(mgr),
                  [("Comité du bloc", "comite-bloc@" + G.H)], html=html, layout="html", note="OR utilization statistics, HTML-only")


def n_ssi_rates(c):
    ip = G.MANAGERS[4]
    q = c.rng.randint(1, 4)
    if c.lang == "fr":
        text = ("%s\n\nRésultats de la surveillance SPIN des infections de site opératoire, T%d 2025 :\n\n"
                "- Arthroplasties de hanche : %d ISO / %d interventions (%.1f %%)\n- Arthroplasties de genou : %d / %d (%.1f %%)\n"
                "- Chirurgie colorectale : %d / %d (%.1f %%)\n- Césariennes : %d / %d (%.1f %%)\n\n"
                "Le taux colorectal dépasse la moyenne provinciale; un audit de l'antibioprophylaxie débutera le mois prochain.\n\n%s\n%s") % (
            c.greet(), q, *_rates(c), c.close(), c.sig(ip))
        subj = c.pick(["Surveillance ISO – résultats T%d" % q, "Taux d'infection de site opératoire"])
    else:
        text = ("%s\n\nSSI surveillance results, Q%d 2025:\n\n- Hip arthroplasty: %d SSI / %d (%.1f%%)\n- Knee arthroplasty: %d / %d (%.1f%%)\n"
                "- Colorectal: %d / %d (%.1f%%)\n- Caesarean: %d / %d (%.1f%%)\n\nColorectal rate above provincial average; prophylaxis audit next month.\n\n%s\n%s") % (
            c.greet(), q, *_rates(c), c.close(), c.sig(ip))
        subj = c.pick(["SSI surveillance - Q%d results" % q, "Surgical site infection rates"])
    return c.spec("statistics", subj, c.who(ip), [("Chirurgie – médecins", "chirurgie-md@" + G.H), c.who(G.MANAGERS[0])], text=text,
                  note="aggregate SSI rates")


def _rates(c):
    out = []
    for _ in range(4):
        n = c.rng.randint(40, 260)
        k = c.rng.randint(0, 9)
        out += [k, n, 100.0 * k / n]
    return out


def n_nsqip(c):
    mgr = G.MANAGERS[2]
    lines = [c.T("Rapport semestriel – programme d'amélioration de la qualité chirurgicale", "Semi-annual report - surgical quality improvement programme"), "",
             c.T("Cas échantillonnés : %d", "Sampled cases: %d") % c.rng.randint(400, 900),
             c.T("Morbidité globale : O/E %.2f", "Overall morbidity: O/E %.2f") % c.rng.uniform(0.7, 1.3),
             c.T("Infections urinaires : O/E %.2f (décile %d)", "UTI: O/E %.2f (decile %d)") % (c.rng.uniform(0.6, 1.6), c.rng.randint(1, 10)),
             c.T("Réadmissions à 30 jours : %.1f %%", "30-day readmissions: %.1f%%") % c.rng.uniform(4, 11),
             c.T("Mortalité : O/E %.2f", "Mortality: O/E %.2f") % c.rng.uniform(0.5, 1.4), "",
             c.T("Aucune donnée nominative n'est transmise au programme.", "No identifiable data is sent to the programme.")]
    pdf = A.make_pdf(lines[0], lines[1:], compress=c.chance(0.5))
    text = c.T("%s\n\nRapport semestriel en pièce jointe, pour le comité qualité.\n\n%s\n%s", "%s\n\nSemi-annual report attached for the quality committee.\n\n%s\n%s") % (
        c.greet(), c.close(), c.sig(mgr))
    return c.spec("statistics", c.T("Rapport qualité chirurgicale", "Surgical quality report"), c.who(mgr), [("Comité qualité", "qualite@" + G.CISSS)],
                  text=text, atts=[Att(c.T("rapport_qualite_S%d.pdf", "quality_report_S%d.pdf") % c.rng.randint(1, 2), PDF, pdf)],
                  note="aggregate surgical quality report PDF")


def n_bed_management(c):
    mgr = G.MANAGERS[0]
    n = c.rng.randint(3, 14)
    text = c.T("%s\n\nÉtat de situation 7 h : %d patients en attente d'un lit de chirurgie à l'urgence, 4 lits fermés au 4e (manque de personnel). "
               "Les cas électifs nécessitant une hospitalisation sont suspendus aujourd'hui; la chirurgie d'un jour se poursuit. "
               "Prochaine mise à jour à 13 h.\n\n%s",
               "%s\n\n7 am status: %d patients in the ED waiting for a surgical bed, 4 beds closed on 4th floor (staffing). Elective inpatient "
               "cases are on hold today; day surgery continues. Next update at 1 pm.\n\n%s") % (c.greet(), n, c.sig(mgr))
    return c.spec("bed_management", c.T("Situation des lits – %s", "Bed situation - %s") % c.date(c.day, 0), c.who(mgr),
                  [("Chirurgiens et anesthésistes", "bloc-md@" + G.H)], text=text, note="bed situation, counts only")


PLAN = [
    (n_urdm_bi, 5, None), (n_urdm_tray, 5, None), (n_urdm_bowie, 3, None), (n_urdm_loaners, 3, None), (n_urdm_tracking_csv, 3, None),
    (n_schedule_xlsx, 4, None), (n_oncall, 4, None), (n_vacation, 3, None), (n_replacement, 4, None), (n_block_allocation, 3, None),
    (n_room_swap, 3, None), (n_recall_stapler, 5, None), (n_recall_implant, 3, None), (n_biomed, 4, None), (n_conference, 5, None),
    (n_grand_rounds_ics, 3, None), (n_mm_anon, 5, None), (n_teaching_case, 4, None), (n_waitlist_stats, 4, None),
    (n_or_utilization, 3, None), (n_ssi_rates, 3, None), (n_nsqip, 2, None), (n_bed_management, 3, None),
]
