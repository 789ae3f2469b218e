"""Confidential messages in French (part 1): referrals, pre-op, OR lists, school, CHSLD, insurers..."""
import datetime

import gen_attach as A
import gen_clin as K
import gen_common as G
from gen_mime import Att, table_html
from gen_people import FULL_STYLES, nm, sex_word
from gen_tpl import earlier, new_doc, quoted, shared, who

L = "fr"


# ---------------------------------------------------------------- small helpers

def dob_s(R, d, fw=True):
    return G.fmt_date(d, R.choice(["iso", "dmy", "long", "dmy-", "ymd/", "dmy.", "iso"] + (["fw"] if fw else [])), L)


def nam_s(R, nam, fw=True):
    return G.fmt_nam(nam, R.choice(["plain", "plain", "space", "dot", "dash", "slash", "lower", "odd"]
                                   + (["fw"] if fw else [])))


def mrn_s(R, m, fw=True):
    return G.fmt_mrn(m, R.choice(["plain", "prefix", "space", "slash", "dot", "hash"] + (["fw"] if fw else [])))


def id_block(R, p, fw=True, style=None):
    """Name + DOB + sex + NAM for a NAM holder, in one of several layouts."""
    name = nm(p, R.choice(FULL_STYLES), L)
    dob = dob_s(R, p.dob, fw)
    nam = nam_s(R, p.nam, fw)
    style = style if style is not None else R.randrange(4)
    if style == 0:
        return f"Nom : {name}\nDDN : {dob}\nSexe : {p.sex}\nNAM : {nam}"
    if style == 1:
        return f"{name} (DDN {dob}, sexe {p.sex}, NAM {nam})"
    if style == 2:
        return f"{name} — {sex_word(p, L, 1)} — né{'e' if p.sex == 'F' else ''} le {dob} — RAMQ {nam}"
    return (f"Usager : {name} / Date de naissance : {dob} / Sexe : {sex_word(p, L, R.randrange(2))} / "
            f"No d'assurance maladie : {nam}")


def sig(R, key, short=False):
    return G.signature(key, L, R, short)


def hello(R, name=None):
    if name:
        return R.choice([f"Bonjour {name},", f"Bonjour {name},", f"Salut {name},", f"{name},"])
    return R.choice(["Bonjour,", "Bonjour,", "Bonjour à tous,", "Allo,"])


def thanks(R):
    return R.choice(["Merci !", "Merci beaucoup.", "Merci de votre collaboration.", "Bonne journée,", "Merci"])


# ---------------------------------------------------------------- 1. referral from a family physician

def t_referral(ctx):
    R = ctx.rng
    p = ctx.holder(25, 85)
    prof = R.choice(K.PROFILES)
    dx = R.choice(K.ORAL_DX)
    md = R.choice(["bissonnette", "arsenault"])
    frm = who(md)
    when = G.next_weekday(datetime.date(2025, 4, 1), R, 1, 60)
    types = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "medication"}
    lab = ""
    if prof["lab"] and R.random() < 0.6:
        lab = f"Derniers labos : {prof['lab'][0]}.\n"
        types.add("lab_result")
    clin = (f"Motif : {dx[0]}.\n"
            f"Antécédents : {prof['cond'][0]}.\n"
            f"Médication : {prof['med'][0]}.\n{lab}"
            f"Allergies : {R.choice(['pénicilline (urticaire)', 'aucune connue', 'codéine (nausées)', 'sulfas'])}.\n")
    subj = R.choice([f"Demande de consultation - chirurgie buccale - {p.surname.upper()}",
                     "Référence chirurgie buccale", f"Réf. dentisterie hospitalière / {p.given} {p.surname}",
                     "Demande de consultation (patiente complexe)" if p.sex == "F" else "Demande de consultation (patient complexe)"])
    urg = R.choice(["dans les 2 semaines", "avant le " + G.fmt_date(when, "long", L), "en semi-urgence", "selon vos disponibilités"])
    if R.random() < 0.4:
        pdf = A.make_pdf("Demande de consultation - Dentisterie / chirurgie buccale",
                         ["Établissement demandeur : GMF des Chutes" if md == "bissonnette" else "Établissement demandeur : GMF du Lac-Vert",
                          ""] + id_block(R, p, fw=False, style=0).split("\n") +
                         [""] + clin.strip().split("\n") + ["", f"Priorité : {urg}", "",
                                                            f"Médecin référent : {G.staff(md)['full']}"],
                         compress=R.random() < 0.5, author=G.staff(md)["name"])
        fn = R.choice([f"Consultation_chir_buccale_{G.ascii_fold(p.surname)}.pdf", f"Réf_{p.surname}_{p.given}.pdf",
                       "demande_consultation.pdf"])
        text = (f"{hello(R)}\n\nVeuillez trouver ci-jointe une demande de consultation pour "
                f"{nm(p, R.choice(['title', 'full', 'title_sur']), L)}. "
                f"{R.choice(['Le dossier est assez chargé', 'Déjà connu' + ('e' if p.sex == 'F' else '') + ' de votre service', 'Merci de prioriser'])}"
                f" — {prof['cond'][0]}.\n\n{sig(R, md)}\n")
        atts = [Att(fn, "application/pdf", pdf)]
    else:
        text = (f"{hello(R)}\n\nJe vous réfère :\n\n{id_block(R, p)}\n\n{clin}\n"
                f"{R.choice(['Le début du traitement est prévu', 'Traitement à débuter', 'Oncologie souhaite commencer'])} "
                f"le {G.fmt_date(when, 'long', L)} : {prof['plan'][0]}. Merci de {'la' if p.sex == 'F' else 'le'} voir {urg}.\n\n"
                f"{thanks(R)}\n\n{sig(R, md)}\n")
        atts = []
    return new_doc(ctx, L, "referral", "demande de consultation d'un médecin de famille", True, types,
                   frm, [shared("rdv")], subj, text, atts=atts, holders=[p], date=G.before(when, R, 7, 30), cc=[who("vachon")] if R.random() < 0.3 else [])


# ---------------------------------------------------------------- 2. pre-op note before GA

def t_preop(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 18, 80)
    prof = R.choice([x for x in K.PROFILES if x["lab"]])
    dx = R.choice(K.ORAL_DX)
    day = G.next_weekday(datetime.date(2025, 3, 3), R, 1, 100)
    mrn = mrn_s(R, p.mrn)
    name = nm(p, R.choice(["upper_comma", "comma", "title", "upper_sur"]), L)
    asa = R.choice(["II", "III", "III", "IV"])
    text = (f"{hello(R, 'Dr Haddad')}\n\n"
            f"Pour la liste de chirurgie buccale sous AG du {G.day_fr(day)} :\n\n"
            f"{name} — dossier {mrn}\n"
            f"ASA {asa} — {prof['cond'][0]}\n"
            f"Rx : {prof['med'][0]}\n"
            f"Labos préop : {prof['lab'][0]}\n"
            f"Intervention : {R.choice(['extraction(s)', 'extractions multiples', 'soins dentaires complets'])} sous AG — motif : {dx[0]}\n"
            f"Plan : {prof['plan'][0]}.\n\n"
            f"{R.choice(['Je crois que ça prend une évaluation en clinique préanesthésie avant.', 'Peux-tu confirmer si ça te convient pour le jour même ?', 'À discuter à la réunion de mardi.'])}\n\n"
            f"{sig(R, 'drouin')}\n")
    subj = R.choice([f"Préop AG {day.isoformat()} - {p.surname}", "Préop chirurgie buccale sous AG",
                     f"Dossier {p.mrn} - évaluation préanesthésie"])
    return new_doc(ctx, L, "preop", "note préopératoire pour chirurgie sous anesthésie générale", True,
                   {"patient_name", "mrn", "diagnosis", "medication", "lab_result"},
                   who("drouin"), [who("haddad")], subj, text, cc=[who("charbonneau")], ids=[("mrn", p.mrn)],
                   date=G.before(day, R, 3, 12))


# ---------------------------------------------------------------- 3. OR list (table in HTML or XLSX)

def t_or_list(ctx):
    R = ctx.rng
    day = G.next_weekday(datetime.date(2025, 2, 17), R, 1, 110)
    rows = [["Heure", "Usager", "Dossier", "Âge", "Intervention", "ASA", "Remarques"]]
    ids = []
    h = 8
    has_med = False
    for i in range(R.randint(4, 6)):
        kid = R.random() < 0.35
        p = ctx.patient("qc", 4, 12) if kid else ctx.patient("qc", 19, 85)
        prof = R.choice(K.PROFILES)
        dx = R.choice(K.CHILD_DX if kid else K.ORAL_DX)
        rows.append([f"{h:02d}:{R.choice(['00', '30'])}", nm(p, R.choice(["upper_comma", "comma", "upper_sur"]), L),
                     p.mrn, str(p.age()), dx[0],
                     R.choice(["I", "II", "III"]) if kid else R.choice(["II", "III", "IV"]),
                     ("TSA, prémédication midazolam" if kid and R.random() < 0.5 else
                      "parent accompagnateur" if kid else prof["med"][0])])
        ids.append(("mrn", p.mrn))
        if not kid or "midazolam" in rows[-1][6]:
            has_med = True
        h += R.choice([1, 1, 2])
    sender = R.choice(["charbonneau", "bergeron"])
    intro = (f"{hello(R)}\n\nVoici le programme opératoire de la salle {R.choice([4, 6, 7])} pour le "
             f"{G.day_fr(day)} (chirurgie buccale, Dr{'e Vachon' if R.random() < 0.5 else ' Bergeron'}).")
    outro = f"\n\nMerci d'aviser le bloc de tout changement avant 14 h la veille.\n\n{sig(R, sender)}\n"
    subj = R.choice([f"Programme opératoire - {G.day_fr(day)}", f"Liste OR salle chir buccale {day.isoformat()}",
                     "Programme du bloc - chirurgie buccale"])
    types = {"patient_name", "mrn", "diagnosis"} | ({"medication"} if has_med else set())
    mode = R.randrange(3)
    if mode == 0:
        txt_rows = "\n".join(" | ".join(r) for r in rows)
        html = ("<p>" + intro.replace("\n\n", "</p><p>") + "</p>\n" + table_html(rows) +
                "<p>" + outro.strip().replace("\n", "<br>\n") + "</p>")
        return new_doc(ctx, L, "or_list", "programme opératoire avec liste d'usagers", True, types,
                       who(sender), [shared("bloc"), who("haddad")], subj, intro + "\n\n" + txt_rows + outro,
                       html=html, ids=ids, prefer={"body": R.choice(["html", "alt"])}, date=G.before(day, R))
    if mode == 1:
        x = A.make_xlsx([("Programme", rows)], author=G.staff(sender)["name"])
        fn = R.choice([f"Programme_OR_{day.isoformat()}.xlsx", f"liste bloc {day.strftime('%d-%m')}.xlsx"])
        return new_doc(ctx, L, "or_list", "programme opératoire en chiffrier joint", True, types,
                       who(sender), [shared("bloc")], subj,
                       intro + " Le fichier est en pièce jointe." + outro,
                       atts=[Att(fn, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", x)], ids=ids,
                       date=G.before(day, R))
    txt_rows = "\n".join(f"{r[0]}  {r[1]:<26} {r[2]}  {r[3]} ans  {r[4]} — {r[6]}" for r in rows[1:])
    return new_doc(ctx, L, "or_list", "programme opératoire en texte", True, types,
                   who(sender), [shared("bloc")], subj, intro + "\n\n" + txt_rows + outro, ids=ids,
                   prefer={"body": "plain"}, date=G.before(day, R))


# ---------------------------------------------------------------- 4. school programme follow-up

def t_school(ctx):
    R = ctx.rng
    p = ctx.holder(5, 15)
    dx = R.choice(K.CHILD_DX)
    school = R.choice(["école du Ruisseau", "école Saint-Onésime", "école des Monts", "école primaire La Source"])
    parent_given = R.choice(["Karine", "Mélanie", "Steve", "Jonathan", "Émilie"])
    types = {"patient_name", "date_of_birth", "ramq_nam", "diagnosis", "patient_contact"}
    soc = ""
    if R.random() < 0.5:
        soc = "\n" + R.choice([
            "Attention : l'enfant est suivi par la DPJ et vit en famille d'accueil depuis janvier; le consentement doit être signé par l'intervenante.",
            "La mère m'indique que la famille est hébergée temporairement chez des proches et n'a pas d'assurance privée.",
            "Famille prestataire de l'aide sociale, pas de transport : prévoir un billet de taxi.",
        ]) + "\n"
        types.add("social_information")
    text = (f"{hello(R, 'Nancy')}\n\nLors du dépistage à l'{school} ({R.choice(['3e', '4e', '2e', '5e'])} année), "
            f"j'ai vu un enfant qui doit être vu rapidement en clinique :\n\n{id_block(R, p)}\n\n"
            f"Constat : {dx[0]}.\n{soc}"
            f"Parent : {parent_given} {p.surname}, cell. {p.phone}"
            f"{R.choice(['', ', adresse ' + p.street + ', ' + p.city])}\n\n"
            f"{R.choice(['Peux-tu lui offrir une place cette semaine ?', 'Priorité 1 svp.', 'Le parent attend ton appel.'])}\n\n"
            f"{sig(R, 'dufour')}\n")
    subj = R.choice(["Dépistage scolaire - enfant prioritaire", f"Priorité {school}",
                     f"Programme scolaire : {p.given} {p.surname}", "À voir rapidement (dépistage)"])
    return new_doc(ctx, L, "school_followup", "suivi d'un enfant dépisté au programme scolaire", True, types,
                   who("dufour"), [shared("rdv")], subj, text, holders=[p], cc=[who("lemieux")] if R.random() < 0.4 else [])


# ---------------------------------------------------------------- 5. CHSLD denture clinic roster

def t_chsld_roster(ctx):
    R = ctx.rng
    day = G.next_weekday(datetime.date(2025, 2, 3), R, 1, 120)
    n = R.randint(4, 6)
    lines, holders, types = [], [], {"patient_name", "diagnosis"}
    with_nam = R.random() < 0.6
    for i in range(n):
        if with_nam and i < 2:
            p = ctx.holder(72, 100)
            holders.append(p)
            extra = f" — DDN {dob_s(R, p.dob, False)}, {p.sex}, NAM {nam_s(R, p.nam, False)}"
            types |= {"ramq_nam", "date_of_birth"}
        else:
            p = ctx.patient("qc", 72, 98)
            extra = ""
        dx = R.choice(K.DENTURE_DX)
        room = f"{R.choice([1, 2, 3])}{R.randrange(1, 40):02d}"
        style = R.choice(["title", "upper_comma", "title_sur", "comma"]) if not extra else R.choice(["upper_comma", "title", "full"])
        lines.append(f"Ch. {room} – {nm(p, style, L)}{extra} – {dx[0]}; "
                     f"{R.choice(['reprise d’empreinte', 'regarnissage au prochain passage', 'ajustement fait', 'nystatine demandée au médecin', 'à revoir dans 2 sem.'])}")
    if any("nystatine" in ln for ln in lines):
        types.add("medication")
    text = (f"{hello(R, 'Sophie')}\n\nVoici le résumé de la clinique de prothèses du {G.fmt_date(day, 'long', L)} "
            f"au {R.choice(['2e', '3e', '1er'])} étage :\n\n" + "\n".join(lines) +
            ("\n\nLes NAM et DDN sont indiqués pour la facturation RAMQ." if holders else "") +
            f"\n\n{R.choice(['Prochain passage dans 3 semaines.', 'Merci de mettre les prothèses dans les contenants identifiés.', 'Bonne fin de semaine !'])}\n\n"
            f"{sig(R, 'labelle')}\n")
    subj = R.choice(["Clinique prothèses - résidents vus", f"CHSLD Les Pins - passage du {day.strftime('%d/%m')}",
                     "Résumé visite denturologie"])
    return new_doc(ctx, L, "denture_roster", "liste de résidents vus à la clinique de prothèses", True, types,
                   who("labelle"), [who("gallant"), shared("lespins")], subj, text, holders=holders,
                   cc=[shared("prothese")], date=G.after(day, R))


# ---------------------------------------------------------------- 6. insurer pre-determination with SIN

def t_preauth(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 18, 64)
    sin = ctx.sin_for(p)
    dx = R.choice(K.ORAL_DX[:4] + K.ORAL_DX[6:8])
    cert = f"{R.randrange(100000, 999999)}-{R.randrange(10, 99)}"
    sin_f = G.fmt_sin(sin, R.choice(["space", "dash", "plain", "dot", "fw"]))
    codes = [("71211", "Extraction chirurgicale, dent incluse", "412,00 $"),
             ("71221", "Extraction chirurgicale, dent incluse (additionnelle)", "318,00 $"),
             ("02601", "Radiographie panoramique", "98,00 $"), ("92215", "Sédation IV, 30 min", "265,00 $")]
    plan = R.sample(codes, 3)
    lines = [f"Assuré(e) : {nm(p, 'upper_comma', L)}", f"Date de naissance : {dob_s(R, p.dob, False)}",
             f"NAS : {G.fmt_sin(sin, 'space')}", f"No de certificat : {cert}", "",
             f"Diagnostic : {dx[0]}", "Plan de traitement :"] + [f"  {c} - {d} - {f}" for c, d, f in plan] + \
        ["", "Dentiste traitant : Dr Mathieu Bergeron, chirurgien buccal"]
    pdf = A.make_pdf("Demande de prédétermination de prestations", lines, compress=R.random() < 0.5)
    text = (f"{hello(R)}\n\nNous vous transmettons une demande de prédétermination pour "
            f"{nm(p, R.choice(['title', 'full', 'upper_comma']), L)} (certificat {cert}, NAS {sin_f}, "
            f"né{'e' if p.sex == 'F' else ''} le {dob_s(R, p.dob)}).\n\n"
            f"Diagnostic : {dx[0]}. L'intervention est prévue sous sédation IV en milieu hospitalier.\n"
            f"Le formulaire et la panoramique sont joints.\n\n{thanks(R)}\n\n{sig(R, 'paradis')}\n")
    fn = R.choice([f"Predetermination_{G.ascii_fold(p.surname)}.pdf", f"Prédétermination {p.surname} {p.given}.pdf",
                   "formulaire_predetermination.pdf"])
    subj = R.choice([f"Prédétermination - certificat {cert}", "Demande de prédétermination",
                     f"Prédétermination {p.surname.upper()}"])
    return new_doc(ctx, L, "preauth", "demande de prédétermination à un assureur", True,
                   {"patient_name", "date_of_birth", "ca_sin", "diagnosis"},
                   who("paradis"), [shared("boreales")], subj, text,
                   atts=[Att(fn, "application/pdf", pdf)], ids=[("sin", sin)])


# ---------------------------------------------------------------- 7. INR / lab follow-up between dentists

def t_inr(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 45, 90)
    inr = R.choice(["3,4", "3,8", "4,1", "2,9", "1,4"])
    mrn = mrn_s(R, p.mrn)
    name = nm(p, R.choice(["title", "title_sur", "initial", "full", "lower"]), L)
    high = inr not in ("2,9", "1,4")
    text = (f"{R.choice(['Karine,', 'Salut Karine,', 'Bonjour Karine,'])}\n\n"
            f"INR de {name} ({mrn}) ce matin : {inr}. "
            + ("Trop haut pour les extractions multiples, on reporte d'une semaine. "
               "J'ai laissé un message au GMF pour ajuster la warfarine (Coumadin) — actuellement 5 mg die, valve mécanique."
               if high else
               "Ça passe, on garde le RV. Hémostase locale avec acide tranexamique en rince-bouche, valve mécanique donc pas d'arrêt de la warfarine.")
            + f"\n\n{R.choice(['Peux-tu aviser la patiente ?', 'Je m’occupe de rappeler.', 'Nancy va rebooker.'])}\n\n"
            f"{sig(R, 'desjardins', short=True)}\n")
    subj = R.choice([f"INR {p.surname}", "INR ce matin", f"RE: extractions {p.surname} - INR", "Report extractions"])
    return new_doc(ctx, L, "lab_followup", "suivi de résultat INR avant extraction", True,
                   {"patient_name", "mrn", "lab_result", "medication", "diagnosis"},
                   who("desjardins"), [who("levesque")], subj, text, ids=[("mrn", p.mrn)],
                   cc=[shared("rdv")] if R.random() < 0.3 else [])


# ---------------------------------------------------------------- 8. discharge summary after facial trauma

def t_discharge(ctx):
    R = ctx.rng
    use_h = R.random() < 0.4
    p = ctx.holder(18, 70) if use_h else ctx.patient("qc", 18, 60)
    soc = R.choice(K.SOCIAL[:2] + K.SOCIAL[4:5])
    rx = R.sample(K.POSTOP_RX[:6], 2)
    adm = datetime.date(2025, R.randint(1, 5), R.randint(1, 25))
    dis = adm + datetime.timedelta(days=R.randint(2, 6))
    lines = [f"Usager : {nm(p, 'upper_comma', L)}", f"No de dossier : {p.mrn}",
             f"Date de naissance : {G.fmt_date(p.dob, 'iso', L)}"]
    if use_h:
        lines += [f"Sexe : {p.sex}", f"NAM : {G.fmt_nam(p.nam, 'space')}"]
    lines += [f"Admission : {adm.isoformat()}   Congé : {dis.isoformat()}", "",
              ("b", "Diagnostic principal"),
              R.choice(["Fracture de l'angle mandibulaire droit et parasymphysaire gauche",
                        "Fracture du complexe zygomatico-malaire gauche", "Fracture de l'angle mandibulaire gauche"]),
              "", ("b", "Intervention"), "Réduction ouverte et fixation interne (plaques 2,0 mm), blocage intermaxillaire élastique",
              "", ("b", "Contexte social"), soc[0],
              "Travailleuse sociale impliquée; plan de sécurité discuté." if "violence" in soc[0] else
              "Travailleuse sociale impliquée; suivi CLSC demandé.",
              "", ("b", "Médication au congé")] + [r[0] for r in rx] + \
        ["", "Diète liquide stricte x 6 semaines. Suivi en clinique de chirurgie buccale dans 7 jours."]
    compress = R.random() < 0.5
    if R.random() < 0.5:
        blob = A.make_pdf("Résumé de congé - Chirurgie buccale et maxillo-faciale", lines, compress=compress,
                          header=G.HOSP_FR)
        att = Att(R.choice([f"Resume_conge_{p.mrn}.pdf", f"Résumé congé {p.surname}.pdf"]), "application/pdf", blob)
    else:
        blob = A.make_docx("Résumé de congé - Chirurgie buccale et maxillo-faciale",
                           [x if isinstance(x, str) else x for x in lines], author="Hélène Vachon")
        att = Att(R.choice([f"Resume_conge_{p.mrn}.docx", f"Note de départ {p.surname}.docx"]),
                  "application/vnd.openxmlformats-officedocument.wordprocessingml.document", blob)
    md = R.choice(["bissonnette", "arsenault"])
    text = (f"{hello(R, 'Docteur' if R.random() < 0.5 else None)}\n\n"
            f"Votre patient{'e' if p.sex == 'F' else ''} {nm(p, R.choice(['title', 'full', 'title_sur']), L)} a quitté "
            f"l'hôpital {R.choice(['hier', 'ce matin', 'vendredi'])}. Vous trouverez le résumé de congé en pièce jointe.\n\n"
            f"{R.choice(['Situation sociale délicate, voir la section contexte.', 'Merci d’assurer le suivi de la médication.', ''])}\n\n"
            f"{sig(R, 'vachon')}\n")
    types = {"patient_name", "mrn", "date_of_birth", "diagnosis", "medication", "social_information"}
    if use_h:
        types.add("ramq_nam")
    return new_doc(ctx, L, "discharge", "résumé de congé après trauma facial", True, types,
                   who("vachon"), [who(md)], R.choice(["Résumé de congé", f"Congé - {p.surname}", "Suivi post-congé CMF"]),
                   text, atts=[att], ids=[("mrn", p.mrn)], holders=[p] if use_h else [], date=G.after(dis, R, 1, 4))


# ---------------------------------------------------------------- 9. prescription to a community pharmacy

def t_rx(ctx):
    R = ctx.rng
    use_h = R.random() < 0.5
    p = ctx.holder(18, 85) if use_h else ctx.patient("qc", 18, 85)
    rx = R.sample(K.POSTOP_RX, R.randint(2, 3))
    dx = R.choice(K.ORAL_DX)
    presc = R.choice(["bergeron", "vachon", "levesque", "desjardins"])
    types = {"patient_name", "date_of_birth", "medication", "patient_contact", "diagnosis"}
    head = id_block(R, p) if use_h else (f"Patient{'e' if p.sex == 'F' else ''} : {nm(p, R.choice(FULL_STYLES), L)}\n"
                                         f"DDN : {dob_s(R, p.dob)}")
    text = (f"{hello(R)}\n\nOrdonnance {R.choice(['suite à', 'pour'])} {dx[0]} :\n\n{head}\n"
            f"Adresse : {p.street}, {p.city} {p.postal}\nTél. : {p.phone}\n\n"
            + "\n".join(f"- {r[0]}" for r in rx) +
            f"\n\nAucun renouvellement. L'original signé suit par télécopieur au {G.FAX}.\n\n{sig(R, presc)}\n")
    if use_h:
        types.add("ramq_nam")
    subj = R.choice(["Ordonnance", f"Rx {p.surname}", "Ordonnance post-op", "Prescription - chirurgie buccale"])
    return new_doc(ctx, L, "prescription", "ordonnance transmise à une pharmacie", True, types,
                   who(presc), [shared(R.choice(["pharm", "pharm2"]))], subj, text, holders=[p] if use_h else [])


# ---------------------------------------------------------------- 10. adapted transport request

def t_transport(ctx):
    R = ctx.rng
    use_h = R.random() < 0.5
    p = ctx.holder(70, 100) if use_h else ctx.patient("qc", 70, 97)
    cond = R.choice(K.ELDER_COND) if R.random() < 0.6 else None
    day = G.next_weekday(datetime.date(2025, 2, 10), R, 1, 110)
    chsld = R.choice(["CHSLD Les Pins, 45 rue des Pins", "CHSLD Boisjoli, 300 chemin Boisjoli"])
    types = {"patient_name", "date_of_birth"} | ({"diagnosis"} if cond else set())
    ident = id_block(R, p) if use_h else f"{nm(p, R.choice(['upper_comma', 'title', 'comma']), L)}, DDN {dob_s(R, p.dob)}"
    if use_h:
        types.add("ramq_nam")
    text = (f"{hello(R)}\n\nJe voudrais réserver un transport adapté aller-retour :\n\n{ident}\n"
            f"Départ : {chsld}\nDestination : {G.HOSP_FR}, clinique dentaire, 2e étage\n"
            f"Date : {G.day_fr(day)}, arrivée pour {R.choice(['8 h 30', '9 h 45', '13 h', '13 h 30'])}\n"
            f"Mobilité : {R.choice(['fauteuil roulant', 'fauteuil gériatrique', 'marchette'])}{'; ' + cond[0] if cond else ''}\n"
            f"Motif : {R.choice(['extraction sous sédation', 'ajustement de prothèse', 'biopsie', 'évaluation dentisterie hospitalière']) if cond else 'rendez-vous en clinique dentaire'}\n"
            f"Accompagnateur : {R.choice(['préposé du CHSLD', 'fille de l’usager', 'aucun'])}\n\n{thanks(R)}\n\n{sig(R, 'proulx')}\n")
    return new_doc(ctx, L, "transport", "demande de transport adapté pour un résident", True, types,
                   who("proulx"), [shared("transport")], R.choice(["Réservation transport adapté", "Transport - RV dentaire",
                                                                   f"Transport {day.strftime('%d/%m')}"]),
                   text, holders=[p] if use_h else [], date=G.before(day, R, 2, 10))


# ---------------------------------------------------------------- 11. quick note, given name only

def t_quick(ctx):
    R = ctx.rng
    p = ctx.patient("qc", 20, 75)
    dx = R.choice(K.ORAL_DX[:5])
    rx = R.choice(K.POSTOP_RX)
    il, le, cel = ("elle", "la", "celle") if p.sex == "F" else ("il", "le", "celui")
    variants = [
        (f"Julie, peux-tu rappeler {p.given} ({cel} vu{'e' if p.sex == 'F' else ''} mardi pour {dx[0]}) au {p.phone} ? "
         f"Dit que la douleur a repris malgré {rx[0].split(',')[0]}. S'il y a de la fièvre, on {le} voit en urgence demain 8 h."),
        (f"Petit suivi : {p.given} {p.surname[0]}. a appelé, {dx[0]}, prend {rx[0].split(',')[0]}. "
         f"Son cell : {p.phone}. Je pense qu'il faut {le} revoir cette semaine."),
        (f"{p.given} (dossier {G.fmt_mrn(p.mrn, R.choice(['plain', 'hash', 'prefix']))}) — {dx[0]}. "
         f"{il.capitalize()} demande si on peut changer pour {rx[0].split(',')[0]}. "
         f"Tu peux {le} joindre au {p.phone} après 16 h."),
    ]
    variants.append(f"Peux-tu confirmer le RV de {nm(p, R.choice(['title', 'title_sur', 'full']), L)} demain à "
                    f"{R.choice(['8 h 30', '10 h', '14 h 15'])} ? Son cell a changé : {p.phone}. Merci !")
    i = R.randrange(4)
    types = {"patient_name", "diagnosis", "medication", "patient_contact"}
    if i == 3:
        types = {"patient_name", "patient_contact"}
    ids = []
    if i == 2:
        types.add("mrn")
        ids = [("mrn", p.mrn)]
    frm = R.choice(["proulx", "perreault", "levesque"])
    text = variants[i] + f"\n\n{G.signature(frm, L, R, short=True)}\n"
    subj = R.choice(["Rappel patient", "à rappeler", f"{p.given}", "Appel ce matin", "suivi"])
    if i != 0 or R.random() < 0.5:
        subj = R.choice([subj, f"{p.given} {p.surname} - rappel"])
    return new_doc(ctx, L, "note", "note rapide entre collègues au sujet d'un rappel", True, types,
                   who(frm), [who("turcotte")], subj, text, ids=ids, prefer={"body": R.choice(["plain", "html"])})
