"""Positive messages, French, part B: discharge summaries, transport, social work, shortage-driven patient
lists, terse notes, incident reports, foreign patients (NIR / NISS), forwarded messages as .eml."""
import datetime

import gen_attach as A
import gen_clin as C
import gen_common as G
from gen_build import Att, Mail, reply_id
from gen_pos_fr_a import ident_holder, ne


# --------------------------------------------------------------------------- 9. discharge summary (DOCX)
def sommaire_conge(c):
    p = c.holder(min_age=50) if c.p(0.4) else c.patient(min_age=55)
    ind = c.ch(C.INDICATIONS)
    md = c.ch(["md2", "md3"])
    adm = c.day(-c.ri(3, 12), False)
    reg = C.regimen(c.rng)
    val = C.num(C.inr(c.rng, "ok", ind), "fr")
    rdv = c.day(c.ri(3, 7))
    paras = [f"Nom : {p.surname.upper()}, {p.given}",
             f"Dossier : {c.mrn(p, 'plain')}",
             f"Date de naissance : {c.dob(p, 'iso')}" + (f"     NAM : {c.nam(p, 'plain')}     Sexe : {c.sex(p)}" if p.nam else ""),
             f"Admission : {adm.isoformat()}     Congé : {c.date.isoformat()}",
             "## Diagnostic principal",
             c.ch([f"{ind['fr'].capitalize()} nouvellement diagnostiquée", f"{ind['fr'].capitalize()} – décompensation",
                   f"{ind['fr'].capitalize()} avec RNI supra-thérapeutique et hématurie"]),
             "## Anticoagulation au congé",
             f"Warfarine {reg.text('fr')} ({C.mg(reg.weekly, 'fr')} mg/sem). RNI au congé : {val}.",
             f"Prochain RNI : {rdv.isoformat()} – clinique d'anticoagulation, {G.HOSP['fr']}.",
             "## Autres médicaments",
             c.ch(["Métoprolol 50 mg BID; atorvastatine 20 mg; pantoprazole 40 mg die",
                   "Furosémide 40 mg die; ramipril 5 mg die; vitamine D 1000 UI",
                   "Diltiazem CD 180 mg die; lévothyroxine 75 mcg; acétaminophène PRN"]),
             "## Suivi", "Médecin de famille dans 2 semaines. Enseignement sur la warfarine fait avec la famille."]
    c.t("patient_name", "diagnosis", "medication", "lab_result", "date_of_birth")
    doc = A.make_docx("Résumé de départ", paras, c.dt.replace(tzinfo=None), author=c.who(md).name,
                      footer=f"{c.who(md).display('fr')} – {c.who(md).role_fr}")
    fname = c.ch([f"Resume_depart_{p.surname}.docx", f"Sommaire congé {p.surname.upper()} {p.given}.docx",
                  f"RD_{p.extra['mrn']}.docx", "Résumé de départ.docx"])
    sender = c.ch(["inf3", md])
    body = [("p", c.ch(["Bonjour,", "Bonjour Dre Beaulieu,", "Bonjour à l'équipe de la clinique,"])),
            ("p", c.ch(["Voici le résumé de départ pour le suivi de l'anticoagulation. Premier RNI prévu dans la semaine.",
                        "Ci-joint le sommaire de congé. Merci de prendre en charge le suivi du RNI.",
                        "Congé aujourd'hui, résumé en pièce jointe."]))] + c.sig(sender)
    to = [c.a("md4"), ("Clinique d'anticoagulation", "anticoag@deuxrives.example")]
    return Mail("sommaire_conge", "résumé de départ en pièce jointe pour le suivi du RNI",
                c.ch(["Résumé de départ", "Sommaire de congé – suivi anticoagulation", f"Congé {c.ds(c.date, 'short')}"]),
                c.a(sender), to[:c.ri(1, 2)], body, atts=[Att("docx", fname, doc)])


# --------------------------------------------------------------------------- 10. transport / appointment booking
def transport_rdv(c):
    p = c.holder(min_age=65) if c.p(0.35) else c.patient(min_age=70)
    rdv = c.day(c.ri(2, 10))
    hour = c.ch(["8 h 15", "9 h 00", "10 h 30", "13 h 45"])
    mob = c.opt([("se déplace en fauteuil roulant (hémiplégie G post-AVC)", "diagnosis"),
                 ("marchette, ne peut monter les escaliers seul(e)",),
                 ("oxygène à domicile 2 L/min (MPOC)", "diagnosis"),
                 ("aucune limitation, mais n'a plus de permis de conduire",)])
    sender = c.ch(["inf2", "adm1", "inf1"])
    ident = ident_holder(c, p) if p.nam else [c.name(p, c.ch(["full", "upper_first", "title"]))]
    body = [("p", c.ch(["Bonjour,", "Bonjour Denis,", "Bonjour service du transport,"])),
            ("p", f"Demande de transport adapté pour un rendez-vous à la clinique d'anticoagulation "
                  f"({c.t('medication') or 'suivi warfarine'}, RNI et enseignement) :"),
            ("lines", ident + [f"Adresse : {c.addr(p)}", f"Téléphone : {c.phone(p)}",
                               f"Rendez-vous : {c.ds(rdv, 'long')} à {hour}", f"Mobilité : {mob}"])]
    if c.p(0.4):
        body.append(("p", c.opt([("Vit seul(e) et n'a pas de famille dans la région.", "social_information"),
                                 ("Sa fille l'accompagnera, prévoir une place.",),
                                 ("Prestataire d'aide sociale : transport gratuit selon l'entente.", "social_information")])))
    atts = []
    if c.p(0.45):
        vc = A.make_vcard(p.given, p.surname, tel=None, cell=p.extra["phone"], adr=p.extra["addr"].replace(",", ";", 1),
                          note=f"RDV clinique anticoagulation {rdv.isoformat()} {hour}")
        atts.append(Att("vcf", f"{G.strip_accents(p.given)} {G.strip_accents(p.surname)}.vcf", vc,
                        ctype=c.ch(["text/vcard", "text/x-vcard"])))
    body += c.sig(sender)
    return Mail("transport_rdv", "demande de transport adapté pour un rendez-vous de RNI",
                c.ch(["Demande de transport adapté", f"Transport – RDV du {c.ds(rdv, 'short')}", "Transport pour RNI"]),
                c.a(sender), [("Transport adapté – répartition", "transport@deuxrives.example")], body, atts=atts)


# --------------------------------------------------------------------------- 11. social work
def service_social(c):
    variant = c.variant % 4
    ts = "ts"
    if variant == 3:
        p = c.holder(max_age=17)
        ind_txt = c.ch(["maladie de Kawasaki avec anévrismes coronariens géants", "circulation de Fontan",
                        "valve mécanique mitrale"])
        body = [("p", "Bonjour,"),
                ("lines", ident_holder(c, p)),
                ("p", f"Enfant suivi(e) à la clinique pour {c.dx(ind_txt)}, sous {c.med('warfarine')} (RNI cible 2-3). "
                      f"Trois RNI manqués ce mois-ci et {c.lab('dernier RNI à 1,3')}."),
                ("p", c.soc("Un signalement a été retenu par la DPJ la semaine dernière; l'enfant est présentement "
                            "hébergé(e) chez sa grand-mère maternelle. La mère a la garde partagée selon l'intervenante.")),
                ("p", "Pouvez-vous confirmer à qui nous devons transmettre les résultats et les changements de dose ? "
                      "L'intervenante de la DPJ souhaite être en copie des rendez-vous.")]
        subj = "Suivi anticoagulation – situation DPJ"
        note = "suivi d'un enfant anticoagulé avec implication de la protection de la jeunesse"
    else:
        p = c.holder(min_age=30) if (variant == 1 and c.p(0.6)) else c.patient(min_age=40)
        d = c.ch(C.DOACS)
        who = c.name(p, c.ch(["full", "title", "upper_first"]))
        situ = c.ch([
            "prestataire de l'aide financière de dernier recours depuis la perte de son emploi",
            "vit seul(e) dans une maison de chambres, sans assurance collective",
            "en attente d'un logement social, hébergé(e) temporairement chez un ami",
        ])
        body = [("p", "Bonjour Élise," if c.p(0.7) else "Bonjour,"),
                ("p", f"J'aurais besoin de ton aide pour {who}" + (f" (dossier {c.mrn(p)})" if c.p(0.6) else "") + ". "
                      f"{c.med(d['gen_fr'].capitalize() + ' ' + d['full'])} amorcé pour {c.dx(c.ch(C.INDICATIONS[:4])['fr'])}, "
                      "mais la personne dit ne pas pouvoir payer la franchise et la coassurance ce mois-ci."),
                ("p", c.soc(f"Situation : {situ}.") + " " + c.ch([
                    ("Elle" if p.sex == "F" else "Il") + " a cessé de prendre le médicament il y a 4 jours.",
                    "Il reste 3 comprimés.",
                    "Aucune famille proche pour aider."]))]
        if variant == 1:
            body.append(("p", "Pour compléter la demande d'aide d'urgence au bureau de Services Québec, on a les "
                              f"informations suivantes : NAS {c.sin(p)}"
                              + (f", NAM {c.nam(p)}, {ne(p)} le {c.dob(p)}, sexe {c.sex(p)}" if p.nam else
                                 f", date de naissance {c.dob(p)}") + f", adresse {c.addr(p)}."))
        body.append(("p", c.ch(["Peux-tu la/le rencontrer demain à la clinique ?",
                                "Est-ce qu'on peut avoir des échantillons en attendant ?",
                                "Je te laisse voir avec le pharmacien pour les options."])))
        ts, subj = c.ch(["inf1", "ph2", "ph1"]), c.ch(["Besoin TS – coût de l'AOD", "Référence travail social",
                                                      "Patient(e) sans couverture pour son anticoagulant"])
        note = "référence en travail social pour difficulté financière liée à l'anticoagulant"
        body += c.sig(ts)
        return Mail("service_social", note, subj, c.a(ts), [c.a("ts")], body)
    body += c.sig("inf1")
    return Mail("service_social", note, subj, c.a("inf1"), [c.a("ts")], body, cc=[c.a("md1")])


# --------------------------------------------------------------------------- 12. shortage -> patient list
def penurie_patients(c):
    prod = c.ch([("Coumadin 1 mg", "warfarine 1 mg (Taro)"), ("Innohep 10 000 UI/0,5 mL", "Fragmin 10 000 UI"),
                 ("Coumadin 2,5 mg", "warfarine 2,5 mg générique")])
    rows = []
    for _ in range(c.ri(5, 9)):
        p = c.patient(min_age=35)
        rows.append([G.name_as(p, c.ch(["upper_first", "sur_first"]), "fr"),
                     p.extra.setdefault("mrn", G.gen_mrn(c.rng)), C.regimen(c.rng).text("fr") if "Coumadin" in prod[0]
                     else f"{c.ri(8, 18) * 1000} UI die", c.ch(["Lalande & St-Arnaud", "Vieux-Hull", "Jean Coutu Aylmer", "Proxim Thurso"])])
    c.t("patient_name", "mrn", "medication")
    sender = c.ch(["ph6", "ph2"])
    body = [("p", "Bonjour,"),
            ("p", f"Suite à l'avis de pénurie de {prod[0]} (retour prévu dans 6 à 8 semaines), voici nos patients actifs "
                  f"qui reçoivent ce format. Il faudra leur faire une nouvelle ordonnance avec {prod[1]} et aviser leur pharmacie."),
            ("table", ["Patient", "Dossier", "Posologie", "Pharmacie"], rows),
            ("p", "Je m'occupe des appels aux pharmacies cet après-midi.")] + c.sig(sender)
    return Mail("penurie_patients", "liste nominative de patients touchés par une pénurie",
                c.ch([f"Pénurie {prod[0]} – patients à convertir", f"Pénurie {prod[0]} : nos patients", "Pénurie – liste de patients"]),
                c.a(sender), [c.a("ph1"), c.a("ph2"), c.a("inf1")], body)


# --------------------------------------------------------------------------- 13. terse note
def note_rapide(c):
    p = c.patient()
    val = C.num(C.inr(c.rng, c.ch(["crit", "high", "low"])), "fr")
    mrn = c.mrn(p, c.ch(["plain", "space", "fw"]))
    anon = c.p(0.3)
    nm = "pt" if anon else c.name(p, c.ch(["lower", "init", "sur_init", "upper"]))
    txt = c.opt([
        (f"{nm} {mrn} saigne des gencives depuis hier, rni {val}. j'ai dit de sauter 2 doses et de venir demain 8h. "
         "peux-tu aviser le md de garde?", "lab_result", "diagnosis"),
        (f"{nm} (dossier {mrn}) – rni {val}, prend de la clarithro depuis lundi. je baisse coumadin a 25 mg/sem, "
         "rni jeudi", "lab_result", "medication"),
        (f"rappel: {nm} {mrn} (coumadin) n'est pas venu(e) pour son rni, 2e fois. pas de reponse au tel. on fait quoi?",
         "medication"),
        (f"{nm}, {mrn}: hb {c.ri(72, 95)} ce matin, melena x2. arrete eliquis, scopie demain avec Dr Chartrand",
         "lab_result", "diagnosis", "medication"),
    ])
    sender, dest = c.ch(["inf1", "inf2", "ph1"]), c.ch(["ph2", "inf1", "md1"])
    if sender == dest:
        dest = "ph2"
    body = [("p", txt)]
    if c.p(0.5):
        body.append(("p", c.ch(["merci", c.who(sender).given, c.who(sender).given[0] + ".", "envoyé de mon iPhone", "mb"])))
    subj = c.ch(["urgent", "rni", "?", "pt à rappeler", "(sans objet)"] + ([] if anon else [p.surname.lower()]))
    if subj == p.surname.lower():
        c.t("patient_name")
    if anon and c.p(0.5):
        subj = c.name(p, c.ch(["upper", "upper_first", "sur_init"]))
    return Mail("note_rapide", "note brève entre collègues sur un patient", subj, c.a(sender), [c.a(dest)], body,
                mailer=c.ch(["iPhone Mail (21E236)", "Microsoft Outlook 16.0", ""]))


# --------------------------------------------------------------------------- 14. incident report (ZIP)
def declaration_incident(c):
    p = c.holder(min_age=40) if c.p(0.4) else c.patient(min_age=50)
    err = c.ch([
        ("warfarine 5 mg servie au lieu de 0,5 mg (erreur de sélection)", "RNI 5,9 au contrôle"),
        ("énoxaparine 80 mg administrée deux fois (double saisie au RADM)", "saignement au site d'injection, Hb 104"),
        ("apixaban poursuivi malgré l'arrêt prévu 48 h avant l'intervention", "intervention reportée"),
    ])
    lines = [f"Usager : {p.surname.upper()}, {p.given}", f"No dossier : {c.mrn(p, 'plain')}"]
    if p.nam:
        lines.append(f"NAM : {c.nam(p, 'plain')}   DDN : {c.dob(p, 'iso')}   Sexe : {c.sex(p)}")
    lines += [f"Date de l'événement : {c.day(-1, False).isoformat()}  Unité : {c.ch(['6e Nord', '4e Sud', 'Chirurgie 3'])}",
              "## Description", f"Erreur : {err[0]}.", f"Conséquence : {err[1]}.",
              "## Mesures prises", "Médecin avisé, surveillance accrue, divulgation à l'usager faite le jour même."]
    c.t("patient_name", "mrn", "medication", "lab_result")
    pdf = A.make_pdf("Rapport de déclaration d'incident/accident (AH-223)", lines, author=c.who("ph1").name)
    inner_name = c.ch([f"AH-223_{p.surname}.pdf", "AH-223.pdf", f"declaration_{c.date.isoformat()}.pdf"])
    members = [(inner_name, pdf)]
    if c.p(0.5):
        members.append(("notes_pharmacien.txt",
                        f"Analyse preliminaire - dossier {p.extra['mrn']}\nDouble verification non faite au moment de la "
                        "preparation.\nRecommandation : rappel de la procedure PH-07.\n"))
    z = A.make_zip(members, c.dt.replace(tzinfo=None))
    body = [("p", "Bonjour,"),
            ("p", c.ch(["Veuillez trouver la déclaration et l'analyse préliminaire (archive protégée selon la procédure).",
                        "Voici le dossier de l'incident d'hier pour le comité de gestion des risques.",
                        "Pour votre suivi, la déclaration d'incident en pièce jointe."]))] + c.sig("ph1")
    return Mail("declaration_incident", "déclaration d'incident médicamenteux en archive ZIP",
                c.ch(["Déclaration d'incident – anticoagulant", "AH-223 – erreur de médicament", "Incident pharmacie"]),
                c.a("ph1"), [("Gestion des risques", "gestion.risques@deuxrives.example")], body,
                cc=[c.a("chef")], atts=[Att("zip", c.ch(["incident.zip", "AH-223.zip", "déclaration incident.zip"]), z,
                                            ctype=c.ch(["application/zip", "application/x-zip-compressed"]))])


# --------------------------------------------------------------------------- 15. foreign patients (NIR / NISS)
def patient_etranger(c):
    be = c.variant % 2 == 1
    sender = c.ch(["ph1", "md1"])
    p = c.patient(min_age=40, max_age=85)
    if be:
        idl = f"Numéro de registre national (NISS) : {c.niss(p)}"
        drug = c.med("Sintrom (acénocoumarol) 4 mg, 1/2 co. die")
        org = "mutuelle belge"
    else:
        idl = f"N° de sécurité sociale (NIR) : {c.nir(p)}"
        drug = c.med("Previscan (fluindione) 20 mg, 3/4 co. die")
        org = "assistance voyage"
    val = C.num(C.inr(c.rng, c.ch(["high", "crit", "low"])), "fr")
    body = [("p", "Madame, Monsieur,"),
            ("p", f"Nous avons vu en consultation le {c.ds(c.date, 'long')} {c.name(p, c.ch(['title', 'full']))}, "
                  f"{ne(p)} le {c.dob(p, c.ch(['long', 'dmy']))}, de passage au Québec."),
            ("lines", [idl, f"Traitement habituel : {drug}",
                       f"Indication : {c.dx(c.ch(['fibrillation atriale', 'valve mécanique aortique', 'TVP récidivante']))}",
                       f"INR mesuré : {c.lab(val)}"]),
            ("p", "L'antivitamine K habituelle n'étant pas disponible au Canada, nous avons prescrit de la warfarine "
                  "pour la durée du séjour, avec contrôle de l'INR à notre clinique. Merci de transmettre au médecin traitant. "
                  f"La facture a été envoyée à l'{org}.")] + c.sig(sender)
    to = c.ch([("Assistance voyage – service médical", "medical@assistance-voyage.example"),
               ("Cabinet médical", "secretariat@cabinet-medical-lyon.example")])
    return Mail("patient_etranger", "résumé pour un patient étranger avec identifiant européen",
                c.ch(["Compte rendu de consultation – anticoagulation", "Patient de passage – INR", "Suivi AVK au Canada"]),
                c.a(sender), [to], body)


# --------------------------------------------------------------------------- 16. forward with attached .eml
def transfert_eml(c):
    p = c.holder(min_age=30) if c.p(0.5) else c.patient()
    orig_from = c.a("clsc")
    d = c.ch(C.DOACS)
    inner_blocks = [("p", "Bonjour,"),
                    ("p", f"Visite à domicile ce matin chez {c.name(p, c.ch(['full', 'title']))}"
                          + (f" (NAM {c.nam(p)}, {ne(p)} le {c.dob(p)}, sexe {c.sex(p)})" if p.nam else f", {c.addr(p)}") + ". "
                          f"Pilulier vérifié : {c.med(d['gen_fr'] + ' ' + d['full'])} pris seulement une fois par jour depuis "
                          f"deux semaines. {c.dx('Confusion légère')}, la famille soupçonne un début de démence."),
                    ("p", "Pouvez-vous réévaluer avec le pharmacien ? Merci.")] + c.sig("clsc")
    inner = Mail("x", "", "Observance anticoagulant", orig_from, [c.a("inf1")], inner_blocks)
    raw = c.inner_eml(inner)
    body = [("p", c.ch(["Pour info, voir le courriel du CLSC ci-joint.", "Mathieu, peux-tu regarder ça ? Courriel du CLSC en pièce jointe.",
                        "À discuter demain au caucus."]))] + c.sig("inf1", full=False)
    return Mail("transfert_eml", "transfert d'un courriel du CLSC joint en .eml", "TR: Observance anticoagulant",
                c.a("inf1"), [c.a("ph1")], body,
                atts=[Att("eml", c.ch(["Observance anticoagulant.eml", "message.eml", "TR CLSC.eml"]), raw)])


TEMPLATES = [
    ("sommaire_conge", sommaire_conge, 4),
    ("transport_rdv", transport_rdv, 4),
    ("service_social", service_social, 4),
    ("penurie_patients", penurie_patients, 3),
    ("note_rapide", note_rapide, 5),
    ("declaration_incident", declaration_incident, 3),
    ("patient_etranger", patient_etranger, 3),
    ("transfert_eml", transfert_eml, 2),
]
