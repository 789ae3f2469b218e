"""Negative templates, part A (French): planned outage, staff EHR access, fax procedure with blank form,
HL7 ACK without patient data, printer serials, HR-led access audit of an employee, newsletter, on-call
schedule, payroll, staff sick note, job posting, security committee."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS, staff, addr, luhn_serial, ticket, phone, ORG_FR)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, SD_FR, CI_FR
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def n_outage_fr(reg, rng, k):
    st = staff(reg)
    day = rng.choice(["dimanche 14 avril", "samedi 8 juin", "dimanche 22 septembre", "dimanche 3 novembre"])
    sysname = ["DCI Orion", "LabSphère", "Portail Mon Héron", "serveur d'impression des unités"][k]
    text = (f"À tout le personnel des unités de soins,\n\nUne interruption planifiée du {sysname} aura lieu le "
            f"{day}, de 1 h 30 à 4 h 00, pour l'application de correctifs de sécurité.\n\nPendant l'arrêt :\n"
            f"- imprimez les FADM et les listes d'unité avant 1 h 15;\n- utilisez les formulaires papier "
            f"de requête de laboratoire (AH-120) et d'ordonnances (AH-210);\n- les résultats critiques seront "
            f"téléphonés par le laboratoire;\n- la saisie rétroactive devra être faite avant 8 h.\n\nPour toute "
            f"question : Centre de services TI, {phone(rng)}, 24/7.\n\n{sig(st, 'fr', CI_FR, rng)}")
    return Spec('fr', 'it_outage', 'avis d’interruption planifiée d’un système clinique', [],
                f"AVIS - Interruption planifiée {sysname} - {day}", addr(st),
                [('Personnel des unités de soins', f'liste.soins@{DOM}')], text)


def n_staff_access_fr(reg, rng, k):
    mgr, emp, agent = staff(reg), staff(reg, sex='F'), staff(reg)
    unit = rng.choice(UNITS)
    dob = datetime.date(rng.randrange(1965, 2001), rng.randrange(1, 13), rng.randrange(1, 29))
    role = rng.choice(["Infirmière auxiliaire", "Préposée aux bénéficiaires", "Inhalothérapeute",
                       "Agente administrative", "Nutritionniste"])
    text = (f"Bonjour,\n\nMerci de créer les accès pour une nouvelle personne salariée qui commence lundi :\n\n"
            f"Nom : {emp['name']}\nMatricule : {rng.randrange(100000, 999999)}\nDate de naissance : {dob.isoformat()} "
            f"(pour la validation d'identité RH)\nTitre d'emploi : {role}\nUnité : {unit}\nProfil demandé : "
            f"« Soins – consultation et documentation », impression des étiquettes, accès au lecteur code-barres.\n"
            f"Poste de travail : partagé, pas de courriel nominatif avant la fin de la probation.\n\n"
            f"{sig(mgr, 'fr', 'Chef de service – ' + unit, rng)}")
    if k % 2 == 1:
        text = (f"Bonjour {mgr['given']},\n\nLes accès sont créés (demande {ticket(rng, 'RITM')}). Le mot de passe "
                f"temporaire sera remis en main propre par l'équipe de soutien de proximité lundi à 8 h.\n\n"
                f"{sig(agent, 'fr', SD_FR, rng)}\n\n{reply_header('fr', mgr['name'], mgr['email'], when(rng))}\n"
                f"{quote(text)}")
        return Spec('fr', 'staff_access', 'confirmation de création d’accès pour une nouvelle employée', [],
                    "RE: Création d'accès - nouvelle ressource", addr(agent), [addr(mgr)], text, reply=True)
    return Spec('fr', 'staff_access', 'demande de création d’accès pour une nouvelle employée', [],
                "Création d'accès - nouvelle ressource", addr(mgr), [('Centre de services TI', f'csti@{DOM}')], text)


def n_fax_procedure_fr(reg, rng, k):
    st = staff(reg)
    form = ["## Déclaration de télécopie mal acheminée", "Date de l'envoi : ____________",
            "Nom de l'usager : ______________________________", "NAM : ____ ____ ____   No de dossier : __________",
            "Date de naissance : ____ / ____ / ______", "Destinataire prévu : ____________________",
            "Destinataire réel : ____________________", "Document détruit ?  oui / non",
            "Signature de l'employé : ____________________"]
    atts = []
    if k % 2 == 0:
        atts.append(Att("Formulaire_déclaration_télécopie.pdf", 'application/pdf',
                        make_pdf("Formulaire de déclaration", form), 'pdf'))
    else:
        atts.append(Att("formulaire_telecopie_vierge.docx", DOCX, make_docx("Déclaration de télécopie", form[1:]), 'docx'))
    text = (f"Bonjour à toutes et à tous,\n\nAu dernier trimestre, {rng.randrange(9, 31)} télécopies ont été "
            f"acheminées au mauvais destinataire dans l'ensemble du CIUSSS. Rappel de la procédure :\n\n"
            f"1. Vérifier le numéro avant chaque envoi, même avec un numéro abrégé;\n2. Utiliser la page "
            f"couverture officielle;\n3. En cas d'erreur, remplir le formulaire ci-joint et l'envoyer au Bureau "
            f"de la protection des renseignements dans les 24 h.\n\nLe formulaire vierge est joint.\n\n"
            f"{sig(st, 'fr', 'Responsable de la protection des renseignements personnels', rng)}")
    return Spec('fr', 'fax_procedure', 'rappel de procédure avec formulaire vierge de déclaration', [],
                "Rappel - télécopies mal acheminées", addr(st), [('Tout le personnel', f'tous@{DOM}')], text, atts=atts)


def n_hl7_ack_fr(reg, rng, k):
    a, b = staff(reg), staff(reg)
    ctrl = f"ORU{rng.randrange(10 ** 9, 10 ** 10)}"
    err = rng.choice(["OBX-5 dépasse 64 000 caractères (PDF encapsulé)", "MSH-9 type de message non supporté",
                      "OBR-4 code d'analyse inconnu : GLU-AC2", "Délai d'attente ACK dépassé (30 s)"])
    text = (f"Bonjour {b['given']},\n\nDepuis 21 h 40, le canal LABSPHERE→ORION renvoie des NAK. Exemple d'accusé "
            f"de réception (aucune donnée d'usager dans l'ACK) :\n\n"
            f"MSH|^~\\&|ORION|HSH|LABSPHERE|HSH|20240{rng.randrange(1, 9)}1{rng.randrange(0, 9)}214012||ACK^R01|A{ctrl}|P|2.5.1\n"
            f"MSA|AE|{ctrl}|{err}\nERR|||207^Application internal error^HL70357|E\n\nStatistiques de la nuit : "
            f"{rng.randrange(200, 900)} messages reçus, {rng.randrange(10, 90)} en erreur, tous réinjectés à 6 h 05 "
            f"après correction de la table OBR-4.\n\n{a['given']}\n{CI_FR}")
    return Spec('fr', 'hl7_error', 'accusé de réception HL7 en erreur, sans donnée d’usager', [],
                rng.choice(["NAK canal LABSPHERE-ORION", "Erreurs ACK cette nuit", "Interface labo - NAK AE"]),
                addr(a), [addr(b)], text)


def n_printer_serial_fr(reg, rng, k):
    tech, mgr = staff(reg), staff(reg)
    rows = [("Unité", "Modèle", "No de série", "Actif", "Problème")]
    for u in rng.sample(UNITS, 4):
        rows.append((u, rng.choice(["ZD421", "ZT411", "ZD621"]), luhn_serial(rng, str(rng.randrange(1, 8)), 9),
                     f"HSH-{rng.randrange(10000, 99999)}", rng.choice(["tête usée", "ruban froissé", "calibration",
                                                                      "pilote à jour"])))
    body = '\n'.join(' | '.join(r) for r in rows)
    text = (f"Bonjour {mgr['given']},\n\nVoici l'état des imprimantes d'étiquettes après la tournée de ce matin. "
            f"Deux têtes d'impression sont à remplacer (garantie en vigueur jusqu'en 2025).\n\n{body}\n\n"
            f"Commande de rubans : 24 rouleaux 110 mm x 74 m, lot fournisseur R{rng.randrange(10 ** 7, 10 ** 8)}.\n\n"
            f"{sig(tech, 'fr', 'Technicien – soutien de proximité', rng)}")
    atts = []
    if k >= 2:
        atts.append(Att("inventaire_imprimantes_etiquettes.xlsx", XLSX, make_xlsx([("Imprimantes", rows)]), 'xlsx'))
    return Spec('fr', 'printer_inventory', 'tournée des imprimantes d’étiquettes avec numéros de série', [],
                "Tournée imprimantes d'étiquettes", addr(tech), [addr(mgr)], text, atts=atts)


def n_audit_employee_fr(reg, rng, k):
    hr, sec, emp = staff(reg, sex='F'), staff(reg), staff(reg, sex='F')
    text = (f"Bonjour,\n\nÀ la demande de la Direction des ressources humaines, merci de produire la journalisation "
            f"des accès de l'employée {emp['name']} (matricule {rng.randrange(100000, 999999)}, préposée aux "
            f"bénéficiaires, {rng.choice(UNITS)}) pour la période du 1er janvier au 31 mars.\n\nNous avons besoin "
            f"seulement du nombre d'accès par module et par unité, sans l'identité des usagers consultés, pour la "
            f"rencontre disciplinaire du {rng.randrange(2, 28)} avril. L'employée est actuellement en "
            f"suspension administrative avec solde.\n\n{sig(hr, 'fr', 'Conseillère en relations de travail', rng)}")
    return Spec('fr', 'audit_log', 'demande RH de journalisation agrégée des accès d’une employée', [],
                "Journalisation - dossier disciplinaire (confidentiel RH)", addr(hr), [addr(sec)], text)


def n_newsletter_fr(reg, rng, k):
    a, b, c, ed = staff(reg, sex='F'), staff(reg, sex='M'), staff(reg, sex='M'), staff(reg)
    text = (f"L'INFO-DCI – numéro {rng.randrange(20, 60)}\n\n"
            f"1. Ordonnances pré-rédigées MPOC : la Dre {a['name']}, pneumologue, présentera les nouvelles "
            f"ordonnances d'exacerbation de MPOC et d'oxygénothérapie le {rng.randrange(2, 28)} mai.\n\n"
            f"2. Insuline : le Dr {b['name']}, endocrinologue, rappelle que les protocoles d'insuline sous-cutanée "
            f"pour le diabète de type 1 sont maintenant dans Orion.\n\n3. Portail Mon Héron : {rng.randrange(11, 19)} 000 "
            f"comptes actifs. Merci à M. {c['name']} et à son équipe du soutien.\n\n4. Rappel : ne jamais "
            f"inscrire de renseignements cliniques dans l'objet d'un courriel.\n\nBonne lecture !\nL'équipe de "
            f"l'informatique clinique")
    return Spec('fr', 'newsletter', 'bulletin d’informatique clinique avec médecins et spécialités', [],
                "L'Info-DCI - mai", addr(ed), [('Tout le personnel clinique', f'cliniciens@{DOM}')], text)


def n_oncall_fr(reg, rng, k):
    team = [staff(reg) for _ in range(4)]
    coord = staff(reg)
    rows = '\n'.join(f"Semaine du {d} : {t['name']} ({phone(rng)})" for d, t in
                     zip(["6 mai", "13 mai", "20 mai", "27 mai"], team))
    text = (f"Bonjour,\n\nVoici la garde de l'équipe interfaces pour mai :\n\n{rows}\n\nÉchanges de garde : "
            f"m'aviser 48 h à l'avance. {team[2]['given']} est en congé parental à partir du 3 juin, on "
            f"refera la rotation.\n\n{coord['given']}")
    ics = make_ics(f"garde-{k}@{DOM}", datetime.datetime(2024, 5, 6, 8, 0), datetime.datetime(2024, 5, 13, 8, 0),
                   f"Garde interfaces – {team[0]['name']}", "Cellulaire de garde : " + phone(rng),
                   "À distance", (coord['name'], coord['email']))
    return Spec('fr', 'schedule', 'horaire de garde de l’équipe interfaces', [], "Garde interfaces - mai",
                addr(coord), [addr(t) for t in team], text,
                atts=[Att("garde_équipe_interfaces_mai.ics", 'text/calendar', ics.encode('utf-8'), 'ics')] if k % 2 == 0 else [])


def n_payroll_fr(reg, rng, k):
    emp, pay = staff(reg), staff(reg, sex='F')
    text = (f"Bonjour {emp['given']},\n\nSuite à votre demande, la correction de paie sera faite sur la paie du "
            f"{rng.randrange(2, 28)} mai :\n\n- Matricule : {rng.randrange(100000, 999999)}\n- Heures de garde "
            f"non payées (période 7) : {rng.randrange(8, 40)} h\n- Prime de soir : 4 quarts\n- Montant brut "
            f"estimé : {rng.randrange(300, 1500)},{rng.randrange(10, 99)} $\n- Numéro de transaction : "
            f"{luhn_serial(rng, '7', 10)}\n\nVotre relevé modifié sera dans le libre-service employé.\n\n"
            f"{sig(pay, 'fr', 'Technicienne en administration – paie', rng)}")
    return Spec('fr', 'payroll', 'correction de paie d’une employée', [], "Correction de paie - période 7",
                addr(pay), [addr(emp)], text)


def n_staff_sick_fr(reg, rng, k):
    emp, mgr = staff(reg), staff(reg)
    ill = rng.choice(["une gastro-entérite", "une pneumonie", "une entorse à la cheville", "une migraine sévère"])
    text = (f"Bonjour {mgr['given']},\n\nJe ne pourrai pas rentrer demain ni jeudi : j'ai {ill} et mon médecin m'a "
            f"remis un billet d'arrêt jusqu'à vendredi. Je l'envoie au bureau de santé et sécurité au travail. "
            f"Mes billets en cours sont réassignés à {reg.person()[0]} pour la file d'impression.\n\nMerci de votre "
            f"compréhension,\n{emp['given']}")
    return Spec('fr', 'staff_absence', 'absence maladie d’une employée à sa gestionnaire', [],
                "Absence demain et jeudi", addr(emp), [addr(mgr)], text)


def n_job_fr(reg, rng, k):
    rh = staff(reg, sex='F')
    text = (f"AFFICHAGE INTERNE/EXTERNE – no {rng.randrange(2024000, 2024999)}\n\nAnalyste en informatique "
            f"clinique (interfaces HL7 / FHIR)\nDirection des ressources informationnelles – {ORG_FR}\n\n"
            f"Statut : temps complet permanent, 35 h/semaine\nLieu : Hôpital de Saint-Héron (hybride)\n"
            f"Échelle salariale : 32,50 $ à 58,57 $ l'heure\n\nResponsabilités : analyse des flux ADT, ORU et "
            f"SIU; configuration du moteur d'interfaces; soutien aux unités lors des pannes.\n\nExigences : "
            f"baccalauréat en informatique ou en sciences de la santé; connaissance de HL7 v2.x.\n\nPour postuler : "
            f"carrieres@{DOM} avant le {rng.randrange(2, 28)} juin.\n\n{rh['name']}, conseillère en acquisition de talents")
    return Spec('fr', 'job_posting', 'affichage de poste d’analyste en informatique clinique', [],
                "Affichage - Analyste en informatique clinique", addr(rh), [('Tout le personnel', f'tous@{DOM}')], text)


def n_committee_fr(reg, rng, k):
    mem = [staff(reg, sex=s) for s in 'FMMFM']
    sec = staff(reg)
    text = (f"Bonjour,\n\nVoici l'ordre du jour du Comité de sécurité de l'information du {rng.randrange(2, 28)} "
            f"{rng.choice(['mars', 'mai', 'octobre'])}, 13 h 30, salle 2.14 et Teams.\n\n1. Adoption du compte "
            f"rendu\n2. Incidents de confidentialité du trimestre ({rng.randrange(12, 40)} déclarés, dont "
            f"{rng.randrange(5, 12)} télécopies et {rng.randrange(2, 9)} courriels mal acheminés) – Mme {mem[0]['name']}\n"
            f"3. Journalisation proactive des accès au DCI – M. {mem[1]['name']}\n4. Chiffrement des clés USB – "
            f"Dr {mem[2]['name']}\n5. Varia\n\nMembres : " + ', '.join(m['name'] for m in mem) +
            f"\n\n{sig(sec, 'fr', 'Secrétaire du comité', rng)}")
    return Spec('fr', 'committee', 'ordre du jour du comité de sécurité de l’information', [],
                "Comité de sécurité de l'information - ordre du jour", addr(sec), [addr(m) for m in mem], text)


TEMPLATES = [n_outage_fr, n_staff_access_fr, n_fax_procedure_fr, n_hl7_ack_fr, n_printer_serial_fr,
             n_audit_employee_fr, n_newsletter_fr, n_oncall_fr, n_payroll_fr, n_staff_sick_fr, n_job_fr,
             n_committee_fr]
