"""Confidential messages in French (part 1): referrals, titration, sensor/pump downloads, recalls, GDM,
driving forms, school plans."""
import datetime

import gen_attach as A
import gen_common as G
from gen_mime import Att

S, X = G.S, G.X


def ident(c, p, nam=True, dob=True, labels=0):
    lab = [("Nom", "Date de naissance", "Sexe", "NAM"),
           ("Usager", "DDN", "Sexe", "No d'assurance maladie"),
           ("Nom, prénom", "Né(e) le", "Sexe", "RAMQ")][labels % 3]
    rows = [(lab[0], c.full(p))]
    if dob:
        rows.append((lab[1], c.dob(p)))
    rows.append((lab[2], c.sex(p)))
    if nam and p.nam:
        rows.append((lab[3], c.nam(p)))
    return rows


def hba1c(c, lo=6.8, hi=11.5):
    c.t("lab_result")
    return c.dec(c.u(lo, hi)) + " %"


BASALS = ["Lantus (glargine)", "Toujeo", "Tresiba", "Basaglar", "Humulin N", "glargine U-300"]
BOLUS = ["NovoRapid", "Humalog", "Fiasp", "Admelog", "lispro", "asparte"]
ORALS = ["metformine 850 mg BID", "metformine 1000 mg BID", "Jardiance 25 mg DIE", "Forxiga 10 mg die",
         "gliclazide MR 60 mg DIE", "Januvia 100 mg DIE", "Rybelsus 7 mg DIE", "Janumet 50/1000 BID"]
GLP = ["Ozempic 0,5 mg s.c. 1 fois/sem", "Ozempic 1 mg q sem", "Trulicity 1,5 mg hebdo",
       "Mounjaro 5 mg s.c. hebdo", "Victoza 1,2 mg DIE"]


# ------------------------------------------------------------------ F1 retinopathy referral
def ref_ophtalmo(c):
    v = c.serial % 3
    doc = c.ch([S["vachon"], S["benslimane"], S["dallaire"]])
    p = c.nam_patient(45, 90)
    c.t("diagnosis")
    yrs = c.r(6, 25)
    if v == 0:
        a1c = hba1c(c)
        c.t("medication")
        blocks = ["Bonjour Dre Sauvé,",
                  f"Je vous adresse {G.name_as(p, 'title_sur')} pour évaluation en ophtalmologie. "
                  f"Diabète de type 2 depuis {yrs} ans, HbA1c {a1c} le mois dernier. La dernière rétinographie "
                  f"({c.today.year - c.r(2, 4)}) montrait une rétinopathie non proliférante légère OU. "
                  f"{'Il' if p.sex == 'M' else 'Elle'} rapporte une vision floue à l'œil droit depuis environ "
                  f"{c.r(3, 10)} semaines.",
                  ("kv", ident(c, p, labels=c.r(0, 2))),
                  ("kv", [("Médication", f"{c.ch(ORALS)}, {c.ch(GLP)}, {c.ch(BASALS)} {c.r(14, 60)} u HS"),
                          ("TA", f"{c.r(128, 162)}/{c.r(72, 94)}"), ("Priorité", c.ch(["semi-urgente", "P3", "< 4 semaines"]))]),
                  "Merci de votre collaboration.", c.sig(doc)]
        subj = c.ch(["Demande de consultation – ophtalmologie", "Réf. ophtalmo (rétinopathie)",
                     "Requête consultation ophtalmologie – dépistage RD"])
        return c.spec("referral", "retinopathy referral to ophthalmology", doc, [X["sauve"]], subj, blocks)
    if v == 1:
        clerk = c.ch([S["lamontagne"], S["vezina"]])
        d0 = c.earlier(5, 20)
        ret = c.ch(["RDNP modérée bilatérale, œdème maculaire OG suspecté",
                    "RDNP sévère OD, modérée OG", "rétinopathie proliférante OD (néovaisseaux papillaires)"])
        body = [f"Bonjour,",
                f"Voici la requête pour {c.nm(p, c.ch(['title', 'upper_comma', 'full']))} "
                f"(dossier {c.mrn(p)}). Photos du fond d'œil prises ici le {c.sdate(d0)} : {ret}. "
                "La Dre a demandé un rendez-vous en priorité.",
                "La requête signée est jointe (PDF). Merci de nous confirmer la date.", c.sig(clerk)]
        c.t("diagnosis")
        pdfb = A.pdf("Requête de consultation – Ophtalmologie",
                     [("kv", ident(c, p, labels=1) + [("Dossier", p.mrn)]),
                      ("h", "Renseignements cliniques"),
                      f"DT2 depuis {yrs} ans. Rétinographie du {d0.isoformat()} : {ret}. "
                      f"Néphropathie diabétique (RAC {c.dec(c.u(4, 40))} mg/mmol).",
                      ("kv", [("Médecin requérant", doc.titled()), ("Signature", "signé électroniquement")])],
                     compress=c.rng.random() < 0.6)
        c.t("lab_result")
        return c.spec("referral", "retinal photo result and ophthalmology request", clerk,
                      [("Prise de rendez-vous ophtalmologie", "rdv.ophtalmo@" + G.HOSP_DOM)],
                      c.ch(["Requête ophtalmo – priorité", "Demande de RV ophtalmologie", "Requête – fond d'œil anormal"]),
                      body, atts=[Att(c.ch(["requete_ophtalmo.pdf", "Requête ophtalmo.pdf", f"req_{p.mrn}.pdf"]),
                                      "pdf", pdfb)])
    # v == 2: optometrist/ophthalmology result back to the clinic
    od = c.ch(["pas de rétinopathie", "RDNP légère", "microanévrismes isolés"])
    og = c.ch(["RDNP légère", "RDNP modérée", "exsudats durs péri-fovéolaires"])
    rows = [["OD", od, f"{c.r(6, 10)}/10"], ["OG", og, f"{c.r(4, 10)}/10"]]
    blocks = [f"Bonjour Dr {doc.surname}," if doc.sex == "M" else f"Bonjour Dre {doc.surname},",
              f"Résultats de l'examen du {c.sdate(c.earlier(3, 15))} pour votre patient"
              f"{'e' if p.sex == 'F' else ''} :",
              ("kv", ident(c, p, labels=2)),
              ("table", ["Œil", "Constat", "AV"], rows),
              c.ch(["Contrôle dans 6 mois recommandé.", "Je la revois dans 4 mois avec OCT.",
                    "Injection anti-VEGF à discuter si progression."]),
              c.sig(X["sauve"])]
    return c.spec("referral", "retinal exam result returned to endocrinologist", X["sauve"], [doc],
                  f"Résultats rétinographie – {G.name_as(p, c.ch(['upper_comma', 'upper_first']))}", blocks)


# ------------------------------------------------------------------ F2 foot care referral
def ref_podiatrie(c):
    v = c.serial % 3
    nurse = c.ch([S["aubut"], S["quenneville"], S["saintonge"]])
    if v == 2:
        p = c.new_patient(50, 88)
    else:
        p = c.nam_patient(50, 92)
    c.t("diagnosis")
    sites = c.r(2, 7)
    ulc = c.ch(["ulcère plantaire sous la tête du 1er métatarsien droit (1,2 x 0,8 cm)",
                "plaie au talon gauche, fond fibrineux", "callosités épaisses avec hématome sous-jacent",
                "ongle incarné infecté au gros orteil gauche", "déformation de Charcot suspectée, pied droit chaud"])
    if v == 0:
        blocks = ["Bonjour Étienne,",
                  f"Référence pour soins de pieds : {c.full(p)}, "
                  f"{c.age(p)} ans, DT2 avec neuropathie périphérique. Monofilament 10 g : sensibilité "
                  f"absente à {sites}/10 sites. {ulc[0].upper() + ulc[1:]}. Pouls pédieux faibles à droite.",
                  ("kv", ident(c, p, labels=c.r(0, 2))),
                  f"Tél. à la maison : {c.tel(p)} (préfère être appelé{'e' if p.sex == 'F' else ''} en avant-midi).",
                  f"Peux-tu {'le' if p.sex == 'M' else 'la'} voir d'ici deux semaines? Merci!", c.sig(nurse)]
        c.t("lab_result")
        return c.spec("referral", "foot care referral with neuropathy and ulcer", nurse, [X["bergeron"]],
                      c.ch(["Référence podiatrie", "Réf. soins de pieds – urgent", "Podiatrie - nouvelle référence"]),
                      blocks, fmt=c.ch([None, "html"]))
    if v == 1:
        rows = [["Monofilament D", f"{10 - sites}/10"], ["Monofilament G", f"{10 - c.r(1, 6)}/10"],
                ["Diapason", c.ch(["absent aux orteils", "diminué"])],
                ["IPSCB", c.dec(c.u(0.6, 1.1), 2)]]
        c.t("lab_result")
        blocks = [f"Bonjour M. Bergeron,",
                  f"Suite à notre évaluation du pied à risque de {c.nm(p, 'title')} "
                  f"({c.dob(p)}), voici nos résultats :",
                  ("table", ["Test", "Résultat"], rows),
                  f"Constat : {ulc}. Le patient est sous {c.ch(BASALS)} et {c.ch(ORALS)}.",
                  f"Adresse : {c.addr(p)}",
                  ("kv", [("NAM", c.nam(p)), ("Sexe", p.sex)]),
                  c.sig(nurse)]
        c.t("medication")
        return c.spec("referral", "at-risk foot assessment sent to podiatrist", nurse, [X["bergeron"]],
                      "Évaluation pied à risque – référence", blocks)
    # v == 2: podiatrist replies with quoted referral
    blocks = [f"Bonjour {nurse.given},",
              c.ch(["Je l'ai vu ce matin. Débridement fait, pansement à l'argent, décharge avec botte de marche. "
                    "Je le revois dans 1 semaine.",
                    "Vue aujourd'hui : plaie propre, pas de signe d'ostéomyélite clinique. Radiographie demandée."]),
              c.sig(X["bergeron"], True),
              ("quote", [f"De : {nurse.name}", f"Envoyé : {c.day(c.earlier(5, 12))}",
                         f"À : {X['bergeron'].name}", "Objet : Référence podiatrie"],
               [f"Référence pour {c.nm(p, c.ch(['upper_comma', 'comma', 'lower']))}, dossier {c.mrn(p)}, "
                f"{ulc}. Neuropathie diabétique connue, HbA1c {hba1c(c, 8, 12)}.",
                f"Tél. : {c.tel(p)}"], False)]
    return c.spec("referral", "podiatrist reply to foot ulcer referral", X["bergeron"], [nurse],
                  "RE: Référence podiatrie", blocks, reply=True)


# ------------------------------------------------------------------ F3 insulin titration
def titration(c):
    v = c.serial % 4
    nurse = c.ch([S["quenneville"], S["aubut"], S["whitmore"]])
    doc = c.ch([S["vachon"], S["benslimane"], S["dallaire"]])
    basal = c.ch(BASALS)
    u0 = c.r(10, 44)
    c.t("medication", "lab_result")
    gaj = [c.dec(c.u(7.2, 13.5)) for _ in range(7)]
    if v == 0:
        p = c.new_patient(40, 80)
        blocks = [f"Allô {doc.given},",
                  f"{c.nm(p, c.ch(['title_sur', 'title', 'initial_upper']))} (dossier {c.mrn(p)}) a appelé : "
                  f"GAJ des 7 derniers jours {', '.join(gaj)}. Aucune hypo. Actuellement {basal} {u0} u au coucher.",
                  f"Je propose d'augmenter à {u0 + 2} u puis +2 u q3 jours jusqu'à GAJ entre 5 et 7. OK pour toi?",
                  nurse.given]
        return c.spec("titration", "nurse proposes basal insulin titration", nurse, [doc],
                      c.ch(["Titration insuline", "ajustement basale", "Q titration – appel patient"]), blocks,
                      fmt="plain")
    if v == 1:
        p = c.nam_patient(30, 85)
        blocks = [c.ch(["OK pour", "D'accord avec"]) + f" {u0 + 4} u, puis on réévalue dans 2 semaines. "
                  "Si hypo < 4, diminuer de 10 %.",
                  doc.given,
                  ("quote", [f"Le {c.day(c.today)} à {c.hm(c.r(8, 11), c.ch([5, 20, 42]))}, {nurse.name} "
                             f"<{nurse.email}> a écrit :"],
                   [f"{c.nm(p, 'upper_comma')}, {c.dob(p)}, sexe {p.sex}, NAM {c.nam(p)}",
                    f"DT2 sous {basal} {u0} u HS + {c.ch(ORALS)}. Glycémies à jeun : {' / '.join(gaj[:5])}.",
                    "Elle/il aimerait éviter d'augmenter trop vite. Je monte de 4 u?"])]
        c.t("diagnosis")
        return c.spec("titration", "physician approves insulin increase in reply", doc, [nurse],
                      "RE: " + c.ch(["Titration", "Ajustement insuline", "dose basale"]), blocks, reply=True)
    if v == 2:
        p = c.new_patient(25, 75)
        rows = []
        d = c.earlier(8, 10)
        for i in range(7):
            dd = d + datetime.timedelta(days=i)
            rows.append([dd.isoformat(), gaj[i], c.dec(c.u(6, 14)), c.dec(c.u(6, 15)), c.dec(c.u(6, 12))])
        blocks = [f"Bonjour {nurse.given},", "Voici mes glycémies de la semaine comme demandé.",
                  ("table", ["Date", "Déjeuner (à jeun)", "Dîner", "Souper", "Coucher"], rows),
                  f"Je prends toujours {u0} unités de {basal} le soir. J'ai eu des sueurs une nuit mais pas mesuré.",
                  f"{p.given} {p.surname}", f"{c.tel(p)}"]
        c.t("patient_name")
        c.names.append(p)
        return c.spec("titration", "patient sends glucose log to nurse", (f"{p.given} {p.surname}",
                      G.strip_accents(f"{p.given}.{p.surname}").lower().replace(" ", "") + "@courriel.example"),
                      [nurse], c.ch(["Mes glycémies", "glycémies semaine", "Résultats glycémies"]), blocks)
    p = c.new_patient(35, 80)
    bol = c.ch(BOLUS)
    blocks = ["Note au dossier / à transcrire svp",
              ("kv", [("Patient", c.nm(p, c.ch(['upper_comma', 'upper_first']))), ("Dossier", c.mrn(p))]),
              f"{c.ch(['DT2', 'DT2 mal contrôlé', 'Diabète de type 2'])} – début insuline basale-bolus : {basal} {u0} u HS, {bol} {c.r(3, 8)}-{c.r(3, 8)}-{c.r(4, 10)} u "
              f"aux repas. Ratio 1 u/{c.ch([10, 12, 15])} g. Enseignement fait : injection, hypoglycémie, "
              f"règle des 15. HbA1c {hba1c(c, 9, 13)}.",
              c.sig(nurse, True)]
    c.t("diagnosis")
    return c.spec("titration", "insulin start note to transcribe", nurse, [S["lamontagne"]],
                  c.ch(["Note début insuline", "À transcrire – début basal-bolus"]), blocks)


# ------------------------------------------------------------------ F4 sensor download
def cgm(c):
    v = c.serial % 3
    nurse = c.ch([S["quenneville"], S["whitmore"], S["aubut"]])
    doc = c.ch([S["vachon"], S["benslimane"], S["gallagher"]])
    p = c.nam_patient(14, 80) if v != 1 else c.new_patient(20, 70)
    dev = c.ch(["FreeStyle Libre 2", "FreeStyle Libre 3", "Dexcom G7", "Dexcom G6"])
    tir, tbr, tar = c.r(28, 72), c.r(1, 9), 0
    tar = 100 - tir - tbr
    gmi = c.dec(c.u(6.6, 9.4))
    c.t("lab_result", "diagnosis")
    dxt = c.ch(["DT1", "diabète de type 1", "DT2 insulinotraité", "DT1 depuis l'enfance"])
    d1 = c.earlier(1, 4)
    d0 = d1 - datetime.timedelta(days=14)
    kv = [("Diagnostic", dxt), ("Période", f"{d0.isoformat()} au {d1.isoformat()} (14 jours)"), ("Capteur", dev),
          ("Temps dans la cible 3,9-10,0", f"{tir} %"), ("Temps sous 3,9", f"{tbr} %"),
          ("Temps > 10,0", f"{tar} %"), ("GMI", f"{gmi} %"), ("CV", f"{c.r(28, 48)} %")]
    if v == 0:
        pdfb = A.pdf(f"Rapport AGP – {dev}", [("kv", ident(c, p, labels=0)), ("kv", kv),
                     ("h", "Commentaires"),
                     c.ch(["Hypoglycémies nocturnes récurrentes entre 2 h et 4 h.",
                           "Hyperglycémies post-prandiales au souper, bolus souvent oublié.",
                           "Profil stable, quelques hypos après l'activité physique."])],
                     compress=c.rng.random() < 0.5)
        fn = c.ch([f"AGP_{p.surname.upper()}_{d1.isoformat()}.pdf", f"rapport_capteur_{p.surname}.pdf",
                   "AGP_14j.pdf"])
        blocks = [f"Bonjour {doc.given}," if c.rng.random() < 0.5 else f"Dre {doc.surname}," ,
                  f"Téléchargement du {dev} fait ce matin pour {c.nm(p, c.ch(['title', 'upper_comma']))}. "
                  f"TIR {tir} %, TBR {tbr} %. Rapport AGP en pièce jointe pour ta revue avant le rendez-vous.",
                  c.sig(nurse)]
        return c.spec("sensor", "sensor download report for physician review", nurse, [doc],
                      c.ch(["Téléchargement capteur", "Rapport AGP", f"AGP – {p.surname.upper()}"]),
                      blocks, atts=[Att(fn, "pdf", pdfb)])
    if v == 1:
        hdr = ["Appareil", "Numéro de série", "Horodatage", "Type d'enregistrement", "Glucose (mmol/L)"]
        sn = f"{c.ch(['MH', 'JT', 'PX'])}{c.r(10000000, 99999999)}"
        rows = []
        t0 = datetime.datetime(d1.year, d1.month, d1.day, 0, 3)
        for i in range(40):
            t = t0 + datetime.timedelta(minutes=15 * i)
            g = max(2.4, min(19.0, 7.5 + 3.5 * ((i % 17) - 8) / 8 + c.u(-1, 1)))
            rows.append([dev, sn, t.strftime("%Y-%m-%d %H:%M"), "0", c.dec(g)])
        pre = f"Rapport de données de glucose,Généré le,{d1.isoformat()},Patient,{c.full(p)},Dossier,{c.mrn(p, 'plain')}\n"
        csvt = pre + A.csv_text(hdr, rows, ",")
        blocks = ["Bonjour,", f"Voici l'export brut du lecteur de {c.nm(p, 'title_sur')} ({dxt}, nuit du {c.sdate(d1)}), "
                  "on voit bien la descente vers 3 h. À regarder avec l'infirmière de garde.", c.sig(nurse, True)]
        return c.spec("sensor", "raw sensor export csv with overnight lows", nurse, [doc],
                      "Export glucose – nuit", blocks,
                      atts=[Att(c.ch(["export_glucose.csv", f"{p.surname}_glucose.csv"]), "csv", csvt,
                                charset=c.ch(["utf-8", "windows-1252"]))])
    pdfb = A.pdf("Rapport de téléchargement", [("kv", ident(c, p, labels=2)), ("kv", kv)], compress=True)
    csvt = A.csv_text(["Indicateur", "Valeur"], kv)
    zb = A.zip_members([(f"AGP_{p.surname}.pdf", pdfb), ("indicateurs.csv", csvt.encode("utf-8"))])
    blocks = ["Bonjour,", "Ci-joint l'archive des téléchargements de la clinique de pompe de ce matin. "
              "Un seul dossier cette fois.", c.sig(nurse)]
    return c.spec("sensor", "zip of sensor download report", nurse, [doc, S["lamontagne"]],
                  c.ch(["Téléchargements – clinique du matin", "Archive capteurs"]), blocks,
                  atts=[Att(c.ch(["telechargements.zip", "capteurs_AM.zip"]), "zip", zb)])


# ------------------------------------------------------------------ F5 pump
def pompe(c):
    v = c.serial % 2
    ped = c.rng.random() < 0.6
    nurse = S["kowalczyk"] if ped else S["whitmore"]
    doc = S["raghunathan"] if ped else S["gallagher"]
    p = c.nam_patient(4, 17) if ped else c.nam_patient(18, 60)
    pump = c.ch(["Omnipod 5", "t:slim X2 (Control-IQ)", "MiniMed 780G"])
    c.t("diagnosis", "medication")
    basals = [["00:00", c.dec(c.u(0.2, 0.9), 2)], ["03:00", c.dec(c.u(0.2, 1.0), 2)],
              ["07:00", c.dec(c.u(0.3, 1.2), 2)], ["12:00", c.dec(c.u(0.3, 1.0), 2)],
              ["19:00", c.dec(c.u(0.2, 0.9), 2)]]
    if v == 0:
        x = A.xlsx([("Paramètres", ["Heure", "Débit basal (u/h)"], basals),
                    ("Identification", ["Champ", "Valeur"], ident(c, p, labels=1) +
                     [("Pompe", pump), ("Ratio glucides", f"1 u / {c.r(8, 25)} g"),
                      ("Facteur de sensibilité", f"1 u / {c.dec(c.u(1.5, 5))} mmol/L"),
                      ("Cible", "6,1 mmol/L")])])
        blocks = [f"Bonjour {doc.given},",
                  f"Paramètres proposés pour {c.nm(p, 'given')} ({c.ch(['DT1', 'diabète type 1'])}, "
                  f"{pump}) après revue du téléchargement : hypos au coucher après le hockey, on baisse le basal "
                  "de 19 h. Fichier joint, à signer si tu es d'accord.",
                  c.sig(nurse)]
        return c.spec("pump", "proposed insulin pump settings spreadsheet", nurse, [doc],
                      c.ch(["Paramètres pompe à approuver", "Modif. basal – à signer"]), blocks,
                      atts=[Att(c.ch(["paramètres_pompe.xlsx", f"pompe_{p.surname}_{p.given}.xlsx"]), "xlsx", x)])
    c.t("lab_result")
    blocks = [f"Bonjour,", f"Téléchargement de la pompe {pump} :",
              ("kv", ident(c, p, labels=0)),
              ("table", ["Heure", "Basal (u/h)"], basals),
              f"Dose totale quotidienne moyenne {c.dec(c.u(12, 55))} u, bolus {c.r(35, 60)} %. "
              f"{c.r(2, 9)} changements de site en retard, HbA1c {hba1c(c, 7, 10)}.",
              "Rendez-vous de suivi dans 3 mois.", c.sig(nurse)]
    return c.spec("pump", "pump download summary with basal rates", nurse,
                  [doc, S["vezina"]], c.ch(["Téléchargement pompe", "Sommaire pompe – suivi"]), blocks,
                  fmt=c.ch([None, "alt"]))


# ------------------------------------------------------------------ F6 HbA1c recall list
def relance_a1c(c):
    v = c.serial % 2
    clerk = c.ch([S["lamontagne"], S["vezina"]])
    nurse = c.ch([S["quenneville"], S["aubut"]])
    pats = [c.nam_patient(30, 90) for _ in range(c.r(4, 7))]
    c.t("lab_result", "diagnosis")
    rows = []
    for p in pats:
        last = c.earlier(120, 330)
        rows.append([G.name_as(p, "upper_comma"), G.dob_as(p.dob, "iso"), p.sex,
                     G.fmt_id("ramq_nam", p.nam, c.ch(["plain", "official"])), c.ch(["DT2", "DT2", "DT1", "prédiabète"]),
                     c.dec(c.u(6.5, 11.8)), last.isoformat()])
        c.nm(p, "upper_comma")
        c.dob(p, "iso")
        c.nam(p, "plain")
    header = ["Nom", "DDN", "Sexe", "NAM", "Dx", "Dernière HbA1c (%)", "Date"]
    if v == 0:
        x = A.xlsx([("À relancer", header, rows)])
        blocks = [f"Bonjour {clerk.given},",
                  "Voici les patients dont l'HbA1c date de plus de 4 mois. Peux-tu leur envoyer une requête "
                  "de prélèvement et fixer un suivi avec l'infirmière?", c.sig(nurse, True)]
        return c.spec("hba1c", "spreadsheet of patients overdue for HbA1c", nurse, [clerk],
                      c.ch(["Relances HbA1c", "Liste HbA1c en retard", "HbA1c > 4 mois"]), blocks,
                      atts=[Att(c.ch(["relance_HbA1c.xlsx", "HbA1c_en_retard.xlsx", "Relances_HbA1c_–_à_faire.xlsx"]), "xlsx", x)])
    blocks = ["Bonjour,", "Liste de rappel HbA1c de la semaine :", ("table", header, rows),
              "Merci d'inscrire les appels au registre.", c.sig(clerk)]
    return c.spec("hba1c", "HbA1c recall list in message body", clerk, [nurse],
                  "Rappels HbA1c – semaine", blocks, fmt=c.ch(["html", "alt"]))


# ------------------------------------------------------------------ F7 gestational diabetes
def dg(c):
    v = c.serial % 3
    p = c.nam_patient(18, 44, sex="F")
    c.t("diagnosis", "lab_result")
    ga = c.r(24, 32)
    g0, g1, g2 = c.dec(c.u(5.1, 6.4)), c.dec(c.u(10.0, 12.5)), c.dec(c.u(8.5, 11.2))
    if v == 0:
        rdv = c.later(3, 10)
        h, m = c.ch([(8, 30), (9, 0), (10, 15), (13, 0), (14, 30)])
        blocks = ["Bonjour,", f"Je vous réfère {c.nm(p, 'title')}, G{c.r(1, 4)}P{c.r(0, 2)}, {ga} semaines, "
                  f"pour diabète gestationnel. HGPO 75 g : {g0} / {g1} / {g2} mmol/L (0/1/2 h).",
                  ("kv", ident(c, p, labels=c.r(0, 2))),
                  f"Elle est joignable au {c.tel(p)}. Merci de la voir rapidement.", c.sig(X["cyr"])]
        ev = {"uid": f"dg-{c.serial}-{c.r(1000, 9999)}@{G.DOMAIN}",
              "start": datetime.datetime(rdv.year, rdv.month, rdv.day, h, m),
              "end": datetime.datetime(rdv.year, rdv.month, rdv.day, h + 1, m),
              "summary": f"Enseignement DG – {G.name_as(p, 'full')}", "location": "CDETP salle 2",
              "description": f"HGPO {g0}/{g1}/{g2}. Apporter glucomètre."}
        return c.spec("gdm", "gestational diabetes referral from obstetrics with booking", X["cyr"],
                      [S["vezina"]], c.ch(["Référence diabète de grossesse", "Réf. DG – urgent", "DG – HGPO anormale"]),
                      blocks, cc=[S["saintonge"]],
                      atts=[Att("invitation.ics", "ics", A.ics([ev]), method="REQUEST")])
    if v == 1:
        nph = c.r(4, 10)
        c.t("medication")
        blocks = [f"Dre Cyr,", f"Petit suivi pour {c.nm(p, c.ch(['title_sur', 'title', 'lower']))} "
                  f"(dossier {c.mrn(p)}), {ga + 3} sem. Malgré la diète, GAJ entre {g0} et "
                  f"{c.dec(c.u(5.8, 6.6))}. On débute Humulin N {nph} u au coucher ce soir, "
                  "titration aux 2-3 jours.",
                  "Prochain rendez-vous à la clinique de grossesse jeudi.", c.sig(S["saintonge"])]
        return c.spec("gdm", "gestational diabetes insulin start update to obstetrician", S["saintonge"], [X["cyr"]],
                      c.ch(["Suivi DG", "DG – début insuline", f"Suivi – {p.surname}"]), blocks)
    rows = []
    for i, lbl in enumerate(["Lun", "Mar", "Mer", "Jeu", "Ven"]):
        rows.append([lbl, c.dec(c.u(4.8, 6.2)), c.dec(c.u(6.0, 8.9)), c.dec(c.u(6.0, 8.5)), c.dec(c.u(6.0, 9.2))])
    pdfb = A.pdf("Carnet de glycémies – grossesse", [("kv", ident(c, p, labels=1)),
                 ("table", ["Jour", "À jeun", "1 h post-déj.", "1 h post-dîner", "1 h post-souper"], rows)],
                 compress=False)
    blocks = ["Bonjour Mélanie,", "Voici mon carnet de la semaine. Je ne sais pas si c'est correct pour le souper.",
              f"{p.given}"]
    return c.spec("gdm", "pregnant patient sends glucose diary pdf", (G.name_as(p, "full"),
                  G.strip_accents(p.given[0] + p.surname).lower() + f"{p.dob.year % 100}@courriel.example"),
                  [S["saintonge"]], "carnet", blocks,
                  atts=[Att(c.ch(["carnet glycémies.pdf", "Carnet_semaine.pdf"]), "pdf", pdfb)])


# ------------------------------------------------------------------ F8 driving licence
def permis(c):
    v = c.serial % 3
    doc = c.ch([S["vachon"], S["benslimane"], S["gallagher"]])
    p = c.nam_patient(18, 80)
    c.t("diagnosis", "medication")
    dest = ("Évaluation médicale des conducteurs", "evaluation.medicale@evalconducteurs.example")
    cls = c.ch(["classe 5", "classe 3 (camion porteur)", "classe 1", "classe 2 (autobus)", "classe 4A"])
    hypo = c.ch(["Aucune hypoglycémie sévère dans les 12 derniers mois.",
                 f"Une hypoglycémie sévère avec aide d'un tiers le {c.earlier(60, 300).isoformat()}.",
                 "Deux épisodes d'hypoglycémie nocturne sans perte de conscience."])
    kv = ident(c, p, labels=c.r(0, 2)) + [("Adresse", c.addr(p)), ("Classe de permis", cls)]
    clin = [("Diagnostic", c.ch(["Diabète de type 1 depuis 1998", "Diabète de type 2 insulinotraité",
                                 "DT1 sous pompe à insuline"])),
            ("Traitement", f"{c.ch(BASALS)} + {c.ch(BOLUS)}" if c.rng.random() < 0.6 else "pompe Omnipod 5"),
            ("Hypoglycémies", hypo), ("Surveillance", "capteur de glucose en continu avec alarmes")]
    if v == 0:
        pdfb = A.pdf("Rapport d'examen médical – conduite d'un véhicule routier",
                     [("kv", kv), ("h", "Renseignements médicaux"), ("kv", clin),
                      "Opinion : apte à conduire, réévaluation dans 2 ans.",
                      ("kv", [("Médecin", doc.titled()), ("Permis d'exercice", f"{c.r(80000, 99999)}")])],
                     compress=c.rng.random() < 0.5)
        blocks = ["Bonjour,", "Vous trouverez ci-joint le rapport d'examen médical dûment rempli.",
                  "Cordialement,", c.sig(doc)]
        fn = c.ch([f"Rapport_médical_conduite_{p.surname}.pdf", "rapport examen médical.pdf",
                   f"{p.surname.upper()}_{p.given}_permis.pdf"])
        return c.spec("driving", "completed driving medical report to licensing service", doc, [dest],
                      c.ch(["Rapport d'examen médical", "Formulaire – conduite automobile", f"Dossier {p.surname.upper()}"]),
                      blocks, atts=[Att(fn, "pdf", pdfb)])
    if v == 1:
        blocks = [f"Karine,", f"Peux-tu imprimer le formulaire de conduite pour {c.nm(p, 'title')}, "
                  f"{cls}? {'Il' if p.sex == 'M' else 'Elle'} vient lundi. {hypo} Je le remplirai pendant la visite.",
                  ("kv", [("NAM", c.nam(p)), ("DDN", c.dob(p)), ("Sexe", p.sex)]),
                  doc.given]
        return c.spec("driving", "request to prepare driving form before visit", doc, [S["vezina"]],
                      "formulaire permis", blocks, fmt="plain")
    blocks = ["Madame, Monsieur,",
              "Tel que demandé dans votre lettre, voici le complément d'information médicale :",
              ("kv", kv + clin), "HbA1c : " + hba1c(c, 6.5, 9.5), c.sig(doc)]
    return c.spec("driving", "additional medical information for driving file", doc, [dest],
                  c.ch(["Complément d'information – dossier de conduite", "Suivi de votre demande"]), blocks,
                  fmt=c.ch(["html", "alt"]))


# ------------------------------------------------------------------ F9 school plan
def plan_scolaire(c):
    v = c.serial % 2
    p = c.nam_patient(4, 16)
    nurse = S["kowalczyk"]
    c.t("diagnosis", "medication")
    parent = c.ch(["mère", "père"])
    ratio = c.r(10, 25)
    kv = ident(c, p, labels=0) + [("Parent à joindre", f"{parent}, cell. {c.tel(p)}"),
                                   ("École", "École primaire des Hirondelles")]
    plan = [("h", "Traitement"),
            f"Diabète de type 1 diagnostiqué en {p.dob.year + c.r(1, 3)}. "
            f"{c.ch(['Pompe Omnipod 5', 'Stylos NovoRapid + Tresiba', 'Pompe t:slim X2'])}. "
            f"Ratio dîner : 1 u / {ratio} g de glucides.",
            ("h", "Hypoglycémie (< 4,0 mmol/L)"),
            "Donner 15 g de glucides rapides (jus 125 mL ou 4 comprimés Dex4), revérifier dans 15 min.",
            "Si inconscient : Baqsimi 3 mg intranasal, appeler le 911 puis les parents.",
            ("h", "Activité physique"), "Collation de 15 g avant l'éducation physique si glycémie < 7."]
    if v == 0:
        d = A.docx("Plan de soins individualisé – diabète de type 1", [("kv", kv)] + plan)
        blocks = ["Bonjour Mme Beaudry,",
                  f"Tel que discuté, voici le plan de soins de {c.nm(p, 'given')} pour la rentrée. "
                  "Les parents l'ont signé. N'hésitez pas si le personnel a besoin d'une formation sur le glucagon.",
                  c.sig(nurse)]
        fn = c.ch([f"Plan_scolaire_{p.given}_{p.surname}.docx", "plan de soins école.docx", "Plan_de_soins_élève.docx",
                   f"PSI_{p.surname.upper()}.docx"])
        return c.spec("school", "school care plan for child with type 1 diabetes", nurse, [X["beaudry"]],
                      c.ch(["Plan de soins – élève diabétique", "Plan scolaire DT1", "Plan de soins rentrée"]),
                      blocks, atts=[Att(fn, "docx", d)])
    blocks = [f"Bonjour {nurse.given},",
              f"Merci pour le plan. Question de l'enseignante : si {p.given} est à 3,2 juste avant la récréation, "
              f"on attend combien de temps avant de {'le' if p.sex == 'M' else 'la'} laisser sortir?",
              X["beaudry"].name,
              ("quote", [f"Le {c.day(c.earlier(3, 9))}, {nurse.name} a écrit :"],
               [f"Plan de {c.nm(p, 'full')} ({c.dob(p)}, sexe {p.sex}, NAM {c.nam(p)}) : DT1 sous "
                f"{c.ch(['pompe', 'multi-injections'])}, ratio 1 u/{ratio} g au dîner, glucagon nasal dans le sac.",
                f"Parents : {c.tel(p)}"])]
    return c.spec("school", "school nurse question quoting child's care plan", X["beaudry"], [nurse],
                  "RE: Plan de soins", blocks, reply=True, fmt=c.ch([None, "html"]))
