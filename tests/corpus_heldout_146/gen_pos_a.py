"""Positive templates, part A (French): EHR access, misdirected fax, HL7, portal, labels, audit,
referral, census, misfiled discharge summary, prescription."""
import datetime

from gen_common import (Spec, Att, DOM, SITES, UNITS, staff, addr, title, age_on, fmt_nam, fmt_date,
                        fmt_mrn, ticket, phone, make_mrn)
from gen_text import sig, disclaimer, quote, reply_header, when, SD_FR, CI_FR, fwd_block
from gen_attach import make_pdf, make_docx, make_xlsx, make_csv
from gen_vocab import DX_FR, MED_FR, LAB_FR


def _nee(p):
    return 'née' if p.sex == 'F' else 'né'


def p_ehr_access_fr(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 25)
    nurse, agent = staff(reg, sex='F'), staff(reg)
    unit, site = rng.choice(UNITS[:6]), rng.choice(SITES[:2])
    nam = fmt_nam(p.nam, ['spaced', 'plain', 'dotted'][k])
    dob = fmt_date(p.dob, 'fr', ['iso', 'long', 'dmy'][k])
    nm = [f"{title(p, 'fr')} {p.given} {p.surname}", f"{p.surname.upper()}, {p.given}", f"{p.given} {p.surname}"][k]
    dx = rng.choice(DX_FR)
    mat = rng.randrange(100000, 999999)
    orig = (f"Bonjour,\n\nJe suis assistante infirmière-chef au {unit} ({site}). Depuis la mise à jour de "
            f"vendredi, je n'ai plus accès au module « Notes cliniques » du DCI Orion pour les usagers "
            f"transférés d'un autre site.\n\nCas concret ce matin : {nm}, NAM {nam}, {_nee(p)} le {dob} "
            f"(sexe : {p.sex}), transféré{'e' if p.sex == 'F' else ''} de l'urgence de Lac-Brûlé pour {dx}. "
            f"Le DCI affiche « Accès restreint – justification requise » et le bouton bris de verre reste grisé."
            f"\n\nPouvez-vous vérifier mon profil (matricule {mat}) ? Je dois lire la note de l'urgentologue "
            f"avant la tournée de 10 h.\n\nMerci,\n\n{sig(nurse, 'fr', 'Assistante infirmière-chef', rng, site)}")
    subj = rng.choice(["Accès DCI refusé - usagers transférés", "Bris de verre grisé dans Orion",
                       "URGENT accès notes cliniques"])
    if k == 2:
        text = (f"Bonjour {nurse['given']},\n\nVotre profil avait perdu le rôle « Soins – inter-sites » lors de la "
                f"mise à jour. C'est corrigé (billet {ticket(rng)}). Fermez Orion complètement et reconnectez-vous; "
                f"le dossier devrait s'ouvrir sans bris de verre.\n\n{sig(agent, 'fr', SD_FR, rng)}\n\n"
                f"{reply_header('fr', nurse['name'], nurse['email'], when(rng))}\n{quote(orig)}")
        return Spec('fr', 'ehr_access', "réponse du CSTI à une demande d'accès au DCI, usager cité",
                    ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], 'RE: ' + subj,
                    addr(agent), [addr(nurse)], text, holders=[(p, dob)], ids=[('ramq_nam', nam)],
                    probes=[p.surname], reply=True)
    return Spec('fr', 'ehr_access', "demande d'accès au DCI pour un usager transféré",
                ['patient_name', 'ramq_nam', 'date_of_birth', 'diagnosis'], subj, addr(nurse),
                [('Centre de services TI', f'csti@{DOM}')], orig, holders=[(p, dob)], ids=[('ramq_nam', nam)],
                probes=[p.surname])


def p_misdirected_fax_fr(reg, rng, k):
    p = reg.patient(rng, 'fr')
    priv, clerk = staff(reg), staff(reg, sex='F')
    mrn = fmt_mrn(p.mrn, ['plain', 'spaced', 'H'][k])
    nm = [f"{p.surname.upper()} {p.given}", f"{p.given} {p.surname}", f"{title(p, 'fr')} {p.surname}"][k]
    pharm = rng.choice(["Pharmacie du Quai", "Pharmacie Beausoleil", "Pharmacie des Battures"])
    wrong = phone(rng)
    med, lab = rng.choice(MED_FR), rng.choice(LAB_FR)
    tk = ticket(rng)
    types = ['patient_name', 'mrn']
    if k == 0:
        content = f"une ordonnance de départ ({med}) au nom de {nm}, dossier {mrn}"
        types.append('medication')
    elif k == 1:
        content = f"un rapport de laboratoire de {nm} (dossier {mrn}) : {lab}, valeur critique surlignée"
        types.append('lab_result')
    else:
        content = f"la feuille sommaire de {nm}, dossier {mrn}, avec la liste des médicaments ({med})"
        types.append('medication')
    text = (f"Bonjour,\n\nJe déclare un incident de confidentialité (billet {tk}).\n\nCe matin vers 9 h 40, la "
            f"{pharm} nous a téléphoné : elle a reçu par télécopieur {content}. La télécopie devait partir "
            f"vers la clinique GMF des Hérons, mais le numéro abrégé no 14 du télécopieur de l'unité pointe "
            f"encore vers l'ancien numéro ({wrong}).\n\nLa pharmacienne a confirmé par écrit avoir détruit le "
            f"document. J'ai retiré le numéro abrégé et avisé la chef d'unité.\n\nPouvez-vous mettre à jour "
            f"le carnet d'adresses du serveur de télécopie (RightFax) pour tout le 3e Sud ?\n\n"
            f"{sig(clerk, 'fr', 'Agente administrative', rng)}")
    atts = []
    if k == 2:
        pdf = make_pdf("Déclaration d'incident – télécopie", [
            "## Déclaration d'incident de confidentialité", f"Billet : {tk}", "Type : télécopie mal acheminée",
            f"Destinataire erroné : {pharm}, {wrong}", f"Usager concerné : {nm}", f"No de dossier : {mrn}",
            f"Contenu : feuille sommaire, médicaments actifs : {med}", "Document détruit : oui (confirmation écrite)"])
        atts.append(Att(f"declaration_incident_{tk}.pdf", 'application/pdf', pdf, 'pdf'))
    return Spec('fr', 'misdirected_fax', 'déclaration de télécopie mal acheminée avec usager identifié',
                types, f"Télécopie mal acheminée - {tk}", addr(clerk),
                [('Bureau de la protection des renseignements', f'confidentialite@{DOM}')], text,
                cc=[addr(priv)], atts=atts, ids=[('mrn', mrn)], probes=[p.surname])


def _pid(p, nam, mrn, unit):
    return (f"MSH|^~\\&|ORION|HSH|LABSPHERE|HSH|20240312093015||ADT^A08|ADT{mrn[-5:]}93015|P|2.5.1\n"
            f"EVN|A08|20240312093015\n"
            f"PID|1||{mrn}^^^HSH^MR~{nam}^^^RAMQ^JHN||{p.surname.upper()}^{p.given.upper()}^^^^^L||"
            f"{p.dob.strftime('%Y%m%d')}|{p.sex}|||{p.address}^^{p.town}^QC^{p.postal}^CA||{p.phone}^PRN^PH|||||\n"
            f"PV1|1|I|{unit}^412^01^HSH||||123456^VEZINA^JOSIANE|||MED\n")


def p_hl7_error_fr(reg, rng, k):
    p = reg.holder(rng)
    analyst, engineer = staff(reg), staff(reg)
    mrn = p.mrn
    unit = rng.choice(['4N', '3S', '5O', 'SI'])
    dx = rng.choice(DX_FR)
    code = rng.choice(['J18.9', 'I50.9', 'N10', 'I63.4', 'K85.9'])
    msg = _pid(p, p.nam, mrn, unit) + f"DG1|1||{code}^{dx}^I10|||A\n"
    err = rng.choice(["PID-11 : code postal invalide pour la province QC",
                      "PID-3 : identifiant JHN en double pour deux MRN différents",
                      "PV1-3 : lit 412-01 inconnu dans la table de correspondance"])
    text = (f"Salut {engineer['given']},\n\nLe canal ORION→LABSPHERE a rejeté ce message cette nuit (NAK AE, "
            f"{err}). Il bloque la file depuis 03:10; 47 messages derrière.\n\n")
    atts = []
    if k == 1:
        text += ("Le message complet est en pièce jointe. Je l'ai sorti de la file d'erreurs pour débloquer, à "
                 "réinjecter quand la table sera corrigée.\n\n")
        atts.append(Att(f"ADT_A08_rejet_{mrn}.hl7", 'text/plain', msg.encode('utf-8'), 'hl7'))
    else:
        text += "Message en erreur :\n\n" + msg + "\n"
    text += f"Merci de regarder ça avant 8 h, le labo se plaint déjà.\n\n{analyst['given']}\n{CI_FR}"
    dob = p.dob.strftime('%Y%m%d')
    return Spec('fr', 'hl7_error', 'erreur d’interface HL7 avec segment PID complet',
                ['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'patient_contact', 'diagnosis'],
                rng.choice(["NAK sur canal ORION-LABSPHERE", "File HL7 bloquée - ADT A08", "Erreur interface ADT"]),
                addr(analyst), [addr(engineer)], text, atts=atts, holders=[(p, dob)], ids=[('ramq_nam', p.nam), ('mrn', mrn)],
                probes=[p.surname.upper()])


def p_portal_fr(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 18)
    agent, nurse = staff(reg), staff(reg)
    nam = fmt_nam(p.nam, ['plain', 'full', 'dashed'][k])
    dob = fmt_date(p.dob, 'fr', ['dmy', 'iso', 'long'][k])
    nm = [f"{p.given} {p.surname}", f"{p.surname}, {p.given}", f"{title(p, 'fr')} {p.given} {p.surname}"][k]
    tk = ticket(rng, 'REQ')
    text = (f"Bonjour l'équipe du GMF-U,\n\nJe vous transfère une demande reçue au soutien du portail Mon Héron "
            f"(demande {tk}).\n\nIdentité vérifiée au téléphone :\n  Nom : {nm}\n  NAM : {nam}\n  Date de "
            f"naissance : {dob}\n  Sexe : {p.sex}\n  Téléphone : {p.phone}\n\nL'{'usagère' if p.sex == 'F' else 'usager'} "
            f"explique que son médecin lui a dit au téléphone que son HbA1c était à 9,4 % et qu'on allait "
            f"augmenter sa metformine, mais le portail affiche encore « résultat en attente ». Côté technique, "
            f"le résultat est bien publié; il est masqué parce que le médecin n'a pas encore « libéré » le "
            f"résultat dans le DCI.\n\nPourriez-vous libérer le résultat ou rappeler l'{'usagère' if p.sex == 'F' else 'usager'} "
            f"au numéro ci-dessus ? Nous fermons la demande de notre côté.\n\n"
            f"{sig(agent, 'fr', 'Soutien au portail patient Mon Héron', rng)}\n\n{disclaimer('fr', rng)}")
    return Spec('fr', 'portal_support', 'soutien au portail patient, résultat non visible',
                ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'lab_result', 'diagnosis',
                 'medication'],
                f"Portail Mon Héron - résultat non visible ({tk})", addr(agent),
                [('GMF-U des Hérons - soins infirmiers', f'gmfu.herons@{DOM}')], text, cc=[addr(nurse)],
                holders=[(p, dob)], ids=[('ramq_nam', nam)], probes=[p.surname])


def p_label_printer_fr(reg, rng, k):
    p = reg.holder(rng)
    nurse, tech = staff(reg, sex='F'), staff(reg)
    unit = rng.choice(UNITS[:4])
    dob = p.dob.isoformat()
    dx = rng.choice(["sepsis urinaire", "pneumonie", "neutropénie fébrile", "pyélonéphrite"])
    zpl = (f"^XA\n^FO20,20^A0N,30,30^FD{p.surname.upper()}, {p.given.upper()}^FS\n"
           f"^FO20,60^A0N,24,24^FDNAM {p.nam}  DDN {dob}  {p.sex}^FS\n"
           f"^FO20,95^A0N,24,24^FDDossier {p.mrn}  {unit}^FS\n"
           f"^FO20,130^A0N,22,22^FDHemoc x2, FSC, lactate - Dx: {dx}^FS\n^FO20,165^BCN,60,Y,N,N^FD{p.mrn}^FS\n^XZ\n")
    text = (f"Bonjour,\n\nL'imprimante d'étiquettes du poste infirmier {unit} (ZD-421, file ETQ-{unit[:2].upper()}02) "
            f"imprime les étiquettes de prélèvement d'un autre usager : j'ai demandé les étiquettes de la chambre "
            f"418 et j'ai reçu celles de la 412. Heureusement l'infirmière a vérifié avant de piquer.\n\n")
    atts = []
    if k == 0:
        text += "Voici ce que l'imprimante a reçu (copié de la file d'impression) :\n\n" + zpl + "\n"
    elif k == 1:
        text += "Le contenu de la tâche d'impression est en pièce jointe.\n\n"
        atts.append(Att("tache_impression_ETQ.txt", 'text/plain', zpl.encode('utf-8'), 'txt'))
    else:
        text += (f"L'étiquette imprimée : {p.surname.upper()}, {p.given} – NAM {fmt_nam(p.nam, 'spaced')} – "
                 f"DDN {dob} – {p.sex} – dossier {p.mrn} – hémocultures x2, Dx {dx}.\n\n")
    text += (f"C'est la troisième fois cette semaine. On a désactivé l'imprimante en attendant.\n\n"
             f"{sig(nurse, 'fr', 'Infirmière clinicienne', rng)}")
    ids = [('ramq_nam', p.nam if k != 2 else fmt_nam(p.nam, 'spaced')), ('mrn', p.mrn)]
    return Spec('fr', 'label_printer', "étiquettes de prélèvement imprimées pour le mauvais usager",
                ['patient_name', 'ramq_nam', 'date_of_birth', 'mrn', 'diagnosis'],
                f"Imprimante étiquettes {unit} - mauvais usager !!", addr(nurse),
                [('Centre de services TI', f'csti@{DOM}')], text, cc=[addr(tech)], atts=atts,
                holders=[(p, dob)], ids=ids, probes=[p.surname.upper()])


def p_audit_log_fr(reg, rng, k):
    p = reg.patient(rng, 'fr', 25, 60)
    comm, sec = staff(reg, sex='F'), staff(reg, sex='F')
    mrn = fmt_mrn(p.mrn, ['plain', 'dashed', 'plain'][k])
    dob = fmt_date(p.dob, 'fr', ['long', 'iso', 'dmy'][k])
    nm = [f"{title(p, 'fr')} {p.given} {p.surname}", f"{p.surname.upper()}, {p.given}", f"{p.given} {p.surname}"][k]
    d1, d2 = "2024-02-01", "2024-03-15"
    text = (f"Bonjour,\n\nDans le cadre d'une plainte reçue le 18 mars (dossier de plainte P-2024-{rng.randrange(100, 999)}), "
            f"je vous demande l'extraction de la journalisation des accès au dossier de l'{'usagère' if p.sex == 'F' else 'usager'} "
            f"suivant{'e' if p.sex == 'F' else ''} :\n\n  {nm}\n  No de dossier : {mrn}\n  Date de naissance : {dob}\n"
            f"  Période : du {d1} au {d2}\n\nL'{'usagère' if p.sex == 'F' else 'usager'} allègue que son ex-conjoint, "
            f"employé du CIUSSS, aurait consulté son dossier pendant son séjour en psychiatrie (6A). Il y a un "
            f"contexte de violence conjugale et une ordonnance de non-contact est en vigueur; je vous demande donc "
            f"une discrétion complète et de ne pas ouvrir de billet standard.\n\nMerci de m'envoyer l'extrait "
            f"(tous modules, y compris consultations en lecture seule) d'ici vendredi.\n\n"
            f"{sig(comm, 'fr', 'Commissaire adjointe aux plaintes et à la qualité des services', rng)}")
    atts = []
    if k == 2:
        rows = [("Date/heure", "Utilisateur", "Rôle", "Module", "Action", "Dossier", "Usager")]
        for i in range(6):
            rows.append((f"2024-02-{10 + i * 3:02d} {rng.randrange(7, 23):02d}:{rng.randrange(60):02d}",
                         f"u{rng.randrange(10000, 99999)}", rng.choice(["Préposé alimentaire", "Infirmière", "Médecin"]),
                         rng.choice(["Résumé", "Notes", "Résultats"]), "Lecture", p.mrn, f"{p.surname.upper()}, {p.given}"))
        atts.append(Att(f"journal_accès_{p.mrn}.xlsx",
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([("Accès", rows)]), 'xlsx'))
        text = (f"Bonjour,\n\nVoici l'extrait demandé. Les lignes surlignées correspondent au matricule visé.\n\n"
                f"{sig(sec, 'fr', 'Conseillère en sécurité de l’information', rng)}\n\n"
                f"{reply_header('fr', comm['name'], comm['email'], when(rng), 'outlook')}\n\n{quote(text)}")
        return Spec('fr', 'audit_log', "extrait de journalisation des accès, contexte de violence conjugale",
                    ['patient_name', 'mrn', 'date_of_birth', 'social_information'],
                    "RE: Demande de journalisation - confidentiel", addr(sec), [addr(comm)], text, atts=atts,
                    ids=[('mrn', mrn)], probes=[p.surname], reply=True)
    return Spec('fr', 'audit_log', "demande de journalisation des accès, contexte de violence conjugale",
                ['patient_name', 'mrn', 'date_of_birth', 'social_information'],
                "Demande de journalisation - confidentiel", addr(comm), [addr(sec)], text,
                ids=[('mrn', mrn)], probes=[p.surname])


def p_referral_fr(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 30)
    md, spec_ = staff(reg), staff(reg)
    nam = fmt_nam(p.nam, ['spaced', 'plain', 'odd'][k])
    dob = fmt_date(p.dob, 'fr', ['iso', 'dmy', 'iso'][k])
    lines = [
        "## Demande de consultation – gastro-entérologie", f"Usager : {p.surname.upper()}, {p.given}",
        f"NAM : {nam}    Sexe : {p.sex}    DDN : {dob}", f"Adresse : {p.address}, {p.town} {p.postal}",
        f"Téléphone : {p.phone}", "Priorité : B (moins de 10 jours)",
        "Raison : rectorragies intermittentes depuis 6 semaines, perte de 5 kg.",
        "Labos : Hb 98 g/L (126 en janvier), ferritine 6 µg/L.", "Anémie ferriprive à investiguer, R/O néoplasie colique.",
        "Médication : apixaban 5 mg BID (FA) – à discuter avant coloscopie.",
        f"Médecin référent : Dr {md['name']}, GMF des Hérons"]
    atts, extra = [], ''
    if k in (0, 1):
        atts.append(Att(f"consultation_gastro_{p.surname.upper()}.pdf" if k == 0 else "demande_consult.pdf",
                        'application/pdf', make_pdf("Demande de consultation", lines), 'pdf'))
    else:
        extra = "\n\n" + '\n'.join(l.replace('## ', '') for l in lines)
    text = (f"Bonjour,\n\nLe CRDS est en panne depuis ce matin (message « service indisponible » à l'envoi). "
            f"Le centre de services m'a dit de vous transmettre la demande directement par courriel "
            f"sécurisé en attendant.{extra}\n\nMerci de confirmer la réception.\n\nDr {md['name']}\nGMF des Hérons")
    return Spec('fr', 'referral', 'demande de consultation transmise par courriel pendant une panne',
                ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'diagnosis', 'lab_result',
                 'medication'],
                "Demande de consultation gastro - CRDS en panne", addr(md),
                [('Rendez-vous gastro-entérologie', f'rv.gastro@{DOM}')], text, cc=[addr(spec_)], atts=atts,
                holders=[(p, dob)], ids=[('ramq_nam', nam)], probes=[p.surname.upper()])


def p_census_fr(reg, rng, k):
    pats = [reg.patient(rng, 'fr', 40, 95) for _ in range(5)]
    hn, agent = staff(reg), staff(reg)
    unit = rng.choice(UNITS[:4])
    rows = [("Ch.", "Usager", "Dossier", "Dx / problème", "À surveiller")]
    for i, p in enumerate(pats):
        rows.append((f"{401 + i * 2}-{rng.choice(['A', 'B'])}", f"{p.surname.upper()}, {p.given}", p.mrn,
                     rng.choice(DX_FR), rng.choice(MED_FR)))
    text = (f"Bonjour,\n\nLe tableau blanc électronique du {unit} est noir depuis la coupure de 5 h. En attendant, "
            f"l'équipe de soir a besoin de la liste de l'unité. ")
    atts = []
    if k == 0:
        text += "Je l'ai sortie du DCI en Excel, ci-jointe, pour que vous puissiez la faire afficher sur l'écran de secours.\n\n"
        atts.append(Att(f"liste_unite_{unit.replace(' ', '')}.xlsx",
                        'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
                        make_xlsx([("Liste", rows)]), 'xlsx'))
    elif k == 1:
        text += "Fichier CSV ci-joint (export DCI).\n\n"
        atts.append(Att("export_liste.csv", 'text/csv', make_csv(rows, ';').encode('utf-8'), 'csv'))
    else:
        text += "La voici en texte :\n\n" + '\n'.join(' | '.join(r) for r in rows) + "\n\n"
    text += f"Pouvez-vous aussi envoyer un technicien pour l'écran ?\n\n{sig(hn, 'fr', 'Chef d’unité', rng)}"
    return Spec('fr', 'census', "liste d'unité envoyée pendant une panne du tableau blanc",
                ['patient_name', 'mrn', 'diagnosis', 'medication'],
                f"Tableau blanc {unit} en panne - liste des usagers", addr(hn), [addr(agent)], text, atts=atts,
                ids=[('mrn', pats[0].mrn)], probes=[pats[0].surname.upper()])


def p_misfiled_fr(reg, rng, k):
    a, b = reg.patient(rng, 'fr'), reg.patient(rng, 'fr')
    arch, ci = staff(reg, sex='F'), staff(reg)
    dx, med = rng.choice(DX_FR), rng.choice(MED_FR)
    doc = make_docx("Résumé de départ", [
        f"Usager : {a.given} {a.surname}", f"No de dossier : {a.mrn}", f"Date de naissance : {a.dob.isoformat()}",
        f"Diagnostic principal : {dx}", "## Médication au départ", med, "Suivi : GMF dans 2 semaines, bilan sanguin.",
    ])
    fname = [f"Résumé_de_départ_{a.surname}_{a.given}.docx", "resume_depart.docx",
             f"RD_{a.mrn}.docx"][k]
    types = ['patient_name', 'mrn', 'diagnosis', 'medication', 'date_of_birth']
    text = (f"Bonjour,\n\nLors de l'indexation de ce matin, le résumé de départ ci-joint a été versé dans le "
            f"mauvais dossier : il appartient à {a.surname} {a.given} ({fmt_mrn(a.mrn, 'plain')}), mais il a été "
            f"classé dans le dossier {fmt_mrn(b.mrn, 'spaced')} ({b.surname}, {b.given}). Le code-barres de la page "
            f"couverture était celui de l'autre usager.\n\nPouvez-vous retirer le document du dossier "
            f"{fmt_mrn(b.mrn, 'spaced')} dans OnBase et le réindexer ? Je n'ai pas les droits de suppression.\n\n"
            f"{sig(arch, 'fr', 'Technicienne en gestion de l’information de la santé', rng)}")
    return Spec('fr', 'misfiled_document', 'résumé de départ indexé dans le mauvais dossier', types,
                "Document mal indexé - demande de retrait", addr(arch), [addr(ci)], text,
                atts=[Att(fname, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', doc, 'docx')],
                ids=[('mrn', a.mrn)], probes=[a.surname])


def p_prescription_fr(reg, rng, k):
    p = reg.holder(rng, lambda h: age_on(h.dob) >= 18)
    md = staff(reg)
    nam = fmt_nam(p.nam, ['plain', 'spaced', 'slashed'][k])
    dob = fmt_date(p.dob, 'fr', ['iso', 'dmy', 'long'][k])
    meds = rng.sample(MED_FR, 3)
    pharm = rng.choice(["Pharmacie du Quai", "Pharmacie Beausoleil", "Pharmacie des Battures"])
    lines = ["## ORDONNANCE", f"Nom : {p.surname.upper()} {p.given}", f"NAM : {nam}   Sexe : {p.sex}",
             f"Date de naissance : {dob}", f"Adresse : {p.address}, {p.town}", f"Tél. : {p.phone}", ""] + \
            [f"{i + 1}. {m} – 30 jours, renouvelable x2" for i, m in enumerate(meds)] + \
            ["", f"Dr {md['name']} – permis {rng.randrange(10000, 99999)}", "Hôpital de Saint-Héron, 2e Est"]
    atts = []
    body = ("Le télécopieur du 2e Est est hors service (billet ouvert au CSTI). Voici l'ordonnance de départ en "
            "pièce jointe, l'original suit par la poste.")
    if k != 1:
        atts.append(Att(f"ordonnance_{p.surname.lower()}.pdf", 'application/pdf', make_pdf("Ordonnance", lines), 'pdf'))
    else:
        body = "Le télécopieur du 2e Est est hors service. Ordonnance de départ ci-dessous :\n\n" + \
               '\n'.join(l.replace('## ', '') for l in lines)
    text = f"Bonjour,\n\n{body}\n\nMerci de nous confirmer la réception au poste 24410.\n\n{md['name']}"
    return Spec('fr', 'prescription', 'ordonnance de départ envoyée à une pharmacie communautaire',
                ['patient_name', 'ramq_nam', 'date_of_birth', 'patient_contact', 'medication'],
                rng.choice(["Ordonnance de départ", "Ordonnance - télécopieur en panne"]), addr(md),
                [(pharm, f"labo@{pharm.split()[-1].lower()}.example")], text, atts=atts, holders=[(p, dob)],
                ids=[('ramq_nam', nam)], probes=[p.surname.upper()])


TEMPLATES = [p_ehr_access_fr, p_misdirected_fax_fr, p_hl7_error_fr, p_portal_fr, p_label_printer_fr,
             p_audit_log_fr, p_referral_fr, p_census_fr, p_misfiled_fr, p_prescription_fr]
