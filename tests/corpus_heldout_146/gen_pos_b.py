"""Positive templates, part B (French): insurer form with SIN, youth protection, critical lab value,
transport booking (ICS), French NIR, Belgian NISS, biopsy hold, vCard callback, reconciliation ZIP,
barcode medication scanning."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS, staff, addr, title, age_on, fmt_nam, fmt_date, fmt_mrn,
                        fmt_sin, fmt_nir, fmt_niss, make_sin, make_nir, make_niss, ticket, phone, email_of)
from gen_text import sig, disclaimer, quote, reply_header, when, fwd_block, outlook_block, SD_FR, CI_FR
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv, make_ics, make_vcf, make_zip
from gen_vocab import DX_FR, MED_FR, LAB_FR


def p_insurer_form_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 22, 62)
    clerk, agent, md = staff(reg, sex='F'), staff(reg), staff(reg)
    sin = make_sin(rng)
    sin_s = fmt_sin(sin, ['spaced', 'plain', 'full'][k])
    dob = fmt_date(p.dob, 'fr', ['iso', 'dmy', 'long'][k])
    dx = rng.choice(["entorse lombaire L4-L5", "fracture du radius distal droit", "épicondylite latérale gauche",
                     "trouble de l'adaptation avec humeur anxieuse"])
    form = make_pdf("Attestation médicale", [
        "## Attestation médicale – lésion professionnelle", f"Nom du travailleur : {p.surname}, {p.given}",
        f"Numéro d'assurance sociale : {sin_s}", f"Date de naissance : {dob}",
        f"Diagnostic : {dx}", "Date de l'événement : 2024-03-04", "Arrêt de travail : oui, réévaluation dans 3 semaines",
        f"Médecin : Dr {md['name']}"])
    text = (f"Bonjour,\n\nLe formulaire d'attestation médicale (PDF remplissable) plante quand je clique sur "
            f"« Signer » : Acrobat affiche « Ce document a été modifié après la signature ». Je vous joins le "
            f"formulaire rempli pour que vous puissiez reproduire le problème.\n\n")
    if k == 1:
        text += (f"(Pour info c'est le dossier de {p.given} {p.surname}, {dx}; il faut qu'il parte à la CNESST "
                 f"aujourd'hui.)\n\n")
    text += f"Merci !\n\n{sig(clerk, 'fr', 'Agente administrative – clinique externe d’orthopédie', rng)}"
    return Spec('fr', 'insurer_form', "formulaire d'attestation médicale pour un assureur public, joint pour soutien",
                ['patient_name', 'ca_sin', 'date_of_birth', 'diagnosis'],
                "Formulaire attestation médicale - signature impossible", addr(clerk), [addr(agent)], text,
                atts=[Att(f"attestation_médicale_{p.surname.lower()}_{p.given.lower()}.pdf", 'application/pdf', form, 'pdf')],
                ids=[('ca_sin', sin_s)], probes=[p.surname])


def p_youth_protection_fr(reg, rng, k):
    c = reg.patient(rng, 'fr', 3, 13)
    sw, agent = staff(reg, sex='F'), staff(reg)
    dob = fmt_date(c.dob, 'fr', ['iso', 'long', 'dmy'][k])
    nm = [f"{c.given} {c.surname}", f"{c.surname.upper()} {c.given}", f"{c.given} ({c.surname})"][k]
    text = (f"Bonjour,\n\nLe formulaire de signalement à la DPJ ne s'enregistre pas dans le DCI (erreur « Délai "
            f"dépassé » après 2 minutes). Pour ne pas perdre ce que j'ai rédigé, je vous le colle ici; pouvez-vous "
            f"vérifier ce qui bloque ?\n\n---\nEnfant : {nm}, {'née' if c.sex == 'F' else 'né'} le {dob}\n"
            f"Motif : fracture de l'avant-bras gauche, explications incohérentes; ecchymoses d'âges différents au dos.\n"
            f"Contexte : mère hébergée en maison d'hébergement depuis 2 semaines (violence conjugale), père "
            f"connu pour consommation. Fratrie : 2 enfants, dont un déjà suivi en protection de la jeunesse.\n"
            f"Signalement téléphonique fait à 14 h 20.\n---\n\nJe dois le verser au dossier aujourd'hui.\n\n"
            f"{sig(sw, 'fr', 'Travailleuse sociale – pédiatrie', rng)}")
    return Spec('fr', 'youth_protection', 'signalement DPJ copié dans une demande de soutien',
                ['patient_name', 'date_of_birth', 'diagnosis', 'social_information'],
                rng.choice(["DCI - formulaire signalement ne s'enregistre pas", "URGENT formulaire DPJ bloqué"]),
                addr(sw), [('Centre de services TI', f'csti@{DOM}')], text, cc=[addr(agent)], probes=[c.surname])


def p_lab_critical_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 50, 90)
    tech, ci, md = staff(reg), staff(reg), staff(reg, sex='M')
    mrn = fmt_mrn(p.mrn, ['plain', 'full', 'slashed'][k])
    nm = [f"{p.given[0]}. {p.surname}", f"{p.surname} {p.given}", f"{p.surname.lower()}"][k]
    val = rng.choice(["K+ 6,8 mmol/L", "Na+ 118 mmol/L", "glycémie 1,9 mmol/L", "RNI 6,3"])
    med = rng.choice(["spironolactone 25 mg", "hydrochlorothiazide", "gliclazide 80 mg BID", "warfarine 5 mg"])
    text = (f"Bonjour,\n\nValeur critique non transmise au DCI : {nm} (dossier {mrn}), {val} validé à 02:14. "
            f"Le résultat est dans LabSphère mais n'est jamais arrivé dans Orion; l'infirmière de nuit ne l'a pas vu. "
            f"J'ai appelé le Dr {md['surname']} directement à 06:50 — usager sous {med}, dose suspendue.\n\n"
            f"C'est le 2e cas cette semaine avec le canal ORU. Pouvez-vous vérifier la file ?\n\n"
            f"{tech['name']}\nTechnologiste médicale, biochimie")
    subj = [f"Valeur critique non transmise - {p.given[0]}. {p.surname}", f"Dossier {mrn} - résultat absent du DCI",
            "Canal ORU - valeur critique perdue"][k]
    return Spec('fr', 'lab_followup', 'valeur critique de laboratoire non transmise au DCI',
                ['patient_name', 'mrn', 'lab_result', 'medication'], subj, addr(tech), [addr(ci)], text,
                cc=[addr(md)], ids=[('mrn', mrn)], probes=[p.surname.lower()])


def p_transport_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 55, 90)
    clerk = staff(reg, sex='F')
    start = datetime.datetime(2024, 4, 8 + k, 6, 45)
    desc = (f"Usager : {p.surname.upper()} {p.given}\nAdresse de prise en charge : {p.address}, {p.town} {p.postal}\n"
            f"Téléphone : {p.phone}\nHémodialyse lun-mer-ven (IRC terminale). Fauteuil roulant, O2 2 L/min.\n"
            f"Retour prévu vers 11 h 30.")
    ics = make_ics(f"transport-{p.mrn}-{k}@{DOM}", start, start + datetime.timedelta(hours=5),
                   f"Transport adapté – {p.surname.upper()} {p.given} – hémodialyse", desc,
                   "Unité d'hémodialyse, Hôpital de Saint-Héron", (clerk['name'], clerk['email']))
    text = (f"Bonjour,\n\nVoici la réservation de transport pour la séance de dialyse de lundi (l'invitation "
            f"Outlook est jointe; le module de réservation de transport du DCI est encore en maintenance). "
            f"Merci de confirmer l'heure de prise en charge directement à l'usager.\n\n"
            f"{sig(clerk, 'fr', 'Agente administrative – hémodialyse', rng)}")
    return Spec('fr', 'transport_booking', 'réservation de transport pour dialyse en invitation ICS',
                ['patient_name', 'patient_contact', 'diagnosis'],
                rng.choice(["Réservation transport - dialyse lundi", "Transport adapté - prise en charge 6 h 45"]),
                addr(clerk), [('Transport adapté Rivière-aux-Hérons', 'reservations@transport-rah.example')], text,
                atts=[Att("invitation.ics", 'text/calendar', ics.encode('utf-8'), 'ics')], probes=[p.surname.upper()])


def p_nir_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 19, 30, origin='france')
    clerk, billing = staff(reg, sex='F'), staff(reg)
    nir = make_nir(rng, p.dob, p.sex)
    nir_s = fmt_nir(nir, ['spaced', 'plain', 'dotted'][k])
    dob = fmt_date(p.dob, 'fr', ['dmy', 'iso', 'long'][k])
    dx, tx = rng.choice([("fracture bimalléolaire de la cheville droite", "réduction fermée puis plâtre"),
                         ("appendicite aiguë", "appendicectomie par laparoscopie"),
                         ("commotion cérébrale", "TDM cérébrale normale, observation 24 h")])
    text = (f"Bonjour,\n\n{'Étudiante française' if p.sex == 'F' else 'Étudiant français'} en échange, "
            f"{'admise' if p.sex == 'F' else 'admis'} à l'urgence samedi. Le module "
            f"d'admission refuse le numéro de sécurité sociale étranger (champ limité à 12 caractères), donc je "
            f"vous envoie les infos pour la facturation selon l'entente France-Québec :\n\n"
            f"  Nom : {p.surname.upper()}, {p.given}\n  Né(e) le : {dob}\n  NIR : {nir_s}\n"
            f"  Formulaire SE 401-Q-102 : reçu, copie au dossier\n  Motif : {dx}; {tx}\n\n"
            f"Pouvez-vous créer la fiche dans le système de facturation des non-résidents ?\n\n"
            f"{sig(clerk, 'fr', 'Préposée à l’admission', rng)}")
    return Spec('fr', 'admission_billing', "admission d'un étudiant français, NIR pour la facturation",
                ['patient_name', 'date_of_birth', 'fr_nir', 'diagnosis'], "Admission non-résident - entente France-Québec",
                addr(clerk), [addr(billing)], text, ids=[('fr_nir', nir_s)], probes=[p.surname.upper()])


def p_niss_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 25, 75, origin='be')
    arch = staff(reg)
    niss = make_niss(rng, p.dob, p.sex)
    niss_s = fmt_niss(niss, ['official', 'plain', 'spaced'][k])
    dob = fmt_date(p.dob, 'fr', ['dotted', 'iso', 'long'][k])
    dx = rng.choice(["pneumonie à pneumocoque", "infarctus NSTEMI", "pyélonéphrite"])
    mut = rng.choice(["Mutualité des Ardennes", "Mutualité Saint-Lambert"])
    text = (f"Bonjour,\n\nNous avons reçu de la {mut} (Belgique) une demande de copie du dossier pour "
            f"{title(p, 'fr')} {p.given} {p.surname}, hospitalisé{'e' if p.sex == 'F' else ''} chez nous du 2 au 9 "
            f"février pour {dx} pendant un séjour touristique.\n\nIdentifiants fournis par la mutualité :\n"
            f"NISS {niss_s} — date de naissance {dob}.\n\nLe portail de transfert sécurisé refuse les adresses "
            f"hors Canada. Pouvez-vous ouvrir un accès ponctuel pour la mutualité, ou me dire quelle autre "
            f"méthode est autorisée ?\n\n{sig(arch, 'fr', 'Archiviste médicale', rng)}")
    atts = []
    if k == 2:
        atts.append(Att("demande_mutualité.docx",
                        'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                        make_docx("Demande de copie de dossier", [
                            f"Membre : {p.surname} {p.given}", f"NISS : {niss_s}", f"Date de naissance : {dob}",
                            f"Séjour : Hôpital de Saint-Héron, février 2024 – {dx}",
                            "Documents demandés : résumé d'hospitalisation, protocoles d'imagerie, facture détaillée."]),
                        'docx'))
    return Spec('fr', 'records_request', "demande de copie de dossier d'une mutualité belge",
                ['patient_name', 'be_niss', 'date_of_birth', 'diagnosis'],
                "Transfert de dossier vers la Belgique - méthode sécurisée ?", addr(arch),
                [('Centre de services TI', f'csti@{DOM}')], text, atts=atts, ids=[('be_niss', niss_s)],
                probes=[p.surname])


def p_biopsy_hold_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 45, 85)
    md, ci = staff(reg), staff(reg)
    mrn = fmt_mrn(p.mrn, ['plain', 'H', 'spaced'][k])
    res = rng.choice(["adénocarcinome prostatique Gleason 4+3", "carcinome canalaire infiltrant grade 2",
                      "adénocarcinome pulmonaire (TTF-1 positif)"])
    subj = f"Dossier {mrn} - {p.given[0]}. {p.surname} : bloquer la publication au portail"
    text = (f"Bonjour,\n\nLe résultat de biopsie de {p.given[0]}. {p.surname} est sorti ce matin : {res}. "
            f"Je le vois en rencontre jeudi pour l'annonce. Il ne faut surtout pas que le résultat apparaisse dans "
            f"Mon Héron avant (la publication automatique est à 72 h).\n\nPouvez-vous mettre le délai de "
            f"publication en « manuel » pour ce résultat ?\n\nMerci\n{md['given']}")
    if k == 1:
        text = (f"Salut,\n\nC'est fait, le délai est en manuel jusqu'à ce que tu libères toi-même le résultat.\n\n"
                f"{ci['given']}\n\n{reply_header('fr', md['name'], md['email'], when(rng))}\n{quote(text)}")
        return Spec('fr', 'portal_hold', 'retenue de publication au portail pour un résultat de biopsie',
                    ['patient_name', 'mrn', 'lab_result', 'diagnosis'], 'RE: ' + subj, addr(ci), [addr(md)], text,
                    ids=[('mrn', mrn)], probes=[p.surname], reply=True)
    return Spec('fr', 'portal_hold', 'retenue de publication au portail pour un résultat de biopsie',
                ['patient_name', 'mrn', 'lab_result', 'diagnosis'], subj, addr(md), [addr(ci)], text,
                ids=[('mrn', mrn)], probes=[p.surname])


def p_vcard_callback_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 18, 40)
    agent, nurse = staff(reg), staff(reg)
    res = rng.choice(["Chlamydia trachomatis TAAN positif", "test VIH de dépistage réactif (confirmation en cours)",
                      "Gonorrhée TAAN positive"])
    vcf = make_vcf(p.surname, p.given, tel=p.phone, adr=(p.address, p.town, p.postal),
                   note=f"Rappel infirmière SIDEP – {res}. Laisser message neutre seulement.")
    text = (f"Bonjour,\n\nUn{'e' if p.sex == 'F' else ''} {'usagère' if p.sex == 'F' else 'usager'} a appelé le soutien du "
            f"portail parce qu'{'elle' if p.sex == 'F' else 'il'} voit un résultat « anormal » sans explication "
            f"et demande à être rappelé{'e' if p.sex == 'F' else ''}. Sa fiche contact est jointe (le rappel "
            f"passe par vous, pas par nous).\n\nMerci,\n{sig(agent, 'fr', 'Soutien au portail patient', rng, short=True)}")
    return Spec('fr', 'portal_callback', 'fiche contact d’un usager à rappeler pour un résultat de dépistage',
                ['patient_name', 'patient_contact', 'lab_result'], "Demande de rappel - portail", addr(agent),
                [addr(nurse)], text,
                atts=[Att(f"{p.given}_{p.surname}.vcf", 'text/vcard', vcf.encode('utf-8'), 'vcf')], probes=[p.surname])


def p_recon_zip_fr(reg, rng, k):
    hs = [reg.holder(rng) for _ in range(2)]
    an, lab = staff(reg), staff(reg)
    rows = [("nom", "prenom", "ddn", "sexe", "nam", "dossier", "analyse", "resultat", "statut")]
    tests = [("Créatinine", "148 µmol/L"), ("TSH", "7,9 mU/L"), ("Hémoglobine", "101 g/L"), ("Ferritine", "9 µg/L")]
    for h in hs:
        t, r = rng.choice(tests)
        rows.append((h.surname.upper(), h.given, h.dob.isoformat(), h.sex, h.nam, h.mrn, t, r,
                     "Aucune commande correspondante"))
    csv = make_csv(rows, ';')
    zipped = make_zip([(f"reconciliation_{20240400 + k + 3}.csv", csv), ("LISEZMOI.txt",
                       "Résultats reçus de LabSphère sans commande dans Orion. Ne pas diffuser.\n")])
    text = (f"Bonjour {lab['given']},\n\nVoici le rapport de réconciliation de la nuit (export brut de "
            f"LabSphère, ne pas transférer). {len(hs)} résultats sont orphelins depuis la bascule du "
            f"serveur d'interface; il faut les rattacher manuellement aux bonnes requêtes.\n\n{an['name']}\n{CI_FR}")
    return Spec('fr', 'interface_reconciliation', 'rapport de réconciliation de résultats orphelins (ZIP)',
                ['patient_name', 'date_of_birth', 'ramq_nam', 'mrn', 'lab_result'],
                "Résultats orphelins - réconciliation", addr(an), [addr(lab)], text,
                atts=[Att(f"réconciliation_{k}.zip", 'application/zip', zipped, 'zip')],
                holders=[(h, h.dob.isoformat()) for h in hs], ids=[('ramq_nam', h.nam) for h in hs] + [('mrn', h.mrn) for h in hs],
                probes=[hs[0].surname.upper()])


def p_bcma_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 50, 95)
    nurse, pharm, ci = staff(reg), staff(reg, sex='F'), staff(reg)
    mrn = fmt_mrn(p.mrn, ['plain', 'dashed', 'plain'][k])
    nm = [f"{title(p, 'fr')} {p.surname}", f"{p.surname}, {p.given}", f"{p.given} {p.surname}"][k]
    orig = (f"Bonjour,\n\nEn administrant l'hydromorphone de 22 h à {nm} (ch. 412, dossier {mrn}), le lecteur "
            f"code-barres a accepté la seringue de 2 mg alors que l'ordonnance active est 1 mg SC q4h PRN. Aucun "
            f"message d'alerte. L'{'usagère' if p.sex == 'F' else 'usager'} a reçu 2 mg; signes vitaux stables, "
            f"surveillance aux 30 min, naloxone au chevet. Rapport AH-223 rempli.\n\n{nurse['name']}, inf.")
    dt = when(rng)
    text = (f"Bonjour l'équipe de l'informatique clinique,\n\nJe vous transfère le message de l'infirmière. "
            f"Il semble que la table de correspondance des NDC ait été écrasée lors de la mise à jour de "
            f"mardi. Pouvez-vous vérifier en priorité ?\n\n{sig(pharm, 'fr', 'Pharmacienne', rng)}\n\n"
            f"{fwd_block('fr', addr(nurse), addr(pharm), dt, 'Lecteur code-barres - mauvaise dose acceptée')}\n{orig}")
    return Spec('fr', 'bcma_incident', 'transfert d’un incident de lecture code-barres à l’administration de médicament',
                ['patient_name', 'mrn', 'medication'], "TR: Lecteur code-barres - mauvaise dose acceptée",
                addr(pharm), [addr(ci)], text, ids=[('mrn', mrn)], probes=[p.surname])


TEMPLATES = [p_insurer_form_fr, p_youth_protection_fr, p_lab_critical_fr, p_transport_fr, p_nir_fr, p_niss_fr,
             p_biopsy_hold_fr, p_vcard_callback_fr, p_recon_zip_fr, p_bcma_fr]
