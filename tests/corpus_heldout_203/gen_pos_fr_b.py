"""Positive messages, French: unit work, pharmacy, labs, forms, attachments of every kind."""
import datetime

from gen_common import d_fr, day_fr, name, title, AGITATION_FR, EXT, DOM, MEDS, fmt_mrn
from gen_docs import pdf_bytes, docx_bytes, xlsx_bytes, csv_bytes, ics_bytes, vcard_bytes, zip_bytes
from gen_tpl import (F, staff, ext_person, disp, sig, quote, outlook_quote, fwd, spec, nested, plus, at, age,
                     holder_person, reply_headers, earlier, fname_part)

XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _pat(c, env, kind="adult", p_holder=0.5):
    if c.chance(p_holder):
        return holder_person(env.holder(kind), "fr", c), True
    return c.patient("fr"), False


PROBS_FR = [("GP – %s", "agité en soirée, PRN %s"), ("GA", "refus de %s, surveiller"), ("volontaire", "IS passives, surveillance q15 min"),
            ("GP", "sevrage ROH, CIWA q4h"), ("AS (ordonnance)", "injection %s due demain"), ("NRC – CETM", "sortie accompagnée demain 13 h"),
            ("GA", "lithémie à recontrôler (1,3)"), ("volontaire", "congé prévu jeudi, RV clinique externe")]


def liste_garde(c, env):
    f = F(c, "fr")
    res = staff(c, "fr", "res")
    n = c.randint(4, 7)
    rows = []
    for i in range(n):
        p = c.patient("fr")
        st, prob = c.pick(PROBS_FR)
        if "%s" in st:
            st = st % "72 h"
        if "%s" in prob:
            prob = prob % f.med(dose=False, kind="prn" if "PRN" in prob else "lai" if "injection" in prob else "oral")
        if "lithémie" in prob or "CIWA" in prob:
            f.add("lab_result" if "lithémie" in prob else "diagnosis")
        if "IS" in prob:
            f.add("diagnosis")
        dxs = f.dx()
        rows.append(["%d%s" % (c.randint(401, 428), c.pick(["", "A", "B"])),
                     f.nm(p, c.pick(["last_first", "last_first_plain", "title_last", "last_init"])), st, dxs, prob])
    f.social()  # legal status (garde, NRC) counts as social / legal situation
    if "medication" not in f.T:
        rows[-1][4] += "; PRN %s" % f.med(idx=c.pick([0, 2, 3, 10]), dose=False)
    if c.chance(0.5):
        rows[0][4] += c.pick(["; sans logement, TS avisée", "; DPJ impliquée pour ses enfants", "; conjoint sous interdit de contact"])
    body = ["Bonsoir,", "Liste de garde pour la nuit – 4 Nord. Rien de majeur, quelques points :",
            ("table", ["Ch.", "Patient", "Statut", "Dx", "À surveiller"], rows),
            c.pick(["Code blanc peu probable mais ch. %s reste instable." % rows[0][0], "Admission possible de l'urgence vers 2 h.",
                    "La pharmacie de garde est avisée pour les PRN."]),
            sig(res, c, "fr", full=False)]
    subj = c.pick(["Liste de garde 4N – nuit du %s" % d_fr(env.date.date(), "iso"), "Sign-out 4 Nord", "Liste de départ – garde %s" % day_fr(env.date.date())])
    tos = [("Garde psychiatrie", "garde.psychiatrie@" + DOM)]
    return spec(c, "fr", "liste_garde", "liste de garde de nuit", (disp(res, c, "fr"), res.email), tos, subj, body,
                env.date, f=f)


def code_blanc(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    inf = staff(c, "fr", "inf")
    psy = staff(c, "fr", "psy")
    ph = staff(c, "fr", "pharm")
    hh = c.randint(0, 5)
    ch = c.randint(401, 428)
    style = c.pick(["title_last", "full", "given", "lower", "title_last"])
    f.add("diagnosis")
    f.social()
    body = ["Bonjour Dr %s," % psy.surname if psy.sex == "M" else "Bonjour Dre %s," % psy.surname,
            "Pour info : code blanc cette nuit ch. %d. Vers %02dh10, %s a frappé la porte de la salle de soins et bousculé un préposé "
            "(pas de blessure), propos désorganisés et agitation psychomotrice. Isolement à %02dh25 puis contention 4 points à %02dh40, levée à %02dh55." %
            (ch, hh, f.nm(p, style), hh, hh, hh + 1),
            "Reçu %s à %02dh30, effet à %02dh15. Signes vitaux normaux; CK demandé ce matin." % (_ag(c, f), hh, hh + 1),
            "Formulaire de mesures de contrôle complété et déclaration AH-223 faite."]
    if style == "given" or c.chance(0.5):
        body.append("No dossier : %s" % f.mrn(p))
    if c.chance(0.5):
        f.lab()
        body.append("Ajout 9 h : CK %d U/L, à recontrôler demain." % c.randint(900, 4800))
    body.append(("sig", ["%s %s, inf." % (inf.given, inf.surname), "Nuit – %s" % inf.unit]))
    subj = c.pick(["Code blanc nuit – ch. %d" % ch, "Mesures de contrôle cette nuit",
                   "Code blanc – %s" % name(p, "last_first_plain")])
    return spec(c, "fr", "code_blanc", "rapport de code blanc et médication d'urgence", (disp(inf, c, "fr"), inf.email),
                [(disp(psy, c, "fr"), psy.email)], subj, body, env.date, cc=[(disp(ph, c, "fr"), ph.email)], f=f)


def _note(c, f, options):
    n = c.pick(options)
    if "ordonnance" in n or "order" in n:
        f.social()
    return n


def _ag(c, f):
    f.add("medication")
    return c.pick(AGITATION_FR)


def resume_conge(c, env):
    f = F(c, "fr")
    p = holder_person(env.holder("adult"), "fr", c)
    psy = staff(c, "fr", "psy")
    gmf = ext_person(c, "fr", "gmf", "médecin de famille")
    adm = plus(env, -c.randint(12, 40))
    meds = [f.med(idx=i, kind="oral") for i in c.sample([0, 1, 4, 7, 8, 9, 11, 12, 13], 3)]
    f.lab()
    lines = ["# Identification", f.ident(p, sep="   "), "No de dossier : %s" % f.mrn(p),
             "Admission : %s   Congé : %s" % (d_fr(adm, "iso"), d_fr(env.date.date(), "iso")),
             "# Diagnostic principal", f.dx(),
             "# Histoire", "Amené%s par ambulance sous garde préventive pour %s. Garde provisoire puis garde autorisée 21 jours." %
             ("e" if p.sex == "F" else "", f.sx()),
             "# Évolution", "Amélioration progressive. Deux épisodes d'agitation ayant nécessité %s." % _ag(c, f),
             "# Résultats", "FSC normale; TSH 2,1 mUI/L; créatinine 74 µmol/L; dépistage urinaire : cannabis positif.",
             "# Médication au congé"] + ["- " + m for m in meds] + \
            ["# Suivi", "Clinique externe de psychiatrie dans 2 semaines; infirmière de liaison à domicile."]
    f.social()
    lines.insert(-1, "Retour à domicile avec soutien de sa mère; aide sociale en cours de renouvellement.")
    fn = c.pick(["Resume_conge_%s.pdf" % fname_part(p.surname), "Résumé de départ – %s.pdf" % name(p, "full"), "resume_depart_%s.pdf" % p.mrn])
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Résumé de départ – Psychiatrie", lines, compress=c.chance(0.6))}]
    body = ["Bonjour Dr %s," % gmf.surname,
            "Votre patient%s a obtenu son congé aujourd'hui. Le résumé de départ est joint; ordonnance transmise à sa pharmacie." %
            ("e" if p.sex == "F" else ""), "Merci de le/la revoir d'ici un mois.", sig(psy, c, "fr")]
    subj = c.pick(["Résumé de départ", "Congé psychiatrie – résumé", "Résumé de congé – %s" % name(p, "last_first_plain")])
    return spec(c, "fr", "resume_conge", "résumé de départ au médecin de famille", (disp(psy, c, "fr"), psy.email),
                [(disp(gmf, c, "fr"), gmf.email)], subj, body, env.date, attachments=att, f=f)


def ordonnance_pharmacie(c, env):
    f = F(c, "fr")
    p = holder_person(env.holder("adult"), "fr", c)
    psy = staff(c, "fr", "psy")
    ph = ext_person(c, "fr", "pharmacie", "pharmacien propriétaire")
    rx = [f.med(idx=c.pick([5, 6, 7, 8, 9]), kind="oral" if c.chance(0.3) else None), f.med(idx=c.pick([10, 11, 13]), kind="oral")]
    body = ["Ordonnance – transmission sécurisée", "Patient : " + f.ident(p, sep="\n"),
            "Adresse : %s\nTél. : %s" % (f.contact(p, "addr"), f.contact(p, "phone")),
            "Rx :\n1) %s — qté 1 mois, renouv. x3\n2) %s — qté 30, renouv. x1" % tuple(rx),
            _note(c, f, ["Patient sous ordonnance de traitement : aviser la clinique si l'injection n'est pas faite.",
                         "Bilan sanguin à faire avant le 1er renouvellement (FSC).", "Dispill hebdomadaire SVP."]),
            "%s %s %s, psychiatre – permis 1-%05d" % (psy.title, psy.given, psy.surname, c.randint(10000, 99999)),
            sig(psy, c, "fr", full=True)]
    subj = c.pick(["Ordonnance – %s" % name(p, "upper"), "Rx congé psychiatrie", "Ordonnance à exécuter"])
    return spec(c, "fr", "ordonnance_pharmacie", "ordonnance à une pharmacie communautaire", (disp(psy, c, "fr"), psy.email),
                [(ph.org, ph.email)], subj, body, env.date, f=f)


def suivi_labo(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    psy = staff(c, "fr", "psy")
    inf = staff(c, "fr", "infc")
    f.lab()
    f.add("medication")
    kind = c.randint(0, 2)
    if kind == 0:
        res = "Lithémie %s mmol/L (cible 0,6–1,0), créatinine %d µmol/L" % (c.pick(["1,6", "1,4", "1,8"]), c.randint(88, 140))
        plan = "Suspendre le lithium ce soir, reprendre à 600 mg BID demain, lithémie de contrôle dans 5 jours."
    elif kind == 1:
        res = "CK %d U/L après les injections d'hier" % c.randint(2500, 9000)
        plan = "Hydratation, pas d'IM d'ici 48 h, privilégier olanzapine orodispersible si agitation."
    else:
        res = "NAN %s ×10⁹/L (clozapine)" % c.pick(["1,4", "1,2", "1,7"])
        plan = "Zone jaune : FSC 2 fois/semaine, aviser le registre; continuer clozapine 300 mg HS."
    who = f.nm(p, c.pick(["title_last", "last_first", "full"]))
    body = ["%s," % inf.given, "Résultat reçu pour %s (%s) : %s." % (who, f.mrn(p), res), plan,
            c.pick(["Tu peux aviser le patient?", "J'ai ajusté l'ordonnance au dossier.", "On en reparle à la réunion de 10 h."]),
            sig(psy, c, "fr", full=False)]
    subj = c.pick(["Résultat labo", "Lithémie élevée", "Résultat – dossier %s" % p.mrn, "%s : labo" % name(p, "last_init")])
    return spec(c, "fr", "suivi_labo", "suivi de résultat de laboratoire", (disp(psy, c, "fr"), psy.email),
                [(disp(inf, c, "fr"), inf.email)], subj, body, env.date, f=f)


def clozapine_csv(c, env):
    f = F(c, "fr")
    ph = staff(c, "fr", "pharm")
    n = c.randint(3, 6)
    rows = []
    for i in range(n):
        p = c.patient("fr")
        f.checks.append(("mrn", p.mrn))
        rows.append([f.nm(p, c.pick(["init_last", "last_first_plain"])), d_fr(p.dob, "iso"), p.mrn,
                     d_fr(plus(env, -c.randint(0, 6)), "iso"), c.pick(["4,2", "3,1", "2,4", "1,9", "5,6"]),
                     c.pick(["7,8", "6,1", "4,9", "9,2"]), c.pick(["vert", "vert", "jaune"])])
    f.add("date_of_birth", "mrn", "lab_result", "medication")
    f.checks.append(("text", rows[0][1]))
    data = csv_bytes(["Patient", "DDN", "Dossier", "Date prélèvement", "NAN (x10^9/L)", "GB", "Zone"], rows,
                     delimiter=";", encoding=c.pick(["utf-8", "windows-1252"]), bom=c.chance(0.3))
    cs = "utf-8" if data.startswith(b"\xef") or all(b < 128 for b in data) else None
    fn = "suivi_clozapine_%s.csv" % d_fr(env.date.date(), "iso")
    try:
        data.decode("utf-8")
        charset = "utf-8"
    except UnicodeDecodeError:
        charset = "windows-1252"
    att = [{"name": fn, "ctype": "text/csv", "data": data, "charset": charset, "cte": c.pick(["base64", "quoted-printable"])}]
    body = ["Bonjour,", "Voici la feuille de surveillance hebdomadaire des patients sous clozapine (Clozaril) hospitalisés. "
            "Une valeur en zone jaune, l'équipe traitante est avisée.", sig(ph, c, "fr")]
    return spec(c, "fr", "clozapine_csv", "suivi hématologique clozapine en CSV", (disp(ph, c, "fr"), ph.email),
                [("Registre clozapine", "registre.clozapine@" + DOM)], c.pick(["Suivi clozapine – semaine", "NAN clozapine %s" % d_fr(env.date.date(), "iso")]),
                body, env.date, attachments=att, f=f)


def rdv_ics(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    inf = staff(c, "fr", "infc", unit="clinique externe – injections")
    d = at(env, c.randint(3, 20), c.randint(8, 15), c.pick([0, 15, 30, 45]))
    med = f.med(kind="lai")
    who = f.nm(p, c.pick(["full", "last_first"]))
    desc = "Injection %s – %s. Dossier %s. Patient%s sous ordonnance de traitement, rappel téléphonique la veille au %s." % (
        med, who, f.mrn(p, "plain"), "e" if p.sex == "F" else "", f.contact(p, "phone"))
    f.social()
    ics = ics_bytes("%s@agenda.%s" % (p.mrn, DOM), d, d + datetime.timedelta(minutes=30),
                    "Injection – %s" % name(p, "last_first_plain"), desc, "Clinique externe, local B-214",
                    ("%s %s" % (inf.given, inf.surname), inf.email))
    att = [{"name": "invitation.ics", "ctype": "text/calendar", "method": "REQUEST", "charset": "UTF-8", "data": ics,
            "cte": c.pick(["base64", "quoted-printable", "8bit"])}]
    body = ["Bonjour,", "Rendez-vous ajouté à l'agenda de la clinique des injections (voir invitation).", sig(inf, c, "fr", full=False)]
    return spec(c, "fr", "rdv_ics", "invitation de rendez-vous d'injection", (disp(inf, c, "fr"), inf.email),
                [("Clinique externe psychiatrie", "clinique.externe@" + DOM)],
                c.pick(["Invitation : injection %s" % d_fr(d.date(), "iso"), "RV injection"]), body, env.date, attachments=att, f=f)


def vcard_sim(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    ts = staff(c, "fr", "ts")
    sim = staff(c, "fr", "infc", unit="équipe SIM")
    addr = f.contact(p, "addr")
    street = addr.split(", ")[0]
    vc = vcard_bytes(p.given, p.surname, tel=[("CELL", f.contact(p, "phone"))], adr=(street, "Valbrume", "QC", "J8V 1A1"),
                     note="Référé SIM – %s; sortie prévue %s" % (f.dx(), d_fr(plus(env, 3), "iso")))
    f.add("patient_name")
    f.checks.append(("name", p.surname))
    att = [{"name": "%s %s.vcf" % (p.given, p.surname), "ctype": "text/vcard", "charset": "utf-8", "data": vc,
            "cte": c.pick(["base64", "quoted-printable"])}]
    body = ["Salut %s," % sim.given, "Comme discuté, voici la fiche contact du patient pour la prise en charge SIM dès sa sortie.",
            c.pick(["%s préfère être appelé%s en après-midi." % (("Elle", "e") if p.sex == "F" else ("Il", "")),
                    "%s n'a pas de boîte vocale, texter d'abord." % ("Elle" if p.sex == "F" else "Il"), "Sa mère est la personne-ressource."]),
            sig(ts, c, "fr", full=False)]
    f.social() if c.chance(0.3) else None
    if "social_information" in f.T:
        body.insert(2, "Logement précaire (chambre), revenu : aide sociale.")
    return spec(c, "fr", "vcard_sim", "fiche contact patient pour l'équipe SIM", (disp(ts, c, "fr"), ts.email),
                [(disp(sim, c, "fr"), sim.email)], c.pick(["Contact – référence SIM", "Fiche patient SIM"]), body, env.date,
                attachments=att, f=f)


def aide_sociale(c, env):
    f = F(c, "fr")
    p = c.patient("fr")
    ts = staff(c, "fr", "ts")
    ss = ext_person(c, "fr", "solidarite", "agente d'aide financière")
    f.social()
    lines = ["# Rapport médical – Programme de solidarité sociale", "Section 1 – Identification du prestataire",
             "Nom : %s" % f.nm(p, "last_first"), "Date de naissance : %s" % f.dob(p, "iso"),
             "Numéro d'assurance sociale : %s" % f.sin(), "Adresse : %s" % f.contact(p, "addr"),
             "Section 2 – Diagnostic : %s" % f.dx(), "Limitations : incapable de maintenir un emploi depuis %d; hospitalisations répétées." % c.randint(2018, 2024),
             "Traitement : %s" % f.med(kind=c.pick(["oral", "lai"])), "Pronostic : contraintes sévères à l'emploi, durée indéterminée."]
    fn = c.pick(["SR-2100_%s.pdf" % fname_part(p.surname), "rapport_medical_contraintes.pdf"])
    att = [{"name": fn, "ctype": "application/pdf", "data": pdf_bytes("Rapport médical", lines)}]
    body = ["Bonjour %s %s," % ("Mme" if ss.sex == "F" else "M.", ss.surname), "Tel que demandé, voici le rapport médical rempli par le psychiatre pour le dossier de "
            "%s (contraintes sévères à l'emploi)." % f.nm(p, c.pick(["title_full", "full"])),
            "Le prestataire est hospitalisé jusqu'à la fin du mois; son chèque peut être retenu à notre adresse.",
            sig(ts, c, "fr")]
    return spec(c, "fr", "aide_sociale", "rapport médical pour la solidarité sociale", (disp(ts, c, "fr"), ts.email),
                [(disp(ss, c, "fr"), ss.email)], c.pick(["Rapport médical – contraintes sévères", "Dossier prestataire – rapport médical"]),
                body, env.date, attachments=att, f=f)


def assurance_invalidite(c, env):
    f = F(c, "fr")
    p = c.patient("fr", 25, 60)
    agad = staff(c, "fr", "archiv", unit="Archives médicales")
    ass = ext_person(c, "fr", "assureur", "gestionnaire de dossiers invalidité")
    adm = plus(env, -c.randint(20, 60))
    f.social()  # disability income claim
    paras = ["# Déclaration du médecin traitant", "Assuré : %s" % f.nm(p, "full"), "Date de naissance : %s" % f.dob(p, "long"),
             "NAS : %s" % f.sin(), "Police collective no %d – certificat %d" % (c.randint(10000, 99999), c.randint(100000, 999999)),
             "Hospitalisation : du %s au %s (psychiatrie, 4 Nord)" % (d_fr(adm, "iso"), d_fr(plus(env, -2), "iso")),
             "Diagnostic : %s" % f.dx(), "Traitement actuel : %s; %s" % (f.med(kind="oral"), f.med(kind="oral")),
             "Retour au travail : non envisagé avant 8 à 12 semaines."]
    att = [{"name": "Declaration_medecin_%s.docx" % fname_part(p.surname), "ctype": DOCX, "data": docx_bytes("Déclaration du médecin traitant", paras)}]
    body = ["Bonjour,", "Suite à l'autorisation signée par l'assuré(e), vous trouverez ci-joint la déclaration du médecin traitant.",
            "Des frais de 40 $ s'appliquent (facture à suivre).", sig(agad, c, "fr")]
    return spec(c, "fr", "assurance_invalidite", "déclaration médicale à un assureur invalidité", (disp(agad, c, "fr"), agad.email),
                [(disp(ass, c, "fr"), ass.email)], c.pick(["Demande de prestations – déclaration médicale", "Votre demande du %s" % d_fr(plus(env, -9), "iso")]),
                body, env.date, attachments=att, f=f)


def patient_francais(c, env):
    f = F(c, "fr")
    p = c.patient("fr", 20, 40)
    ts = staff(c, "fr", "ts")
    asv = ext_person(c, "fr", "assistance", "chargée d'assistance médicale")
    dossier = "AVH-%d-%05d" % (2025, c.randint(100, 99999))
    body = ["Bonjour %s," % ("Madame" if asv.sex == "F" else "Monsieur"), "Concerne votre dossier %s." % dossier,
            "Votre assuré%s, %s, ressortissant%s français%s (NIR %s), est hospitalisé%s dans notre unité de psychiatrie depuis le %s "
            "pour %s." % ("e" if p.sex == "F" else "", f.nm(p, c.pick(["full", "upper", "title_full"])), "e" if p.sex == "F" else "",
                          "e" if p.sex == "F" else "", f.nir(p), "e" if p.sex == "F" else "", d_fr(plus(env, -c.randint(3, 12)), "long"), f.dx()),
            "État actuel : %s. Traitement : %s. Un rapatriement pourrait être envisagé d'ici 7 à 10 jours, accompagné d'un infirmier." %
            (c.pick(["amélioré, encore méfiant", "stabilisé", "partiellement amélioré, sommeil normalisé"]), f.med(kind="oral")),
            "Merci de nous confirmer la prise en charge des frais d'hospitalisation (non-résident).", sig(ts, c, "fr")]
    return spec(c, "fr", "patient_francais", "coordination de rapatriement avec un assisteur", (disp(ts, c, "fr"), ts.email),
                [(asv.org, asv.email)], "Dossier %s – hospitalisation" % dossier, body, env.date, f=f)


def patient_belge(c, env):
    f = F(c, "fr")
    p = c.patient("fr", 19, 30)
    psy = staff(c, "fr", "psy")
    cons = ext_person(c, "fr", "consulat", "attachée, affaires sociales")
    body = ["%s," % ("Madame" if cons.sex == "F" else "Monsieur"), "À la demande de la famille, je vous confirme l'hospitalisation de %s, étudiant%s belge, né%s le %s, "
            "numéro de registre national %s." % (f.nm(p, c.pick(["full", "title_full", "last_first"])), "e" if p.sex == "F" else "",
                                                 "e" if p.sex == "F" else "", f.dob(p), f.niss(p)),
            "Diagnostic : %s. Admission sous garde le %s. Traitement débuté : %s." % (f.dx(), d_fr(plus(env, -5), "long"), f.med(kind="oral")),
            "Ses parents arrivent de Liège jeudi; nous les rencontrerons avec l'équipe.", sig(psy, c, "fr")]
    f.social()  # admitted under a hold
    return spec(c, "fr", "patient_belge", "confirmation d'hospitalisation au consulat", (disp(psy, c, "fr"), psy.email),
                [(disp(cons, c, "fr"), cons.email)], c.pick(["Hospitalisation d'un ressortissant", "Votre demande – étudiant hospitalisé"]),
                body, env.date, f=f)


TEMPLATES = [liste_garde, code_blanc, resume_conge, ordonnance_pharmacie, suivi_labo, clozapine_csv, rdv_ics, vcard_sim,
             aide_sociale, assurance_invalidite, patient_francais, patient_belge]
