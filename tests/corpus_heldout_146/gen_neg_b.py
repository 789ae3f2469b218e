"""Negative templates, part B (French): invoice, purchase order, portal statistics, de-identified teaching
case, mail-merge template, drug shortage, device recall, conference, facilities, portal knowledge-base
article, staff birthdays and a colleague's baby."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS, staff, addr, luhn_serial, ticket, phone, ORG_FR)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, SD_FR, CI_FR
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_zip, make_vcf

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def n_invoice_fr(reg, rng, k):
    ap, vend = staff(reg), staff(reg, dom='etiquettes-boreal.example')
    no = f"F-{rng.randrange(100000, 999999)}"
    lines = ["## FACTURE", "Étiquettes Boréal inc., 455 rue de l'Industrie, Val-des-Bouleaux, 873-555-0117",
             f"Facture no : {no}", f"No client : {rng.randrange(10000, 99999)}",
             f"Bon de commande : BC-{rng.randrange(4500000, 4599999)}", "Date : 2024-04-18",
             "Expédier à : Magasin central, Hôpital de Saint-Héron",
             f"Étiquettes thermiques 57 x 32 mm, lot {luhn_serial(rng, '2', 10)} – 40 rouleaux – 612,00 $",
             f"Rubans cire/résine 110 mm, lot {luhn_serial(rng, '4', 10)} – 24 rouleaux – 398,40 $",
             "TPS 5 % : 50,52 $   TVQ 9,975 % : 100,79 $   Total : 1 161,71 $", "Paiement : net 30 jours"]
    text = (f"Bonjour,\n\nVeuillez trouver ci-jointe la facture {no} pour la livraison du 16 avril.\n\n"
            f"Cordialement,\n{vend['name']}\nService à la clientèle, Étiquettes Boréal\n873-555-0117")
    return Spec('fr', 'invoice', 'facture d’un fournisseur d’étiquettes et rubans', [], f"Facture {no}",
                addr(vend), [('Comptes fournisseurs', f'comptes.fournisseurs@{DOM}')], text,
                atts=[Att(f"Facture_Étiquettes_Boréal_{no}.pdf", 'application/pdf', make_pdf("Facture", lines), 'pdf')])


def n_po_fr(reg, rng, k):
    buyer, ci = staff(reg, sex='F'), staff(reg)
    rows = [("Article", "Description", "Qté", "Prix unitaire", "No de série")]
    for i in range(4):
        rows.append((f"LCB-{rng.randrange(100, 999)}", "Lecteur code-barres 2D sans fil, socle de recharge",
                     "1", "389,00", luhn_serial(rng, str(rng.randrange(1, 8)), 9)))
    text = (f"Bonjour {ci['given']},\n\nLe bon de commande BC-{rng.randrange(4500000, 4599999)} pour les lecteurs "
            f"code-barres de la phase 2 (administration des médicaments) est approuvé. Liste des numéros de "
            f"série reçus du fournisseur en pièce jointe pour l'inventaire des actifs.\n\n"
            f"{sig(buyer, 'fr', 'Acheteuse – approvisionnement', rng)}")
    return Spec('fr', 'purchase_order', 'bon de commande de lecteurs code-barres avec numéros de série', [],
                "BC approuvé - lecteurs code-barres phase 2", addr(buyer), [addr(ci)], text,
                atts=[Att("BC_lecteurs_numéros_de_série.xlsx", XLSX, make_xlsx([("BC", rows)]), 'xlsx')])


def n_stats_fr(reg, rng, k):
    an, dirr = staff(reg), staff(reg)
    rows = [("CLSC / site", "Comptes actifs", "Activation %", "Résultats consultés", "Messages sécurisés")]
    for s in SITES:
        rows.append((s, rng.randrange(800, 4000), f"{rng.randrange(18, 61)} %", rng.randrange(2000, 20000),
                     rng.randrange(50, 900)))
    text = (f"Bonjour {dirr['given']},\n\nStatistiques trimestrielles du portail Mon Héron (données agrégées, "
            f"aucune donnée nominative). Faits saillants :\n- l'activation chez les 65 ans et plus est passée "
            f"de 21 % à 29 %;\n- les usagers suivis pour diabète ou MPOC consultent leurs résultats 2,3 fois plus "
            f"souvent que la moyenne;\n- {rng.randrange(120, 400)} demandes de soutien, délai médian de réponse "
            f"6 h.\n\nLe détail par site est dans le fichier joint.\n\n{sig(an, 'fr', 'Analyste – performance', rng)}")
    return Spec('fr', 'statistics', 'statistiques agrégées du portail patient', [],
                "Statistiques portail - T1", addr(an), [addr(dirr)], text,
                atts=[Att("Statistiques_portail_Mon_Héron_T1.xlsx", XLSX, make_xlsx([("T1", rows)]), 'xlsx')] if k != 3 else [])


def n_teaching_fr(reg, rng, k):
    fo = staff(reg, sex='F')
    age = rng.randrange(60, 90)
    text = (f"Bonjour,\n\nPour la formation des nouveaux résidents sur les ordonnances électroniques, voici le cas "
            f"fictif utilisé en atelier (aucun usager réel) :\n\nFemme de {age} ans, fibrillation auriculaire sous "
            f"warfarine, admise pour pneumonie. RNI à l'admission 3,4. On lui prescrit clarithromycine.\n\n"
            f"Questions :\n1. Quelle alerte d'interaction Orion affiche-t-il ?\n2. Comment documenter la raison "
            f"du maintien de l'ordonnance ?\n3. Où trouver le protocole d'ajustement de la warfarine ?\n\n"
            f"Environnement de formation : https://formation-orion.{DOM}/ (usager de formation « ZZFORMATION, Cas 03 »)."
            f"\n\n{sig(fo, 'fr', 'Conseillère en formation – DCI', rng)}")
    return Spec('fr', 'teaching_case', 'cas clinique fictif pour la formation aux ordonnances électroniques', [],
                "Atelier ordonnances électroniques - cas fictif", addr(fo), [('Résidents R1', f'residents.r1@{DOM}')], text)


def n_template_fr(reg, rng, k):
    st = staff(reg)
    tpl = ["Bonjour «Prénom» «Nom»,", "Nous vous rappelons votre rendez-vous du «Date_RV» à «Heure_RV» à la «Clinique».",
           "Veuillez apporter votre carte d'assurance maladie (NAM : «NAM») et la liste de vos médicaments.",
           "Pour annuler : «Téléphone_clinique».", "Centre de rendez-vous – " + ORG_FR]
    text = (f"Bonjour,\n\nVoici le nouveau gabarit de lettre de rappel pour la fusion de publipostage (les champs "
            f"entre « » sont remplis automatiquement par l'extraction du système de rendez-vous). Merci de ne "
            f"plus utiliser l'ancienne version.\n\n{sig(st, 'fr', 'Centre de rendez-vous', rng)}")
    return Spec('fr', 'template', 'gabarit de publipostage vierge pour rappels de rendez-vous', [],
                "Nouveau gabarit - lettre de rappel", addr(st), [('Agentes du centre de rendez-vous', f'crv@{DOM}')],
                text, atts=[Att("gabarit_rappel_RV.docx", DOCX, make_docx("Gabarit rappel", tpl), 'docx')])


def n_shortage_fr(reg, rng, k):
    ph = staff(reg, sex='F')
    drug = [("pipéracilline-tazobactam 4,5 g", "céfépime + métronidazole"),
            ("salbutamol en aérosol 100 mcg", "salbutamol en nébulisation"),
            ("héparine 5 000 unités/mL fiole 10 mL", "héparine fiole 1 mL"),
            ("sémaglutide (Ozempic) 1 mg", "dulaglutide")][k]
    text = (f"AVIS DE PÉNURIE – Département de pharmacie\n\nProduit : {drug[0]}\nDurée prévue : 6 à 8 semaines "
            f"(rupture chez le fabricant)\nSolution de rechange : {drug[1]}, selon l'ordonnance pré-rédigée "
            f"modifiée dans Orion.\n\nLes ordonnances actives seront révisées par les pharmaciens des unités. "
            f"Questions : Dre {ph['name']}, chef du département de pharmacie, {phone(rng)}.\n\n{disclaimer('fr', rng)}")
    return Spec('fr', 'drug_shortage', 'avis de pénurie de médicament', [], f"Pénurie - {drug[0]}", addr(ph),
                [('Prescripteurs', f'prescripteurs@{DOM}')], text)


def n_recall_fr(reg, rng, k):
    bio = staff(reg)
    lots = [f"{rng.choice(['TBGA', 'VLKR', 'PMXE'])}{rng.randrange(10 ** 7, 10 ** 8)}" for _ in range(3)]
    text = (f"AVIS DE RAPPEL – génie biomédical\n\nLe fabricant rappelle des tubulures de pompe volumétrique "
            f"(risque de débit libre). Lots visés :\n" + '\n'.join(f"- {l}" for l in lots) +
            f"\n\nNuméros de série des pompes à mettre à jour (logiciel 4.2) : {luhn_serial(rng, '3', 9)}, "
            f"{luhn_serial(rng, '5', 9)}, {luhn_serial(rng, '6', 9)}.\n\nRetirez les boîtes de ces lots et "
            f"appelez le magasin au {phone(rng)}.\n\n{sig(bio, 'fr', 'Génie biomédical', rng)}")
    return Spec('fr', 'recall', 'rappel de lots de tubulures et de pompes', [], "RAPPEL - tubulures de pompe",
                addr(bio), [('Chefs d’unité', f'chefs.unite@{DOM}')], text)


def n_conference_fr(reg, rng, k):
    sp = [staff(reg, sex=s) for s in 'FMMF']
    org = staff(reg)
    prog = ["## Colloque régional en santé numérique – 14 juin", "8 h 30 – Ouverture",
            f"9 h 00 – Dre {sp[0]['name']} (cardiologue) : Télésurveillance de l'insuffisance cardiaque",
            f"10 h 15 – M. {sp[1]['name']} : FHIR et le Dossier santé Québec",
            f"11 h 00 – Dr {sp[2]['name']} (psychiatre) : Le portail patient en santé mentale",
            f"13 h 30 – Mme {sp[3]['name']} : Détection précoce du sepsis par IA", "16 h 00 – Clôture"]
    text = (f"Bonjour,\n\nLe programme du colloque est joint. Inscription gratuite pour le personnel avant le "
            f"31 mai.\n\n{sig(org, 'fr', 'Comité organisateur', rng)}")
    return Spec('fr', 'conference', 'programme de colloque en santé numérique', [], "Programme - colloque santé numérique",
                addr(org), [('Tout le personnel', f'tous@{DOM}')], text,
                atts=[Att("programme_colloque_santé_numérique.pdf", 'application/pdf', make_pdf("Programme", prog), 'pdf')])


def n_facilities_fr(reg, rng, k):
    st = staff(reg)
    what = ["coupure électrique planifiée (essai de la génératrice)", "travaux de ventilation au 3e Sud",
            "remplacement de l'ascenseur B", "fermeture du stationnement P2"][k]
    text = (f"Bonjour,\n\nAvis des services techniques : {what} le {rng.randrange(2, 28)} juin de 6 h à 9 h.\n"
            f"Les prises rouges resteront alimentées. Les postes informatiques non branchés sur une prise rouge "
            f"seront éteints.\n\nUrgences : 819-555-01{rng.randrange(10, 99)} (répartition des services techniques).\n\n"
            f"{sig(st, 'fr', 'Services techniques', rng)}")
    return Spec('fr', 'facilities', 'avis des services techniques', [], f"Avis - {what}", addr(st),
                [('Tout le personnel', f'tous@{DOM}')], text)


def n_kb_portal_fr(reg, rng, k):
    st = staff(reg, sex='F')
    text = (f"Bonjour l'équipe,\n\nMise à jour de l'article KB0012{rng.randrange(10, 99)} « Vérification d'identité "
            f"au téléphone » :\n\n1. Demander le nom complet, la date de naissance et le NAM (format XXXX 0000 0000).\n"
            f"2. Ne jamais lire à voix haute un résultat ou un diagnostic : le soutien technique ne donne aucune "
            f"information clinique.\n3. Si l'usager demande un résultat, le diriger vers sa clinique.\n4. Consigner "
            f"uniquement le numéro de demande, jamais le NAM, dans le billet.\n\nMerci !\n"
            f"{sig(st, 'fr', 'Coordonnatrice du soutien au portail', rng)}")
    return Spec('fr', 'knowledge_base', 'article de base de connaissances sur la vérification d’identité', [],
                "KB - vérification d'identité (mise à jour)", addr(st), [('Soutien portail', f'soutien.portail@{DOM}')], text)


def n_baby_fr(reg, rng, k):
    a, org = staff(reg), staff(reg)
    bname = rng.choice(["Léa", "Mia", "Arthur", "Florence", "Noah"])
    bd = datetime.date(2024, rng.randrange(1, 12), rng.randrange(1, 28))
    births = '\n'.join(f"- {s['name']} : {datetime.date(rng.randrange(1970, 2000), 5, d).strftime('%d/%m')}"
                       for s, d in ((staff(reg), rng.randrange(1, 29)) for _ in range(3)))
    fem = bname in ('Léa', 'Mia', 'Florence')
    text = (f"Bonjour à tous,\n\nBonne nouvelle : {a['name']} a accueilli {'la petite' if fem else 'le petit'} {bname}, "
            f"{'née' if fem else 'né'} le {bd.strftime('%d/%m/%Y')} ({rng.randrange(29, 41) / 10:.1f} kg). Tout le monde va bien !\n\nUne carte circule au "
            f"bureau 1.12 jusqu'à vendredi.\n\nEt les anniversaires de mai au CSTI :\n{births}\n\nGâteau jeudi 15 h.\n{org['given']}")
    return Spec('fr', 'social_staff', 'nouvelle d’une naissance chez une collègue et anniversaires du personnel', [],
                f"Bienvenue {bname} ! + anniversaires de mai", addr(org), [('Équipe CSTI', f'equipe.csti@{DOM}')], text)


TEMPLATES = [n_invoice_fr, n_po_fr, n_stats_fr, n_teaching_fr, n_template_fr, n_shortage_fr, n_recall_fr,
             n_conference_fr, n_facilities_fr, n_kb_portal_fr, n_baby_fr]
