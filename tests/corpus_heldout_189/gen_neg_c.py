"""Negatives, part C (both languages): monitoring visits, budgets, teaching cases, recruitment ads,
investigator directory, minutes, audits, farewells, data policy, job candidates, sponsor updates,
coded shipments, vendor vCards, attached e-mails."""
import datetime as _dt

import gen_clin as K
import gen_common as C
from gen_build import box, colleague, csv, docx, eml, ext, ics, lot, luhn_serial, pdf, vcf, who, xlsx


def monitoring(c):
    st = c.study()
    cra = ext(c, "cro")
    coord = c.staff(0, 1, 7)
    d = c.later(c.rng.randrange(7, 25))
    ids = ", ".join("%d-%03d" % (c.rng.randrange(101, 130), c.rng.randrange(1, 90)) for _ in range(c.rng.randrange(3, 7)))
    orig = [c.t("Bonjour,", "Hi,"),
            c.t("Je propose une visite de monitorage le %s et le lendemain. Je voudrais revoir les sujets %s "
                "(consentements, EIG, comptabilité du produit)." % (c.d(d, 0), ids),
                "I'd like to schedule a monitoring visit on %s and the following day, to review subjects %s "
                "(consents, SAEs, IP accountability)." % (c.d(d, 0), ids)),
            cra["name"]]
    blocks = [c.t("Bonjour %s," % cra["given"], "Hi %s," % cra["given"]),
              c.t("C'est confirmé. La salle 3.21 est réservée et j'ai demandé l'accès au DME en lecture seule pour "
                  "vous ; %s sera disponible l'après-midi du deuxième jour." % c.pi(st)["dr_fr"],
                  "Confirmed. Room 3.21 is booked and read-only EMR access requested. %s is available the afternoon "
                  "of day two." % c.pi(st)["dr_en"]),
              c.sig(coord), c.quote(cra, c.prev_dt(30), orig, to=coord, subject="Monitoring visit " + st["code"])]
    start = _dt.datetime(d.year, d.month, d.day, 9, 0)
    atts = [ics("monitoring.ics", uid="%x@%s" % (c.rng.getrandbits(64), C.DOM), start=start,
                end=start + _dt.timedelta(hours=7), summary=c.t("Visite de monitorage %s", "Monitoring visit %s") % st["code"],
                description=c.t("Sujets : %s", "Subjects: %s") % ids, location=c.t("Salle 3.21", "Room 3.21"),
                organizer=(coord["name"], coord["addr"]), attendees=[(cra["name"], cra["addr"])],
                stamp=c.date.replace(tzinfo=None))] if c.v % 2 == 0 else []
    return dict(cat=c.t("visite_monitorage", "monitoring_visit"), types=[], note="monitoring visit scheduling reply",
                frm=who(c, coord), to=[(cra["name"], cra["addr"])],
                subject=c.t("RE: Visite de monitorage %s", "RE: Monitoring visit %s") % st["code"], blocks=blocks,
                atts=atts, reply=C.SITES["cro"][1])


def budget(c):
    st = c.study()
    coord = c.staff(11)
    sp = ext(c, c.ch("sponsor1", "sponsor2"))
    proc = [[c.t("Visite de sélection", "Screening visit"), "650"], ["ECG", "85"],
            [c.t("Échographie cardiaque", "Echocardiogram"), "420"], [c.t("IRM", "MRI"), "890"],
            [c.t("Prise de sang + traitement", "Blood draw + processing"), "95"],
            [c.t("Frais de pharmacie (par mois)", "Pharmacy fee (monthly)"), "150"],
            [c.t("Frais administratifs CÉR", "REB fees"), "3500"]]
    rows = [[a, b, str(int(int(b) * (1 + c.rng.randrange(0, 30) / 100.0)))] for a, b in proc]
    header = [c.t("Élément", "Item"), c.t("Proposé ($)", "Proposed ($)"), c.t("Contre-offre ($)", "Counter ($)")]
    blocks = [c.t("Bonjour %s," % sp["given"], "Hi %s," % sp["given"]),
              c.t("Voici notre contre-proposition budgétaire pour %s. Les coûts d'imagerie reflètent nos tarifs "
                  "internes 2024 ; les frais du CÉR ne sont pas négociables." % st["code"],
                  "Here is our budget counter-proposal for %s. Imaging reflects our 2024 internal rates; REB fees "
                  "are not negotiable." % st["code"]), c.sig(coord)]
    if c.v % 3 == 0:
        blocks.insert(2, ("table", header, rows, c.ch(0, 1)))
        atts = []
    else:
        atts = [xlsx("budget_%s_v%d.xlsx" % (st["code"].replace(" ", ""), c.rng.randrange(2, 6)),
                     [("Budget", header, rows)])]
    return dict(cat=c.t("budget_etude", "study_budget"), types=[], note="study budget negotiation", frm=who(c, coord),
                to=[(sp["name"], sp["addr"])], subject=c.t("Budget %s – contre-proposition", "%s budget - counter-proposal") % st["code"],
                blocks=blocks, atts=atts)


def teaching(c):
    st = c.study(c.ch(0, 2, 3, 5))
    res = C.doctor(c.ch(6, 8))
    age = c.rng.randrange(45, 80)
    fem = c.rng.random() < 0.5
    case = c.t("Cas clinique (dépersonnalisé) : %s de %d ans, %s. %s avec %s. À la semaine 12 : %s. "
               "Question : quelle est votre conduite ?" % ("femme" if fem else "homme", age, K.dx(c, st["code"]),
                                                           "Traitée" if fem else "Traité",
                                                           K.med(c, st["code"]), ", ".join(K.labs(c, st["code"], 2))),
               "Teaching case (de-identified): %d-year-old %s with %s, on %s. At week 12: %s. Question: what is "
               "your next step?" % (age, c.ch("woman", "man"), K.dx(c, st["code"]), K.med(c, st["code"]),
                                    ", ".join(K.labs(c, st["code"], 2))))
    blocks = [c.t("Bonjour à tous,", "Hi all,"),
              c.t("Pour le club de lecture de jeudi, voici le cas à préparer. Toute information permettant "
                  "d'identifier la personne a été retirée et l'âge a été modifié.",
                  "For Thursday's journal club, here is the case to prepare. All identifying information has been "
                  "removed and the age altered."), case, c.t(res["dr_fr"], res["dr_en"])]
    atts = [docx(c.t("cas_club_lecture.docx", "journal_club_case.docx"), c.t("Cas clinique", "Teaching case"), [case])] \
        if c.v % 2 else []
    return dict(cat=c.t("cas_enseignement", "teaching_case"), types=[], note="de-identified teaching case",
                frm=who(c, res), to=[box(c.t("Résidents et fellows", "Residents and fellows"), "residents")],
                subject=c.t("Club de lecture – cas de jeudi", "Journal club - Thursday's case"), blocks=blocks, atts=atts)


def recruitment_ad(c):
    st = c.study()
    coord = c.staff(0, 1)
    com = box(c.t("Communications", "Communications"), "communications")
    ad = c.t("VOUS ÊTES ATTEINT(E) DE %s ?\nL'équipe de la %s recrute des participantes et participants pour une "
             "étude sur un nouveau traitement. Compensation pour les déplacements. Renseignements : %s, "
             "450-555-01%02d, %s." % (st["title"].upper(), c.pi(st)["dr_fr"], coord["name"], c.rng.randrange(100), coord["addr"]),
             "DO YOU HAVE %s?\n%s's team is recruiting participants for a study of a new treatment. Travel costs "
             "reimbursed. Information: %s, 450-555-01%02d, %s." % (st["title"].upper(), c.pi(st)["dr_en"], coord["name"],
                                                                   c.rng.randrange(100), coord["addr"]))
    blocks = [c.t("Bonjour,", "Hello,"),
              c.t("Pourriez-vous afficher cette annonce approuvée par le CÉR (no %d-%04d) sur les écrans des salles "
                  "d'attente ?" % (c.ch(2023, 2024), c.rng.randrange(1000, 1999)),
                  "Could you put this REB-approved ad (#%d-%04d) on the waiting-room screens?" % (c.ch(2023, 2024),
                                                                                                c.rng.randrange(1000, 1999))),
              ad, c.sig(coord)]
    atts = [pdf(c.t("affiche_%s.pdf", "poster_%s.pdf") % st["code"].replace(" ", ""), c.t("Affiche", "Poster"), ad.split("\n"))] \
        if c.v % 2 == 0 else []
    return dict(cat=c.t("annonce_recrutement", "recruitment_ad"), types=[], note="approved recruitment advertisement",
                frm=who(c, coord), to=[com], subject=c.t("Annonce de recrutement – %s", "Recruitment ad - %s") % st["code"],
                blocks=blocks, atts=atts)


def directory(c):
    rows = [[c.t(d["dr_fr"], d["dr_en"]), c.t(d["spec_fr"], d["spec_en"]), d["addr"], "450-555-01%02d" % c.rng.randrange(100)]
            for d in (C.doctor(i) for i in range(10))]
    for i in range(6):
        rows[i][1] += " – " + C.STUDIES[i][3 if c.fr else 4]
    blocks = [c.t("Bonjour,", "Hello,"), c.t("Voici le répertoire à jour des chercheurs et de leurs domaines.",
                                             "Updated directory of investigators and their areas."),
              ("table", [c.t("Chercheur", "Investigator"), c.t("Domaine", "Area"), c.t("Courriel", "E-mail"),
                         c.t("Téléphone", "Phone")], rows, c.ch(0, 1)), c.sig(c.staff(10, 9))]
    return dict(cat=c.t("repertoire_chercheurs", "investigator_directory"), types=[],
                note="directory of investigators and disease areas", frm=who(c, c.staff(10)),
                to=[box(c.t("Équipe recherche clinique", "Clinical research team"), "brc.equipe")],
                subject=c.t("Répertoire des chercheurs 2024", "Investigator directory 2024"), blocks=blocks)


def minutes(c):
    reb = c.staff(6)
    chair = C.doctor(8)
    items = [("h", c.t("Procès-verbal – réunion du CÉR du %s", "REB minutes - meeting of %s") % c.d(c.earlier(7), 0)),
             c.t("Présences : %s (président%s), %s, Mme %s, M. %s. Quorum atteint." % (
                 chair["dr_fr"], "e" if chair["sex"] == "F" else "", C.doctor(6)["dr_fr"], colleague(c)["name"], C.staff(11)["name"]),
                 "Present: %s (chair), %s, Ms. %s, Mr. %s. Quorum reached." % (
                     chair["dr_en"], C.doctor(6)["dr_en"], colleague(c)["name"], C.staff(11)["name"]))]
    for i in c.rng.sample(C.ADULT_STUDIES, 3):
        st = c.study(i)
        items.append(c.t("%s (%s, %s) : %s." % (st["code"], c.pi(st)["dr_fr"], st["title"],
                                                c.ch("approuvé", "approuvé sous conditions", "reporté – précisions demandées")),
                         "%s (%s, %s): %s." % (st["code"], c.pi(st)["dr_en"], st["title"],
                                               c.ch("approved", "approved with conditions", "deferred - clarifications requested"))))
    blocks = [c.t("Bonjour,", "Hello,"), c.t("Le procès-verbal est joint pour adoption.", "Minutes attached for adoption."),
              c.sig(reb)]
    return dict(cat=c.t("proces_verbal_cer", "reb_minutes"), types=[], note="ethics board minutes", frm=who(c, reb),
                to=[box(c.t("Membres du CÉR", "REB members"), "cer.membres")],
                subject=c.t("PV du CÉR – pour adoption", "REB minutes for adoption"), blocks=blocks,
                atts=[docx(c.t("PV_CER.docx", "REB_minutes.docx"), c.t("Procès-verbal", "Minutes"), items)])


def audit(c):
    qa = c.staff(15)
    n = c.rng.randrange(12, 40)
    rows = [[c.t("Consentement sans date", "Consent not dated"), str(c.rng.randrange(0, 4))],
            [c.t("Mauvaise version du FIC", "Wrong ICF version"), str(c.rng.randrange(0, 3))],
            [c.t("EIG déclaré hors délai", "Late SAE report"), str(c.rng.randrange(0, 3))],
            [c.t("Critère d'admissibilité non documenté", "Eligibility not documented"), str(c.rng.randrange(0, 5))]]
    blocks = [c.t("Bonjour,", "Hi,"),
              c.t("Résultats de l'audit interne : %d dossiers revus dans 4 études. Constats :" % n,
                  "Internal audit results: %d files reviewed across 4 studies. Findings:" % n),
              ("table", [c.t("Constat", "Finding"), c.t("Nombre", "Count")], rows, c.ch(0, 1)),
              c.t("Plan d'action attendu d'ici 30 jours.", "Action plan due within 30 days."), c.sig(qa)]
    return dict(cat=c.t("audit_qualite", "qa_audit"), types=[], note="aggregate internal audit findings", frm=who(c, qa),
                to=[who(c, C.staff(11))], subject=c.t("Audit interne – résultats", "Internal audit - results"), blocks=blocks)


def farewell(c):
    leaving = colleague(c)
    yrs = c.rng.randrange(12, 35)
    blocks = [c.t("Bonjour à tous,", "Hi everyone,"),
              c.t("Après %d ans au service de la recherche, %s prend sa retraite le %s ! Un 5 à 7 aura lieu à la "
                  "cafétéria le %s. Contribution suggérée : 10 $." % (yrs, leaving["name"], c.d(c.later(20), 0), c.d(c.later(18), 4)),
                  "After %d years in research, %s retires on %s! Drop-in party at the cafeteria on %s, 4-6 pm. "
                  "Suggested contribution $10." % (yrs, leaving["name"], c.d(c.later(20), 0), c.d(c.later(18), 4))),
              c.t("On prépare aussi un album : envoyez vos photos à %s." % C.staff(13)["addr"],
                  "We're making an album too: send photos to %s." % C.staff(13)["addr"]),
              C.staff(10)["given"]]
    return dict(cat=c.t("depart_retraite", "farewell"), types=[], note="retirement party announcement",
                frm=who(c, C.staff(10)), to=[box(c.t("Équipe recherche clinique", "Clinical research team"), "brc.equipe")],
                subject=c.t("Départ à la retraite de %s", "%s's retirement") % leaving["given"], blocks=blocks)


def policy(c):
    priv = box(c.t("Bureau de la protection des renseignements personnels", "Privacy Office"), "vie.privee")
    blocks = [c.t("À tout le personnel de recherche,", "To all research staff,"),
              c.t("Rappel de la directive 2024-07 : ne jamais transmettre par courriel non chiffré le nom, le NAM "
                  "(format XXXX 0000 0000), la date de naissance ou le numéro de dossier d'un participant. Utilisez "
                  "le numéro de participant de l'étude et le partage sécurisé.",
                  "Reminder of directive 2024-07: never send a participant's name, health card number, date of birth "
                  "or chart number by unencrypted e-mail. Use the study subject number and secure file sharing."),
              c.t("Tout incident doit être déclaré au bureau dans les 24 heures.", "Report any incident to the office "
                                                                                  "within 24 hours."),
              ("sig", [c.t("Bureau de la protection des renseignements personnels", "Privacy Office"), C.HOSP_ADDR, "450-555-0150"])]
    return dict(cat=c.t("directive_confidentialite", "privacy_policy"), types=[], note="privacy directive reminder", frm=priv,
                to=[box(c.t("Personnel de recherche", "Research staff"), "recherche-tous")],
                subject=c.t("Rappel – transmission de renseignements personnels", "Reminder - sending personal information"),
                blocks=blocks)


def candidates(c):
    head = c.staff(11)
    hr = box(c.t("Ressources humaines", "Human Resources"), "rh")
    cands = [("Yasmine", "Benali"), ("Olivier", "Tanguay"), ("Priscilla", "Mendes"), ("Kevin", "O'Hara"),
             ("Amélie", "Turgeon"), ("Samir", "Haddou")]
    c.rng.shuffle(cands)
    rows = [["%s %s" % g_s, c.ch(c.t("3 ans en coordination d'essais", "3 yrs trial coordination"),
                                 c.t("soins infirmiers, 5 ans en oncologie", "RN, 5 yrs oncology"),
                                 c.t("M.Sc. pharmacologie", "MSc pharmacology")),
             c.d(c.later(c.rng.randrange(3, 10)), 4) + " " + c.ch("9 h", "10 h 30", "14 h")] for g_s in cands[:4]]
    blocks = [c.t("Bonjour %s," % head["given"], "Hi %s," % head["given"]),
              c.t("Voici les candidatures retenues pour le poste de coordination (affichage 2024-%03d) et les "
                  "entrevues proposées. Les CV sont dans le dossier partagé RH." % c.rng.randrange(100, 999),
                  "Here are the shortlisted candidates for the coordinator posting (2024-%03d) and proposed "
                  "interview times. CVs are in the HR shared folder." % c.rng.randrange(100, 999)),
              ("table", [c.t("Candidat", "Candidate"), c.t("Profil", "Profile"), c.t("Entrevue", "Interview")], rows, c.ch(0, 1)),
              c.t("Ressources humaines", "Human Resources")]
    return dict(cat=c.t("candidatures", "job_candidates"), types=[], note="shortlisted job candidates", frm=hr,
                to=[who(c, head)], subject=c.t("Candidatures – coordination de recherche", "Shortlist - research coordinator"),
                blocks=blocks)


def sponsor_update(c):
    st = c.study()
    sp = C.SITES[c.ch("sponsor1", "sponsor2")]
    n = c.rng.randrange(400, 1200)
    blocks = [c.t("Chères équipes de recherche,", "Dear study teams,"),
              c.t("Le recrutement mondial de %s a atteint %d participants dans 14 pays (%d %% de l'objectif). "
                  "Le comité de surveillance des données (DSMB) a recommandé la poursuite de l'étude sans "
                  "modification. Prochaine réunion des investigateurs : %s, Montréal." % (
                      st["code"], n, int(n / 12.0), c.d(c.later(60), 0)),
                  "Global enrolment in %s reached %d participants in 14 countries (%d%% of target). The DSMB "
                  "recommended continuing without modification. Next investigator meeting: %s, Montreal." % (
                      st["code"], n, int(n / 12.0), c.d(c.later(60), 0))),
              c.t("Merci pour votre engagement.", "Thank you for your commitment."), "%s Clinical Operations" % sp[0]]
    return dict(cat=c.t("nouvelles_promoteur", "sponsor_update"), types=[], note="sponsor study update",
                frm=("%s Clinical Operations" % sp[0], "clinops@" + sp[1]), to=[who(c, c.staff(0, 1))],
                subject=c.t("%s – mise à jour de l'étude", "%s - study update") % st["code"], blocks=blocks,
                kind=c.ch("html", "alt", None))


def coded_shipment(c):
    bb = c.staff(4, 5)
    lab = ext(c, "lab")
    rows = [["%d-%03d" % (c.rng.randrange(101, 130), c.rng.randrange(1, 90)), "V%d" % c.rng.randrange(1, 8),
             c.ch(c.t("sérum", "serum"), "plasma"), "BRP-%05d" % c.rng.randrange(10000, 99999),
             c.d(c.earlier(c.rng.randrange(2, 30)), 2)] for _ in range(c.rng.randrange(6, 14))]
    header = [c.t("No sujet", "Subject no."), "Visite" if c.fr else "Visit", c.t("Matrice", "Matrix"),
              c.t("No tube", "Tube no."), c.t("Prélevé le", "Collected")]
    blocks = [c.t("Bonjour %s," % lab["given"], "Hi %s," % lab["given"]),
              c.t("Manifeste de l'envoi de ce jour (numéros de sujets codés seulement). Lettre de transport %s, "
                  "enregistreur de température %s." % (luhn_serial(c, 10), luhn_serial(c, 9)),
                  "Manifest for today's shipment (coded subject numbers only). Waybill %s, temperature logger %s."
                  % (luhn_serial(c, 10), luhn_serial(c, 9))), c.sig(bb)]
    fn = c.t("manifeste_code_%s.csv", "coded_manifest_%s.csv") % c.date.strftime("%Y%m%d")
    return dict(cat=c.t("envoi_echantillons_codes", "coded_sample_shipment"), types=[],
                note="sample shipment manifest with coded IDs only", frm=who(c, bb), to=[(lab["name"], lab["addr"])],
                subject=c.t("Envoi du %s – manifeste", "Shipment %s - manifest") % c.d(c.date.date(), 1), blocks=blocks,
                atts=[csv(fn, header, rows, sep=c.ch(",", ";"))])


def vendor_vcard(c):
    rep = ext(c, c.ch("courier", "lab"))
    bb = c.staff(4)
    att = vcf("%s %s.vcf" % (rep["given"], rep["surname"]), given=rep["given"], surname=rep["surname"], org=rep["org"],
              title=c.t("Représentante des ventes", "Account manager"),
              tels=[("WORK", "1-800-555-01%02d" % c.rng.randrange(100)), ("CELL", "514-555-01%02d" % c.rng.randrange(100))],
              emails=[rep["addr"]])
    blocks = [c.t("Voici les coordonnées de notre nouvelle représentante chez %s." % rep["org"],
                  "Contact card for our new account manager at %s." % rep["org"]), bb["given"]]
    return dict(cat=c.t("fiche_fournisseur", "vendor_contact"), types=[], note="vendor contact card", frm=who(c, bb),
                to=[who(c, C.staff(11))], subject=c.t("Contact fournisseur", "Vendor contact"), blocks=blocks, atts=[att])


def eml_neg(c):
    reb = c.staff(6)
    coord = c.staff(0, 1, 7)
    st = c.study()
    inner = dict(frm=who(c, reb), to=[box(c.t("Chercheurs", "Investigators"), "chercheurs")],
                 subject=c.t("Nouvelle version des formulaires du CÉR", "New REB forms"),
                 blocks=[c.t("Bonjour,", "Hello,"),
                         c.t("Les formulaires F1 (nouveau projet), F7 (modification) et F10 (déviation) sont mis à jour. "
                             "Les anciennes versions ne seront plus acceptées après le %s." % c.d(c.later(30), 0),
                             "Forms F1 (new study), F7 (amendment) and F10 (deviation) have been updated. Old versions "
                             "will not be accepted after %s." % c.d(c.later(30), 0)), c.sig(reb)])
    blocks = [c.t("Pour info, à appliquer pour la modification de %s." % st["code"],
                  "FYI - applies to the %s amendment." % st["code"]), coord["given"]]
    return dict(cat=c.t("transfert_avis_cer", "forwarded_reb_notice"), types=[], note="REB notice forwarded as attachment",
                frm=who(c, coord), to=[who(c, c.staff(12, 13))],
                subject=c.t("TR: Nouvelle version des formulaires du CÉR", "FW: New REB forms"), blocks=blocks,
                atts=[eml(c.t("Nouvelle version des formulaires.eml", "New REB forms.eml"), inner)])


PLAN_FR = [(monitoring, 3), (budget, 3), (teaching, 2), (recruitment_ad, 3), (directory, 2), (minutes, 2), (audit, 2),
           (farewell, 2), (policy, 2), (candidates, 2), (sponsor_update, 2), (coded_shipment, 3), (vendor_vcard, 1),
           (eml_neg, 2)]
PLAN_EN = list(PLAN_FR)
