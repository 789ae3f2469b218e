"""Non-confidential messages, French, administrative (hard negatives)."""
import datetime

import gen_common as G
from gen_attach import ics_text, pdf_bytes, xlsx_bytes
from gen_ctx import join
from gen_mime import html_table, text_table, text_to_html
from stdnum import luhn


def nspec(c, *a, **kw):
    assert not c.types, c.types
    s = c.spec(*a, **kw)
    s["types"] = []
    return s


def luhn_serial(r, n=9):
    while True:
        body = str(r.randint(1, 7)) + "".join(str(r.randint(0, 9)) for _ in range(n - 2))
        num = body + luhn.calc_check_digit(body)
        return num


def n_gestion_lits(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 6))]
    dt = c.when(r.randint(1, 4))
    occ = r.randint(101, 128)
    nsa = r.randint(35, 78)
    civ = r.randint(8, 31)
    v = r.randint(0, 2)
    if v == 0:
        body = (f"La rencontre de gestion des lits aura lieu {G.day_fr(dt)} à {r.choice(['8 h 15', '8 h 30', '13 h'])}, "
                f"salle {r.randint(2, 6)}.{r.randint(100, 250)} ou par Teams.\n\n"
                f"Ordre du jour :\n1. État de situation de l'urgence ({civ} patients sur civière ce matin)\n"
                f"2. Usagers NSA : {nsa} au total, dont {r.randint(12, 30)} en attente de CHSLD\n"
                f"3. Ouverture des lits de débordement en {r.choice(['médecine 4 Nord', 'chirurgie 3 Sud'])}\n"
                f"4. Suivi des délais d'accès SAD\n5. Varia")
    elif v == 1:
        body = (f"Taux d'occupation ce matin : {occ} %. Nous passons au niveau {r.choice(['2', '3', 'orange', 'rouge'])} "
                f"du plan de surcapacité. Chaque unité doit identifier d'ici 11 h les congés possibles d'ici 48 h.\n\n"
                f"Rappel : les demandes URFI/UTRF doivent être complétées au RSIPA avant la rencontre.")
    else:
        body = (f"Suite à la rencontre de ce matin :\n- {r.randint(4, 12)} congés confirmés aujourd'hui\n"
                f"- {r.randint(2, 6)} transferts vers les lits de transition\n- {r.randint(1, 5)} places CHSLD "
                f"libérées cette semaine (secteur {r.choice(['Nord', 'Sud', 'Est'])})\n"
                f"- Délai moyen NSA : {r.randint(14, 40)} jours\n\nProchaine rencontre {G.day_fr(dt)}.")
    text = join(c.greet(), body, c.close(), c.sig(s[0], role="Coordonnatrice – gestion des lits"))
    return nspec(c, s, to, r.choice(["Rencontre de gestion des lits", f"Gestion des lits – {G.fmt_date(dt, 'frnum')}",
                                     "Surcapacité – action requise", "Suivi – gestion des lits"]), text,
                 "Bed-management meeting notice with aggregate counts only",
                 importance=r.choice([None, "high"]))


def n_stats_nsa(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(2, 5))]
    units = ["Médecine 4N", "Médecine 5E", "Gériatrie", "Chirurgie 3S", "Orthopédie", "Psychiatrie"]
    rows = [[u, r.randint(0, 14), r.randint(0, 6), r.randint(0, 4), r.randint(0, 3), r.randint(8, 60)] for u in units]
    header = ["Unité", "NSA CHSLD", "NSA RI", "NSA SAD", "NSA URFI", "Durée moy. (j)"]
    per = r.randint(1, 13)
    intro = r.choice([f"Voici les statistiques NSA de la période {per} ({c.date.year}-{c.date.year + 1}).",
                      "Tableau de bord hebdomadaire – niveaux de soins alternatifs.",
                      "Comme demandé par la direction, la compilation des NSA par unité :"])
    atts = []
    mode = r.randint(0, 2)
    if mode == 0:
        text = join(c.greet(), intro, text_table(header, rows), c.sig(s[0], role="Agente de planification, programmation et recherche"))
        html = None
    elif mode == 1:
        text = join(c.greet(), intro, "(voir tableau)", c.sig(s[0]))
        html = text_to_html(join(c.greet(), intro), r, "outlook").replace(
            "</div>\n</body>", html_table(header, rows, r) + "\n</div>\n</body>")
    else:
        text = join(c.greet(), intro, "Le fichier Excel est joint.", c.sig(s[0]))
        html = None
        atts.append(dict(kind="xlsx", filename=f"Stats_NSA_P{per:02d}.xlsx",
                         data=xlsx_bytes([("P%02d" % per, header, rows)], author="DQEPE")))
    return nspec(c, s, to, r.choice([f"Statistiques NSA – P{per}", "Tableau de bord NSA", "Indicateurs NSA"]), text,
                 "Aggregate NSA statistics by unit", html=html, attachments=atts,
                 body_mode="html" if html and r.random() < 0.5 else None)


def n_horaire(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 6))]
    staff = [c.staff()[0] for _ in range(r.randint(5, 8))]
    days = ["Lun", "Mar", "Mer", "Jeu", "Ven", "Sam", "Dim"]
    rows = [[p.full, r.choice(["TS", "TTS", "Inf. liaison", "Agente adm."])] +
            [r.choice(["J", "J", "S", "N", "—", "Vac.", "Form."]) for _ in days] for p in staff]
    header = ["Employé", "Titre"] + days
    wk = c.date.isocalendar()[1]
    v = r.randint(0, 2)
    atts = []
    if v == 0:
        atts.append(dict(kind="xlsx", filename=f"Horaire_sem{wk}.xlsx", data=xlsx_bytes([(f"Sem {wk}", header, rows)], author=s[0].full)))
        body = "Voici l'horaire de la semaine prochaine. Les échanges doivent être approuvés par la gestionnaire."
    elif v == 1:
        lines = [" | ".join(map(str, row)) for row in [header] + rows]
        atts.append(dict(kind="pdf", filename=f"horaire_service_social_S{wk}.pdf",
                         data=pdf_bytes(f"Horaire – service social – semaine {wk}", lines, compress=r.random() < 0.5)))
        body = "Horaire en pièce jointe. Garde de fin de semaine : voir la ligne surlignée."
    else:
        body = "Horaire de la garde sociale :\n\n" + text_table(header, rows)
    body += "\n" + r.choice(["", f"{staff[0].given} remplace {staff[1].given} mardi (formation).",
                             "Rappel : remettre vos demandes de vacances d'été avant le 1er mars."])
    text = join(c.greet(), body, c.close(), c.sig(s[0], role="Chef de service – service social"))
    return nspec(c, s, to, r.choice([f"Horaire semaine {wk}", "Horaire – garde sociale", "Horaire à jour"]), text,
                 "Staff schedule", attachments=atts)


TRAININGS = [("Iso-SMAF et outil OEMC", "évaluation de l'autonomie"), ("Approche non pharmacologique des SCPD", "démence"),
             ("Loi visant à lutter contre la maltraitance", "maltraitance envers les aînés"),
             ("Mandat de protection : nouveautés depuis la réforme", "régimes de protection"),
             ("Prévention des chutes", "chutes"), ("PDSB – déplacement sécuritaire", "manutention"),
             ("Intervention en contexte d'itinérance", "itinérance"), ("RCR – recertification", "réanimation"),
             ("Soins palliatifs : aide médicale à mourir", "fin de vie"), ("Planification précoce du congé", "congé")]


def n_formation(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(2, 8))]
    t, topic = r.choice(TRAININGS)
    tr = c.staff()[0]
    dt = c.when(r.randint(7, 30))
    start = datetime.datetime(dt.year, dt.month, dt.day, r.choice([8, 9, 13]), 30)
    body = (f"Une formation « {t} » est offerte {G.day_fr(dt)} de {start.hour} h 30 à {start.hour + 3} h 30.\n"
            f"{'Formatrice' if tr.sex == 'F' else 'Formateur'} : {tr.full}, {G.gender_role(r.choice(['Conseillère clinique', 'Ergothérapeute', 'Travailleuse sociale', 'Infirmière praticienne', 'Conseillère juridique']), tr.sex).lower()}.\n"
            f"Places limitées à {r.randint(12, 30)} personnes. Inscription via l'ENA (code {r.choice('ABCDEFG')}{r.randint(1000, 9999)}).\n\n"
            f"Cette formation porte sur {topic} et s'adresse aux intervenants de la direction SAPA.")
    spec = nspec(c, s, to, r.choice([f"Formation – {t}", f"Inscription : {t}", "Offre de formation"]),
                 join(c.greet(), body, c.close(), c.sig(s[0], role="Conseillère en soins infirmiers")),
                 "Training announcement")
    if r.random() < 0.4:
        ics = ics_text(f"{r.getrandbits(64):016x}@{c.org['dom']}", f"Formation {t}", start, start + datetime.timedelta(hours=3),
                       f"Auditorium {c.org['hosp']}", f"Formation : {t}", (s[0].full, s[1]), [(a[0].full, a[1]) for a in to[:3]])
        spec["calendar"] = ics
    return spec


def n_conges(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    v = r.randint(0, 3)
    if v == 0:
        subj = "Demande de vacances"
        body = (f"Je souhaiterais prendre mes vacances du {G.fmt_date(c.when(40), 'fr')} au {G.fmt_date(c.when(54), 'fr')}. "
                f"{c.staff()[0].given} a accepté de couvrir mes dossiers urgents.")
    elif v == 1:
        subj = "Absence demain"
        body = f"Je serai absent{s[0].e()} demain pour un rendez-vous personnel. Mes dossiers sont à jour dans la liste partagée."
    elif v == 2:
        subj = "Banque de congés – rappel"
        body = (f"Rappel : les congés mobiles non utilisés au {G.fmt_date(datetime.date(c.date.year + 1, 3, 31), 'fr')} "
                f"seront perdus. Consultez votre solde dans Logibec/Espace employé.")
    else:
        subj = "Congé parental – remplacement"
        body = (f"{c.staff()[0].full} partira en congé parental à compter du {G.fmt_date(c.when(20), 'fr')}. "
                f"Le poste sera comblé par {c.staff()[0].full} (liste de rappel).")
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0], short=r.random() < 0.5))
    return nspec(c, s, [d], subj, text, "Staff leave / HR")


def n_sante_employe(c):
    r = c.rng
    s = c.staff()
    d = c.ext_staff(dom="sst-" + c.org["dom"])
    v = r.randint(0, 2)
    if v == 0:
        subj = "Arrêt de travail"
        body = (f"Je t'avise que je suis en arrêt de travail jusqu'au {G.fmt_date(c.when(14), 'fr')} "
                f"({r.choice(['entorse lombaire', 'pneumonie', 'chirurgie au genou', 'épuisement professionnel'])}). "
                "Le billet médical a été déposé au bureau de santé.")
    elif v == 1:
        subj = "Déclaration d'événement – accident de travail"
        body = (f"Déclaration d'accident de travail : une employée s'est blessée à l'épaule en déplaçant un lit, "
                f"unité {r.choice(G.UNITS_FR)}, le {G.fmt_date(c.when(-1), 'fr')}. Formulaire CNESST à compléter.")
    else:
        subj = "Vaccination antigrippale du personnel"
        body = (f"La clinique de vaccination pour le personnel aura lieu du {G.fmt_date(c.when(3), 'fr')} au "
                f"{G.fmt_date(c.when(10), 'fr')}. Apportez votre carte d'employé. Taux actuel : {r.randint(38, 71)} %.")
    text = join(c.greet(d[0]), body, c.sig(s[0]))
    return nspec(c, s, [d], subj, text, "Employee occupational health (staff, not patient)")


def n_paie(c):
    r = c.rng
    s = c.staff()
    emp = c.staff()
    d = c.ext_staff(dom="paie-" + c.org["dom"])
    sin = G.gen_sin(r)
    body = (f"Correction du relevé T4/Relevé 1 pour l'employé{emp[0].e()} {emp[0].full} "
            f"(matricule {r.randint(100000, 999999)}, NAS {G.fmt_sin(sin, 'space')}). "
            f"Les heures de garde de la période {r.randint(1, 26)} n'ont pas été incluses.")
    text = join(c.greet(d[0]), body, c.close(), c.sig(s[0], role="Agente administrative"))
    return nspec(c, s, [d], r.choice(["Correction T4 / RL-1", "Paie – correction"]), text,
                 "Payroll correction for an employee (staff SIN, not a patient)")


def n_affichage(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"tous-sapa@{c.org['dom']}")]
    title = r.choice(["Travailleur(euse) social(e) – soutien à domicile", "Infirmier(ère) de liaison – urgence",
                      "Technicien(ne) en travail social – hébergement", "Agent(e) administratif(ve) classe 2 – gestion des lits",
                      "Chef de service – itinérance et dépendance"])
    no = f"{c.org['short'].split()[0]}-{c.date.year}-{r.randint(1000, 9999)}"
    body = (f"Affichage interne no {no}\nTitre : {title}\nStatut : {r.choice(['permanent temps complet', 'temps partiel 8/14', 'remplacement 12 mois'])}\n"
            f"Port d'attache : {r.choice(G.CLSC + [c.org['hosp']])}\nÉchelle salariale : {r.randint(26, 33)},{r.randint(10, 99)} $ à {r.randint(44, 52)},{r.randint(10, 99)} $\n\n"
            f"Exigences : {r.choice(['baccalauréat en travail social et membre de l’OTSTCFQ', 'DEC en techniques de travail social', 'membre de l’OIIQ', 'DEP en secrétariat'])}.\n"
            f"Date limite : {G.fmt_date(c.when(14), 'fr')}.")
    text = join(c.greet(), body, c.sig(s[0], role="Conseillère en acquisition de talents"))
    return nspec(c, s, to, f"Affichage de poste – {title}", text, "Internal job posting")


NEWS = [("Semaine nationale des proches aidants", "Saviez-vous qu'un Québécois sur cinq est proche aidant? Plusieurs activités "
         "sont prévues dans nos CLSC : café-rencontre, conférence sur l'épuisement, kiosque d'information."),
        ("Mois de la sensibilisation à la maladie d'Alzheimer", "La maladie d'Alzheimer touche plus de 150 000 personnes au Québec. "
         "La Société Alzheimer régionale offre des groupes de soutien gratuits pour les familles."),
        ("Journée mondiale de lutte contre la maltraitance des aînés", "Le 15 juin, portons le ruban mauve. La ligne Aide Abus Aînés "
         "est disponible 7 jours sur 7."),
        ("Nuit des sans-abri", "Notre équipe itinérance participera à la Nuit des sans-abri. Venez marcher avec nous!"),
        ("Nouveau : guichet unique SAD", "Depuis le 1er du mois, toutes les demandes de soutien à domicile passent par le guichet unique."),
        ("Les maisons des aînés ouvrent leurs portes", "La nouvelle maison des aînés accueillera 72 résidents dès l'automne, "
         "dont 12 places dédiées aux adultes ayant des besoins spécifiques.")]


def n_infolettre(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"personnel@{c.org['dom']}")]
    items = r.sample(NEWS, r.randint(2, 3))
    parts = [f"## {t}\n{b}" for t, b in items]
    parts.append(f"Félicitations à {c.staff()[0].full} qui a reçu le prix Reconnaissance {c.date.year} pour son engagement "
                 f"auprès des personnes {r.choice(['âgées', 'en situation d’itinérance', 'proches aidantes'])}!")
    text = "\n\n".join([f"INFOLETTRE SAPA – {G.MONTHS_FR[c.date.month - 1].capitalize()} {c.date.year}"] +
                       [p.replace("## ", "") for p in parts] + ["Pour vous désabonner, écrivez à communications@" + c.org["dom"]])
    html = ("<html><body style=\"font-family:Arial\"><h1 style=\"color:#00558c\">Infolettre SAPA</h1>" +
            "".join(f"<h2>{t}</h2><p>{b}</p>" for t, b in items) + f"<p>{parts[-1]}</p>" +
            "<p style=\"font-size:8pt\">Se désabonner</p></body></html>")
    return nspec(c, s, to, r.choice(["Infolettre SAPA", "L'Info-SAPA du mois", "Nouvelles de la direction"]), text,
                 "Newsletter about diseases and programs", html=html, body_mode=r.choice(["html", "alt"]))


def n_facture(c):
    r = c.rng
    s = c.ext_staff(dom=r.choice(["medequip-fournitures.example", "lits-confort.example", "demenagements-rapides.example"]))
    d = c.staff()
    items = r.sample([("Lit électrique à hauteur variable", 2450), ("Matelas thérapeutique", 890),
                      ("Fauteuil gériatrique inclinable", 1320), ("Lève-personne sur rail", 5400),
                      ("Marchette 4 roues", 185), ("Coussin de positionnement", 95)], r.randint(2, 4))
    lines = []
    tot = 0
    for name, price in items:
        q = r.randint(1, 6)
        lines.append(f"{name} – qté {q} – {price:,} $ – no série {luhn_serial(r)}".replace(",", " "))
        tot += q * price
    po = f"BC-{r.randint(100000, 999999)}"
    body = (f"Facture no {r.randint(20000, 99999)}\nBon de commande : {po}\n\n" + "\n".join(lines) +
            f"\n\nSous-total : {tot:,} $\nTPS/TVQ en sus. Paiement net 30 jours.".replace(",", " "))
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind="pdf", filename=f"Facture_{po}.pdf", data=pdf_bytes("FACTURE", body.split("\n"), compress=r.random() < 0.5)))
        body = f"Veuillez trouver ci-jointe la facture pour le bon de commande {po}."
    text = join(c.greet(d[0]), body, c.close(), f"{s[0].full}\nComptes clients")
    return nspec(c, s, [d], r.choice([f"Facture – {po}", "Facture et bon de livraison", "Votre commande"]), text,
                 "Supplier invoice with serial numbers (Luhn-valid)", attachments=atts)


def n_colloque(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"sapa-cliniciens@{c.org['dom']}")]
    spk = [c.staff()[0] for _ in range(4)]
    topics = r.sample(["Démence et sécurité à domicile", "L'itinérance chez les aînés : un phénomène en hausse",
                       "Le délirium : prévenir plutôt que guérir", "Aptitude à consentir aux soins : cas complexes",
                       "Maltraitance financière : repérage et intervention", "Transitions hôpital-domicile réussies",
                       "MPOC avancée et soins palliatifs", "La schizophrénie vieillissante"], 4)
    prog = "\n".join(f"{h} – {t} – {'Dre' if p.sex == 'F' else 'Dr'} {p.full}, {r.choice(['gériatre', 'psychiatre', 'pneumologue', 'médecin de famille'])}"
                     if i % 2 == 0 else f"{h} – {t} – {p.full}, {r.choice(['T.S.', 'inf. M.Sc.', 'Ph.D.', 'avocate'])}"
                     for i, (h, t, p) in enumerate(zip(["8 h 45", "10 h 00", "13 h 15", "14 h 30"], topics, spk)))
    body = (f"Colloque régional en gériatrie sociale – {G.fmt_date(c.when(45), 'fr')}\nLieu : Centre des congrès de {c.org['city']}\n\n"
            f"Programme :\n{prog}\n\nInscription avant le {G.fmt_date(c.when(25), 'fr')} : 95 $ (dîner inclus).")
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="pdf", filename="Programme_colloque.pdf", data=pdf_bytes("Colloque en gériatrie sociale", body.split("\n"))))
    return nspec(c, s, to, "Colloque régional en gériatrie sociale – programme", join(c.greet(), body, c.sig(s[0])),
                 "Conference programme with speakers and disease topics", attachments=atts)


def n_comite(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 7))]
    com = r.choice(["comité des usagers", "comité d'éthique clinique", "comité de résidents du CHSLD",
                    "comité milieu de vie", "comité de vigilance et de la qualité", "comité de gestion des risques"])
    dt = c.when(r.randint(5, 20))
    body = (f"La prochaine réunion du {com} se tiendra {G.day_fr(dt)} à 13 h 30.\n\nPoints à l'ordre du jour :\n"
            f"- Adoption du procès-verbal\n- {r.choice(['Bilan des plaintes (T3)', 'Politique de lutte contre la maltraitance', 'Sondage de satisfaction des résidents', 'Déclarations d’incidents/accidents – tendances'])}\n"
            f"- {r.choice(['Présentation du projet Milieu de vie', 'Budget de fonctionnement', 'Élection à la présidence'])}\n- Divers")
    text = join(c.greet(), body, c.close(), c.sig(s[0], role="Agente administrative"))
    return nspec(c, s, to, f"Convocation – {com}", text, "Committee meeting notice")


def n_ti(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"tous@{c.org['dom']}")]
    v = r.randint(0, 4)
    if v == 0:
        subj = "Maintenance RSIPA – interruption de service"
        body = (f"Le RSIPA sera indisponible {G.day_fr(c.when(3))} de 18 h à 23 h. Les outils OEMC ne pourront être "
                f"saisis durant cette période. Billet : INC{r.randint(1000000, 9999999)}.")
    elif v == 1:
        subj = "ATTENTION – courriels d'hameçonnage"
        body = ("Des courriels frauduleux prétendant provenir de la RAMQ circulent (« Votre carte d'assurance maladie expire »). "
                "Ne cliquez pas sur les liens et signalez-les au 5555.")
    elif v == 2:
        subj = "Migration I-CLSC vers la nouvelle version"
        body = (f"La migration d'I-CLSC vers la version {r.randint(7, 9)}.{r.randint(0, 9)} aura lieu la fin de semaine prochaine. "
                "Vos favoris et gabarits de notes seront conservés.")
    elif v == 3:
        subj = "Remplacement des postes de travail – unité 5"
        body = (f"Les ordinateurs des postes infirmiers seront remplacés. Numéros d'actifs concernés : "
                + ", ".join(luhn_serial(r) for _ in range(3)) + ".")
    else:
        subj = "Réinitialisation des mots de passe"
        body = "Votre mot de passe réseau expire dans 7 jours. Utilisez le portail libre-service pour le changer."
    text = join(c.greet(), body, "Centre de services TI", c.sig(s[0], role="Technicien en informatique"))
    return nspec(c, s, to, subj, text, "IT notice")


def n_installations(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"tous@{c.org['dom']}")]
    v = r.randint(0, 3)
    subj, body = [
        ("Fermeture de l'ascenseur B", f"L'ascenseur B sera fermé du {G.fmt_date(c.when(2), 'fr')} au {G.fmt_date(c.when(6), 'fr')} pour entretien."),
        ("Stationnement – travaux de déneigement", "Les véhicules doivent être déplacés du stationnement P3 entre 23 h et 6 h."),
        ("Coupure d'eau – aile C", "Une coupure d'eau est prévue jeudi de 9 h à 11 h dans l'aile C (CHSLD)."),
        ("Déménagement du service social", f"Le service social déménage au local {r.randint(2, 4)}.{r.randint(100, 300)} à compter de lundi. Le numéro de téléphone reste le même."),
    ][v]
    text = join(c.greet(), body, c.sig(s[0], role="Service des installations matérielles"))
    return nspec(c, s, to, subj, text, "Facilities notice")


NEG_A = [
    ("gestion_lits", n_gestion_lits, 6),
    ("stats_nsa", n_stats_nsa, 6),
    ("horaire", n_horaire, 6),
    ("formation", n_formation, 6),
    ("conges_rh", n_conges, 5),
    ("sante_employe", n_sante_employe, 4),
    ("paie_employe", n_paie, 2),
    ("affichage_poste", n_affichage, 4),
    ("infolettre", n_infolettre, 5),
    ("facture", n_facture, 5),
    ("colloque", n_colloque, 4),
    ("comite", n_comite, 4),
    ("avis_ti", n_ti, 6),
    ("installations", n_installations, 4),
]
