"""Non-confidential messages, French, clinical vocabulary without an identifiable patient."""
import datetime

import gen_common as G
from gen_attach import docx_bytes, ics_text, pdf_bytes, vcard_text, xlsx_bytes, zip_bytes
from gen_ctx import fr_header_block, join, quote
from gen_neg_a import luhn_serial, nspec
from gen_render import inner_eml, msg_date

BLANK_FORMS = [
    ("Demande de services – soutien à domicile",
     ["Nom de l'usager : ______________________", "NAM : ____ ____ ____  Date de naissance : ____/____/____",
      "Adresse : ___________________________________", "Téléphone : (___) ___-____",
      "Diagnostic(s) principal(aux) : _______________", "Services demandés : [ ] soins infirmiers [ ] aide au bain [ ] ergothérapie",
      "Signature du référent : ______________"]),
    ("Demande d'hébergement – formulaire de consentement",
     ["Je, soussigné(e) ______________________, consens à ce que mon dossier soit transmis au MAH.",
      "Représentant légal (le cas échéant) : ______________", "Lien : [ ] mandataire [ ] tuteur [ ] curateur",
      "Date : ________  Signature : ____________"]),
    ("Grille de dépistage – maltraitance envers les aînés",
     ["1. La personne a-t-elle peur de quelqu'un de son entourage? [ ] oui [ ] non",
      "2. Quelqu'un a-t-il pris de l'argent sans permission? [ ] oui [ ] non",
      "3. Signes physiques observés : ______________", "Suivi recommandé : ______________"]),
    ("Évaluation psychosociale – gabarit",
     ["Identification : (nom, date de naissance, NAM)", "Motif de la référence :", "Histoire sociale :",
      "Réseau de soutien :", "Situation financière :", "Opinion professionnelle :", "Recommandations :"]),
    ("Plan de congé interdisciplinaire – gabarit",
     ["Date prévue du congé : ________", "Orientation : [ ] domicile [ ] RPA [ ] RI [ ] CHSLD [ ] URFI",
      "Services à mettre en place : ______", "Médication au congé revue par : ______", "Transport : [ ] famille [ ] adapté [ ] ambulance"]),
]


def n_formulaire_vierge(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(1, 4))]
    title, fields = r.choice(BLANK_FORMS)
    kind = r.choice(["docx", "pdf"])
    fname = title.split(" – ")[0].replace(" ", "_").replace("'", "") + ("_vierge" if r.random() < 0.5 else "_v3") + "." + kind
    data = docx_bytes(title, fields, author="Direction SAPA") if kind == "docx" else pdf_bytes(title, fields, compress=r.random() < 0.5)
    body = r.choice([f"Voici la nouvelle version du formulaire « {title} ». Merci de détruire les anciennes copies.",
                     "Comme demandé, le gabarit vierge est en pièce jointe.",
                     "Le formulaire à utiliser à partir du 1er du mois. Rappel : le NAM doit être inscrit au complet (4 lettres, 8 chiffres)."])
    text = join(c.greet(), body, c.close(), c.sig(s[0]))
    return nspec(c, s, to, r.choice([f"Nouveau formulaire – {title}", "Gabarit vierge", "Formulaire à jour"]), text,
                 "Blank form / template", attachments=[dict(kind=kind, filename=fname, data=data)])


CASES = [
    ("Mme A., 84 ans, veuve, vit seule dans un 4 ½ au 2e étage. Hospitalisée pour une fracture de la hanche. "
     "Démence légère (MoCA 19/30). Sa fille demeure à 300 km. Elle refuse catégoriquement l'hébergement.",
     "Comment évaluer l'aptitude à refuser? Quels services SAD proposer?"),
    ("M. B., 67 ans, sans domicile fixe, admis pour cellulite des membres inférieurs. Trouble de l'usage de l'alcool. "
     "Congé médical prévu dans 48 h, aucun lieu où aller.",
     "Quelles ressources d'hébergement d'urgence? Comment assurer le suivi des pansements?"),
    ("Un homme de 79 ans, atteint de Parkinson avancé, est soigné par son épouse de 81 ans, qui présente des signes "
     "d'épuisement. Le couple refuse toute aide extérieure.",
     "Repérer l'épuisement de l'aidante; pistes d'intervention."),
    ("Une dame de 88 ans en CHSLD remet régulièrement sa pension à un petit-neveu qui la visite chaque début de mois.",
     "Maltraitance financière : quels indices? Quel processus d'intervention concertée?"),
    ("Un usager de 72 ans, MPOC sévère, souhaite retourner à domicile malgré l'avis de l'équipe. Il est jugé apte.",
     "Respect de l'autonomie et gestion du risque : discussion éthique."),
]


def n_cas_anonymise(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"stagiaires-ts@{c.org['dom']}")] + [c.staff() for _ in range(2)]
    case, q = r.choice(CASES)
    body = (f"Voici la vignette pour l'atelier de {G.day_fr(c.when(3))} (cas fictif, inspiré de plusieurs situations) :\n\n"
            f"{case}\n\nQuestions : {q}")
    atts = []
    if r.random() < 0.3:
        atts.append(dict(kind="docx", filename="vignette_clinique.docx",
                         data=docx_bytes("Vignette clinique – atelier", [case, "## Questions", q], author=s[0].full)))
    text = join(c.greet(), body, c.sig(s[0], role="Superviseure de stage"))
    return nspec(c, s, to, r.choice(["Vignette clinique – atelier", "Cas pour la supervision de groupe", "Atelier TS – cas fictif"]),
                 text, "Anonymised teaching case", attachments=atts)


SHORTAGES = [("quétiapine 25 mg", "quétiapine 12,5 mg x 2"), ("furosémide injectable 10 mg/mL", "bumétanide"),
             ("donépézil 5 mg", "donépézil 10 mg comprimé sécable"), ("rivastigmine timbre 4,6 mg", "galantamine"),
             ("insuline NPH (fiole)", "stylos NPH"), ("amoxicilline suspension 250 mg/5 mL", "céfuroxime")]


def n_rupture(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"infirmieres-chefs@{c.org['dom']}"), (None, f"medecins@{c.org['dom']}")]
    drug, alt = r.choice(SHORTAGES)
    body = (f"AVIS DE RUPTURE D'APPROVISIONNEMENT\n\nProduit : {drug}\nDurée prévue : {r.randint(3, 12)} semaines\n"
            f"Alternative proposée : {alt}\n\nLes ordonnances en cours seront converties par la pharmacie. "
            "Aucune action requise des unités sauf pour les congés (aviser la pharmacie communautaire).")
    text = join(c.greet(), body, c.sig(s[0], role="Pharmacienne – chef adjointe"))
    return nspec(c, s, to, f"Rupture d'approvisionnement – {drug}", text, "Drug shortage notice")


def n_rappel(c):
    r = c.rng
    s = c.ext_staff(dom=r.choice(["medequip-fournitures.example", "santeproduits.example"]))
    d = c.staff()
    prod = r.choice(["matelas à air alternatif modèle AM-300", "pompe à perfusion VP-20", "lève-personne mobile LP-150",
                     "glucomètre GL-Pro", "ceinture de positionnement taille M"])
    lots = [luhn_serial(r, r.choice([9, 10])) for _ in range(r.randint(2, 4))]
    body = (f"AVIS DE RAPPEL VOLONTAIRE – {prod}\n\nNuméros de lot visés : {', '.join(lots)}\n"
            f"Problème : {r.choice(['défaillance possible de la valve', 'erreur d’affichage du débit', 'usure prématurée de la sangle'])}.\n"
            "Veuillez retirer les articles visés et communiquer avec notre service à la clientèle au 1-800-555-0142.")
    text = join(c.greet(d[0]), body, f"{s[0].full}\nAffaires réglementaires")
    return nspec(c, s, [d], f"Rappel de produit – {prod}", text, "Supplier recall with lot numbers")


def n_recherche(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"sapa-cliniciens@{c.org['dom']}")]
    title = r.choice(["PRÉ-CONGÉ : planification précoce du congé chez les aînés hospitalisés",
                      "AIDANTS+ : soutien psychoéducatif aux proches aidants de personnes atteintes de démence",
                      "TRANSIT : suivi téléphonique post-congé et réhospitalisations"])
    body = (f"Le comité d'éthique de la recherche a approuvé le projet « {title} » (no CER-{c.date.year}-{r.randint(100, 999)}).\n\n"
            f"Chercheuse principale : {'Dre'} {c.staff(sex='F')[0].full}\nCritères d'inclusion : 65 ans et plus, hospitalisation > 72 h, "
            f"{r.choice(['retour à domicile prévu', 'proche aidant identifié', 'francophone ou anglophone'])}.\n"
            f"Critères d'exclusion : soins palliatifs, trouble neurocognitif sévère.\nRecrutement visé : {r.randint(80, 300)} participants.\n\n"
            "Les cliniciens n'ont qu'à remettre le dépliant; l'équipe de recherche fera le contact.")
    text = join(c.greet(), body, c.sig(s[0], role="Coordonnatrice de recherche"))
    return nspec(c, s, to, f"Nouveau projet de recherche – {title.split(' :')[0]}", text, "Research protocol notice, no participants")


def n_procedure(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"sapa-gestionnaires@{c.org['dom']}")]
    v = r.randint(0, 3)
    subj, body = [
        ("Procédure de congé – mise à jour", "La procédure PRO-SAPA-014 (congé des usagers NSA) a été révisée : la rencontre "
         "famille doit être planifiée dans les 72 h suivant la déclaration NSA, et le formulaire OEMC doit être complété dans les 5 jours."),
        ("Réforme des régimes de protection – rappel", "Depuis la réforme, la tutelle est modulée selon les besoins et le mandat "
         "de protection peut prévoir une assistance. Le Curateur public offre une séance d'information aux TS le mois prochain."),
        ("Politique de lutte contre la maltraitance", "La politique révisée précise l'obligation de signalement pour les personnes "
         "hébergées en CHSLD et les personnes inaptes. Les gestionnaires doivent s'assurer que tous les employés l'ont lue."),
        ("Directive ministérielle – NSA", "La nouvelle directive fixe une cible de 10 % maximum de lits occupés par des usagers "
         "en NSA. Le plan d'action régional vous sera présenté au prochain comité de direction."),
    ][v]
    text = join(c.greet(), body, c.close(), c.sig(s[0], role="Chef d'administration de programme – SAPA"))
    return nspec(c, s, to, subj, text, "Policy / procedure update")


RESOURCES = [("Société Alzheimer régionale", "groupes de soutien, répit"), ("Popote roulante du quartier", "repas livrés"),
             ("Refuge La Lumière", "hébergement d'urgence hommes"), ("Maison Passage-Femmes", "hébergement femmes en difficulté"),
             ("Centre d'action bénévole", "accompagnement-transport"), ("Ligne Aide Abus Aînés", "écoute et consultation"),
             ("Comité logement", "droits des locataires, TAL"), ("Appui proches aidants", "info-aidant, répit"),
             ("Banque alimentaire", "dépannage"), ("Coop de solidarité SAD", "aide domestique")]


def n_repertoire(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(1, 3))]
    res = r.sample(RESOURCES, r.randint(4, 7))
    lines = [f"- {n} ({d}) : {G.phone(r)}, {G.address(r)[0]}" for n, d in res]
    text = join(c.greet(), r.choice(["Voici le répertoire des ressources communautaires mis à jour :",
                                     "Liste des organismes partenaires à remettre aux familles :"]), "\n".join(lines),
                c.close(), c.sig(s[0], role="Organisatrice communautaire"))
    return nspec(c, s, to, r.choice(["Répertoire des ressources", "Ressources communautaires – mise à jour"]), text,
                 "Directory of community organisations (addresses are organisations')")


def n_compte_rendu(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(r.randint(3, 6))]
    pres = ", ".join(c.staff()[0].full for _ in range(4))
    body = (f"Compte rendu – comité de planification des congés – {G.fmt_date(c.when(-2), 'fr')}\n\nPrésents : {pres}\n\n"
            f"1. Délai moyen entre la déclaration NSA et l'orientation : {r.randint(9, 20)} jours (cible 7).\n"
            f"2. {r.randint(18, 40)} % des demandes CHSLD refusées pour dossier incomplet – rappel d'utiliser la liste de vérification.\n"
            f"3. Projet pilote de lits de transition : {r.randint(6, 15)} lits ouverts, taux d'occupation {r.randint(70, 99)} %.\n"
            f"4. Prochaine rencontre : {G.fmt_date(c.when(26), 'fr')}.")
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind="docx", filename="CR_comite_conges.docx",
                         data=docx_bytes("Compte rendu – comité de planification des congés", body.split("\n"), author=s[0].full)))
        body = "Le compte rendu est en pièce jointe."
    return nspec(c, s, to, "Compte rendu – comité de planification des congés", join(c.greet(), body, c.sig(s[0])),
                 "Committee minutes with aggregates", attachments=atts)


def n_medecins(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"unites-medecine@{c.org['dom']}")]
    docs = [(c.staff()[0], sp) for sp in r.sample(["gériatrie (délirium, TNC, chutes)", "psychiatrie (SCPD, psychose)",
                                                    "pneumologie (MPOC, O2 à domicile)", "soins palliatifs (douleur, fin de vie)",
                                                    "néphrologie (IRC, dialyse)", "médecine interne (IC, diabète)"], 4)]
    lines = [f"- {'Dre' if p.sex == 'F' else 'Dr'} {p.full} – {sp} – poste {r.randint(2000, 7999)}" for p, sp in docs]
    text = join(c.greet(), f"Liste de garde des consultants pour la semaine du {G.fmt_date(c.date, 'fr')} :", "\n".join(lines),
                "Les demandes de consultation doivent passer par le formulaire électronique.", c.sig(s[0], role="Agente administrative"))
    return nspec(c, s, to, "Garde des consultants", text, "Physicians on call with the diseases they treat")


def n_social(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"service-social@{c.org['dom']}")]
    p = c.staff()[0]
    v = r.randint(0, 2)
    subj, body = [
        (f"Départ à la retraite de {p.given}", f"Après {r.randint(20, 35)} ans au service social, {p.full} prend sa retraite! "
         f"Un 5 à 7 aura lieu {G.day_fr(c.when(10))} au resto du coin. Contribution au cadeau : voir {c.staff()[0].given}."),
        ("Dîner de Noël du service", "Le dîner de Noël aura lieu le 18 décembre à midi à la cafétéria. Apportez un cadeau de 20 $ pour l'échange!"),
        (f"Bonne fête {p.given}!", f"Aujourd'hui c'est la fête de {p.full}! Gâteau à la salle de pause à 14 h 30."),
    ][v]
    return nspec(c, s, to, subj, join(c.greet(), body, s[0].given), "Social event among staff")


def n_logistique_reply(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    room = f"{r.randint(2, 6)}.{r.randint(100, 250)}"
    orig = (f"Bonjour {s[0].given},\n\nEst-ce que la salle {room} est libre {G.day_fr(c.when(2))} après-midi pour la rencontre "
            f"de l'équipe SAD? On sera une dizaine. Il faudrait aussi le projecteur.\n\nMerci\n{d[0].given}")
    reply = r.choice(["Oui, c'est réservé de 13 h à 15 h. Le projecteur est dans l'armoire.",
                      "Non, elle est prise. Je t'ai réservé la 3.118 à la place.", "Réservé!"])
    if r.random() < 0.5:
        body = join(reply, s[0].given, "-----Message d'origine-----\n" + fr_header_block(d, s, c.when(-1), "Salle pour rencontre SAD") + "\n\n" + orig)
    else:
        body = join(reply, s[0].given, f"Le {G.day_fr(c.when(-1))}, {d[0].full} <{d[1]}> a écrit :\n" + quote(orig))
    return nspec(c, s, [d], "RE: Salle pour rencontre SAD", body, "Logistics reply with quoted history", reply=True)


def n_soumission(c):
    r = c.rng
    s = c.ext_staff(dom=r.choice(["soins-prives-quebec.example", "agence-infirmiere-plus.example"]))
    d = c.staff()
    body = (f"Suite à votre demande, voici nos tarifs pour {c.date.year + 1} :\n- Préposé(e) aux bénéficiaires : {r.randint(38, 48)} $/h\n"
            f"- Infirmière auxiliaire : {r.randint(55, 68)} $/h\n- Infirmière : {r.randint(78, 95)} $/h\n- Gardiennage de nuit (démence) : "
            f"{r.randint(40, 52)} $/h\nMinimum de 3 heures par visite. Soumission valide 60 jours.")
    return nspec(c, s, [d], "Soumission – services de soins à domicile", join(c.greet(d[0]), body, c.close(), s[0].full),
                 "Vendor quote for private home-care services")


def n_question_processus(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    q = r.choice(["Petite question : quand un usager est sous tutelle, est-ce le tuteur ou le Curateur qui signe le consentement "
                  "à l'hébergement? Je n'ai pas de cas précis, c'est pour mettre à jour notre aide-mémoire.",
                  "Est-ce que quelqu'un sait si la contribution adulte hébergé est calculée sur le revenu de l'année précédente?",
                  "Pour les usagers en situation d'itinérance, quelle adresse inscrit-on dans le formulaire de demande SAD? "
                  "L'adresse du refuge ou celle du CLSC?",
                  "Quel est le délai habituel pour l'homologation d'un mandat de protection devant notaire vs devant le tribunal?"])
    text = join(c.greet(d[0]), q, c.close(), c.sig(s[0], short=True))
    return nspec(c, s, [d], r.choice(["Question", "Question de procédure", "Petite question"]), text,
                 "Hypothetical process question, no patient")


def n_agrement(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"gestionnaires@{c.org['dom']}")]
    body = (f"La visite d'Agrément Canada aura lieu du {G.fmt_date(c.when(30), 'fr')} au {G.fmt_date(c.when(34), 'fr')}. "
            f"Les pratiques organisationnelles requises (POR) visées pour notre direction : bilan comparatif des médicaments "
            f"au congé, prévention des chutes, transfert de l'information aux points de transition. "
            f"Auto-évaluation à compléter avant le {G.fmt_date(c.when(12), 'fr')}.")
    return nspec(c, s, to, "Agrément – préparation de la visite", join(c.greet(), body, c.sig(s[0], role="Conseillère qualité")),
                 "Accreditation reminder")


def n_benevolat(c):
    r = c.rng
    s = c.staff()
    to = [(None, f"benevoles@{c.org['dom']}")]
    body = ("Nous recherchons des bénévoles pour l'accompagnement aux repas au CHSLD et pour le programme d'appels d'amitié "
            "auprès des aînés isolés. Formation de 3 heures offerte. Vérification des antécédents judiciaires requise.")
    return nspec(c, s, to, "Recherche de bénévoles", join(c.greet(), body, c.sig(s[0], role="Responsable des bénévoles")),
                 "Volunteer recruitment")


def n_vcard_contact(c):
    r = c.rng
    s = c.staff()
    d = c.ext_staff()
    p = c.staff()[0]
    role = r.choice(["Travailleuse sociale – liaison", "Coordonnatrice MAH", "Infirmière de liaison", "Guichet SAD"])
    vc = vcard_text(p.full, f"{p.surname};{p.given};;;", tel=[("WORK", G.phone(r, c.org["area"]))],
                    email=G.email_of(p, c.org["dom"]), org=c.org["name"], title=role, version=r.choice(["3.0", "4.0"]))
    text = join(c.greet(d[0]), f"Voici les coordonnées de {p.given}, qui reprend le poste de liaison à partir de lundi.", c.sig(s[0]))
    return nspec(c, s, [d], "Nouvelle personne-ressource – liaison", text, "Staff vCard",
                 attachments=[dict(kind="vcf", filename=f"{p.given}_{p.surname}.vcf", text=vc)])


def n_ics_reunion(c):
    r = c.rng
    s = c.staff()
    att = [c.staff() for _ in range(r.randint(3, 6))]
    dt = c.when(r.randint(2, 12))
    start = datetime.datetime(dt.year, dt.month, dt.day, r.choice([9, 10, 13, 14]), 0)
    summ = r.choice(["Réunion d'équipe – service social", "Caucus hebdomadaire gestion des lits", "Comité de coordination SAD-hôpital",
                     "Rencontre de supervision clinique"])
    ics = ics_text(f"{r.getrandbits(64):016x}@{c.org['dom']}", summ, start, start + datetime.timedelta(minutes=r.choice([30, 60, 90])),
                   r.choice(["Teams", f"Salle {r.randint(2, 6)}.{r.randint(100, 250)}"]), "Ordre du jour à venir.",
                   (s[0].full, s[1]), [(a[0].full, a[1]) for a in att])
    spec = nspec(c, s, att, summ, join(c.greet(), "Invitation ci-jointe.", s[0].given), "Staff meeting invitation")
    if r.random() < 0.5:
        spec["calendar"] = ics
    else:
        spec["attachments"] = [dict(kind="ics", filename="reunion.ics", text=ics)]
    return spec


def n_zip_formulaires(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(3)]
    files = []
    for title, fields in r.sample(BLANK_FORMS, 3):
        files.append((title.split(" – ")[0].replace(" ", "_").replace("'", "") + ".pdf", pdf_bytes(title, fields, compress=True)))
    files.append(("LISEZMOI.txt", "Formulaires vierges – version {}. Ne pas modifier.".format(c.date.year).encode("utf-8")))
    return nspec(c, s, to, "Trousse de formulaires (zip)", join(c.greet(), "La trousse complète des formulaires vierges est jointe.", c.sig(s[0])),
                 "ZIP of blank forms", attachments=[dict(kind="zip", filename="trousse_formulaires.zip", data=zip_bytes(files))])


def n_fwd_eml_ti(c):
    r = c.rng
    s = c.staff()
    d = c.staff()
    it = c.staff()
    inner = dict(lang="fr", subject="Panne – imprimantes de l'aile B", text=join("Bonjour,", "Les imprimantes de l'aile B sont hors service "
                 "jusqu'à nouvel ordre. Utilisez celles du poste central.", "Centre de services TI"), attachments=[],
                 date=msg_date(r, c.when(-1)), to=[("", f"tous@{c.org['dom']}")], cc=[], types=[], **{"from": (it[0].full, it[1])})
    data = inner_eml(inner, r)
    return nspec(c, s, [d], "TR: Panne – imprimantes", join(c.greet(d[0]), "Pour info, voir le courriel joint.", s[0].given),
                 "Forwarded IT notice as attached .eml", attachments=[dict(kind="eml", data=data, filename=r.choice([None, "panne.eml"]))])


def n_capacite(c):
    r = c.rng
    s = c.staff()
    d = c.ext_staff(dom=r.choice(["chsld-pins.example", "ciusss-voisin.example"]))
    v = r.randint(0, 2)
    if v == 0:
        body = ("Combien de lits URFI sont disponibles chez vous cette semaine? Nous avons plusieurs candidats post-fracture "
                "de hanche en attente.")
    elif v == 1:
        body = (f"Pour la planification : nous prévoyons {r.randint(3, 9)} demandes d'hébergement CHSLD dans les deux prochaines "
                "semaines, dont deux avec SCPD importants. Avez-vous des places en unité prothétique?")
    else:
        body = ("Pourriez-vous nous transmettre le nombre de places disponibles en RI (clientèle DP et SAPA) en date de lundi?")
    return nspec(c, s, [d], r.choice(["Disponibilité des lits", "Places disponibles?", "Capacité – semaine prochaine"]),
                 join(c.greet(d[0]), body, c.close(), c.sig(s[0])), "Capacity question, no patient identified")


def n_stats_petites(c):
    r = c.rng
    s = c.staff()
    to = [c.staff() for _ in range(2)]
    body = (f"Bilan trimestriel du programme itinérance :\n- {r.randint(20, 60)} usagers rencontrés à l'urgence\n"
            f"- 1 usager de plus de 80 ans\n- {r.randint(2, 9)} références vers un refuge\n- {r.randint(1, 4)} accès à un logement "
            f"supervisé\n- Principaux problèmes : santé mentale ({r.randint(40, 70)} %), dépendances ({r.randint(30, 60)} %)")
    data = xlsx_bytes([("T" + str(r.randint(1, 4)), ["Indicateur", "Valeur"],
                        [["Usagers rencontrés", r.randint(20, 60)], ["Références refuge", r.randint(2, 9)]])])
    return nspec(c, s, to, "Bilan trimestriel – itinérance", join(c.greet(), body, c.sig(s[0])),
                 "Small-cell aggregate statistics", attachments=[dict(kind="xlsx", filename="bilan_itinerance.xlsx", data=data)]
                 if r.random() < 0.5 else None)


NEG_B = [
    ("formulaire_vierge", n_formulaire_vierge, 6),
    ("cas_anonymise", n_cas_anonymise, 4),
    ("rupture_medicament", n_rupture, 3),
    ("rappel_fournisseur", n_rappel, 3),
    ("recherche", n_recherche, 3),
    ("procedure", n_procedure, 4),
    ("repertoire_ressources", n_repertoire, 4),
    ("compte_rendu", n_compte_rendu, 4),
    ("garde_medecins", n_medecins, 3),
    ("evenement_social", n_social, 3),
    ("logistique_reponse", n_logistique_reply, 4),
    ("soumission", n_soumission, 2),
    ("question_processus", n_question_processus, 4),
    ("agrement", n_agrement, 3),
    ("benevolat", n_benevolat, 2),
    ("vcard_contact", n_vcard_contact, 3),
    ("invitation_reunion", n_ics_reunion, 3),
    ("zip_formulaires", n_zip_formulaires, 2),
    ("eml_ti", n_fwd_eml_ti, 2),
    ("capacite_lits", n_capacite, 4),
    ("stats_petites", n_stats_petites, 2),
]
