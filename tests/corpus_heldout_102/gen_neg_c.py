"""Negative messages, part C: coverage chains, guidelines, lab notices, rotations, foundation, minutes, billing."""
import gen_docs as D
import gen_ids as I
import gen_mime as M
from gen_common import signature, transport, quote, orig_header, on_wrote
from gen_neg_a import N, addr, luhn_serial, SPEC_FR, SPEC_EN


# ------------------------------------------------------------------ list coverage (reply chain, no patients)
def n_coverage(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    a = c.staff(lang=lang)
    b = c.staff(lang=lang, site=a['site'])
    day = c.future(2, 15)
    n = rng.randrange(6, 14)
    d1 = c.past(0, 2)
    if lang == 'fr':
        q = ('Salut %s,\n\nPeux-tu prendre ma liste de coloscopies du %s en après-midi? %d cas, surtout des RSOSi+ et deux surveillances. '
             'Je suis en congrès à Québec.\n\n%s' % (b['given'], day, n, a['given']))
        r = c.pick('Pas de problème, je la prends.', 'Je peux seulement jusqu\'à 15 h, est-ce que ça marche?', 'Ok pour moi. Avise le secrétariat.')
        subj = 'RE: ' + c.pick('remplacement liste', 'liste du %s' % day, 'peux-tu me remplacer?')
    else:
        q = ('Hi %s,\n\nCould you take my afternoon colonoscopy list on %s? %d cases, mostly FIT+ and two surveillance. I am at a conference.\n\n%s' %
             (b['given'], day, n, a['given']))
        r = c.pick('No problem, I\'ll take it.', 'I can only stay until 3 - does that work?', 'Fine by me. Let the booking office know.')
        subj = 'RE: ' + c.pick('list cover', 'list on %s' % day, 'can you cover?')
    text = r + '\n' + signature(c, b, lang, long=False) + '\n\n' + on_wrote(lang, d1, a['disp']) + '\n' + quote(q)
    return N(c, 'list_coverage', lang, subj, addr(b), [addr(a)], text, 'physicians swapping a list (case counts only)', reply_to_id=c.msgid(a['site']['dom']))


# ------------------------------------------------------------------ clinical guideline
def n_guideline(c):
    lang = c.pick('fr', 'en')
    md = c.staff(lang=lang)
    if lang == 'fr':
        subj = 'Nouvelle ordonnance collective — anticoagulants et endoscopie'
        text = ('Bonjour,\n\nL\'ordonnance collective révisée entre en vigueur le 1er du mois :\n- Procédures à faible risque (gastroscopie diagnostique, '
                'coloscopie avec biopsies) : poursuivre warfarine (vérifier RNI) et AOD.\n- Procédures à haut risque (polypectomie > 1 cm, CPRE avec '
                'sphinctérotomie) : cesser apixaban/rivaroxaban 48 h, dabigatran 48-96 h selon la clairance.\n- Clopidogrel : cesser 5 jours si '
                'pas de stent récent.\nDocument complet sur l\'intranet.\n')
    else:
        subj = 'New medical directive - anticoagulants and endoscopy'
        text = ('Hello,\n\nThe revised directive takes effect on the 1st:\n- Low-risk procedures (diagnostic EGD, colonoscopy with biopsies): continue '
                'warfarin (check INR) and DOACs.\n- High-risk (polypectomy > 1 cm, ERCP with sphincterotomy): hold apixaban/rivaroxaban 48 h, dabigatran '
                '48-96 h per clearance.\n- Clopidogrel: hold 5 days if no recent stent.\nFull document on the intranet.\n')
    text += signature(c, md, lang)
    return N(c, 'guideline', lang, subj, addr(md), [('Personnel endoscopie', 'personnel.endo@' + md['site']['dom'])], text, 'clinical guideline (no patient)')


# ------------------------------------------------------------------ lab notice
def n_lab_notice(c):
    lang = c.pick('fr', 'en', 'fr')
    lab = c.staff(role='lab', lang=lang)
    if lang == 'fr':
        subj = c.pick('Changement de trousse — calprotectine fécale', 'Nouveau test : dosage infliximab/anticorps', 'RSOSi : nouveau seuil régional')
        text = c.pick('Bonjour,\n\nÀ compter du %s, la calprotectine fécale sera dosée par une nouvelle méthode. Valeur de référence : < 50 µg/g; zone grise 50-200. '
                      'Les résultats ne sont pas directement comparables aux anciens.\n' % c.future(5, 20),
                      'Bonjour,\n\nLe dosage résiduel de l\'infliximab et des anticorps anti-médicament est maintenant fait sur place (délai 5 jours). '
                      'Prélever juste avant la perfusion.\n',
                      'Bonjour,\n\nLe seuil de positivité du RSOSi dans le programme passe à 175 ng/mL. Aucune action requise pour les demandes en cours.\n')
    else:
        subj = c.pick('Kit change - faecal calprotectin', 'New test: infliximab level/antibodies', 'FIT: new regional cut-off')
        text = c.pick('Hello,\n\nFrom %s faecal calprotectin will use a new method. Reference: < 50 ug/g; grey zone 50-200. Not directly comparable.\n' % c.future(5, 20),
                      'Hello,\n\nInfliximab trough and anti-drug antibody testing is now done in-house (5-day turnaround). Draw just before the infusion.\n',
                      'Hello,\n\nThe FIT positivity threshold in the programme moves to 175 ng/mL. No action needed for pending requests.\n')
    text += signature(c, lab, lang, unit='Laboratoire de biochimie' if lang == 'fr' else 'Clinical Biochemistry')
    return N(c, 'lab_notice', lang, subj, addr(lab), [('Prescripteurs', 'prescripteurs@' + lab['site']['dom'])], text, 'laboratory method notice')


# ------------------------------------------------------------------ pathology turnaround
def n_path_tat(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    p = c.staff(role='path', lang=lang)
    if lang == 'fr':
        text = ('Bonjour,\n\nEn raison d\'un manque de personnel technique, le délai de réponse des biopsies digestives est de %d jours ouvrables '
                '(cible 7). Les cas marqués « suspicion de néoplasie » sont priorisés. Merci de votre compréhension.\n' % rng.randrange(10, 21))
        subj = 'Délais en pathologie'
    else:
        text = ('Hello,\n\nDue to technical staff shortages, GI biopsy turnaround is %d working days (target 7). Cases flagged "suspected neoplasia" '
                'are prioritised.\n' % rng.randrange(10, 21))
        subj = 'Pathology turnaround times'
    text += signature(c, p, lang, unit='Anatomopathologie' if lang == 'fr' else 'Anatomical Pathology')
    return N(c, 'pathology_tat', lang, subj, addr(p), [('Gastro - médecins', 'gastro-md@' + p['site']['dom'])], text, 'pathology turnaround notice')


# ------------------------------------------------------------------ resident rotation
def n_rotation(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    pd = c.staff(lang=lang)
    res = [c.staff(lang=lang) for _ in range(rng.randrange(3, 6))]
    blocks = ['Consultations GI', 'Endoscopie', 'Hépatologie', 'Clinique MII', 'Nutrition'] if lang == 'fr' else ['GI consults', 'Endoscopy', 'Hepatology', 'IBD clinic', 'Nutrition']
    hdr = 'Résident(e) | Bloc 7 | Bloc 8' if lang == 'fr' else 'Resident | Block 7 | Block 8'
    lines = [hdr] + ['%s %s (R%d) | %s | %s' % (r['given'], r['surname'], rng.randrange(4, 6), rng.choice(blocks), rng.choice(blocks)) for r in res]
    text = (('Bonjour,\n\nVoici les rotations des blocs 7 et 8 :' if lang == 'fr' else 'Hello,\n\nRotations for blocks 7 and 8:') + '\n\n' + '\n'.join(lines) + '\n'
            + signature(c, pd, lang, unit='Programme de résidence' if lang == 'fr' else 'Residency Program'))
    return N(c, 'resident_rotation', lang, 'Rotations blocs 7-8' if lang == 'fr' else 'Block 7-8 rotations', addr(pd), [('Résidents', 'residents-gi@' + pd['site']['dom'])],
             text, 'resident rotation schedule')


# ------------------------------------------------------------------ welcome new fellow
def n_welcome(c):
    lang = c.pick('fr', 'en')
    ch = c.staff(lang=lang)
    f = c.staff(lang=lang)
    if lang == 'fr':
        text = ('Bonjour à tous,\n\nJoignez-vous à moi pour accueillir la Dre %s %s, qui se joint à nous comme fellow en endoscopie avancée '
                'après sa résidence à Sherbrooke. Ses intérêts : CPRE, écho-endoscopie et tumeurs du pancréas.\n' % (f['given'], f['surname']))
        subj = 'Bienvenue à notre nouvelle fellow'
    else:
        text = ('Hello all,\n\nPlease join me in welcoming Dr. %s %s, joining us as advanced endoscopy fellow after residency in Sherbrooke. '
                'Interests: ERCP, EUS and pancreatic tumours.\n' % (f['given'], f['surname']))
        subj = 'Welcome our new fellow'
    text += signature(c, ch, lang)
    return N(c, 'welcome', lang, subj, addr(ch), [('Service GI', 'gi-tous@' + ch['site']['dom'])], text, 'welcome announcement for staff')


# ------------------------------------------------------------------ foundation
def n_foundation(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    fd = ('Fondation de l\'Hôpital', 'fondation@fondation-hsgm.example')
    amt = rng.randrange(40, 300) * 1000
    if lang == 'fr':
        subj = c.pick('Merci! Campagne « Un côlon en santé »', 'Invitation — Marche pour les MII', 'Tournoi de golf de la Fondation')
        text = ('Bonjour,\n\nGrâce à vous, la campagne a amassé %d $ pour l\'achat d\'un nouveau processeur vidéo à l\'unité d\'endoscopie. '
                'La Marche pour la maladie de Crohn et la colite aura lieu le %s au parc riverain.\n\nL\'équipe de la Fondation\nNE 12345 6789 RR0001\n' % (amt, c.future(10, 60)))
    else:
        subj = c.pick('Thank you! "Healthy Colon" campaign', 'Invitation - Walk for IBD', 'Foundation golf tournament')
        text = ("Hello,\n\nThanks to you the campaign raised $%d towards a new video processor for the Endoscopy Unit. The Crohn's and Colitis walk "
                'is on %s at the riverside park.\n\nThe Foundation team\nBN 12345 6789 RR0001\n' % (amt, c.future(10, 60)))
    return N(c, 'foundation', lang, subj, fd, [('Employés', 'tous@hsgm.example')], text, 'foundation fundraising newsletter', t=transport(c, kind=c.pick('html', 'alt')))


# ------------------------------------------------------------------ blank day-list template
def n_blank_list(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(role='clerk', lang=lang)
    hdr = ['Heure', 'Salle', 'Patient', 'Dossier/NAM', 'Examen', 'Indication', 'Note'] if lang == 'fr' else ['Time', 'Room', 'Patient', 'MRN', 'Procedure', 'Indication', 'Note']
    rows = [hdr] + [['%d:%02d' % (7 + i // 2, (i % 2) * 30), 'Salle 1' if lang == 'fr' else 'Rm 1', '', '', '', '', ''] for i in range(10)]
    text = (c.pick('Voici le nouveau gabarit de liste quotidienne (vide). Merci de l\'utiliser à partir de lundi.', 'Gabarit vierge ci-joint.') if lang == 'fr'
            else c.pick('New blank daily list template attached, please use from Monday.', 'Blank template attached.')) + '\n' + signature(c, a, lang)
    return N(c, 'blank_template', lang, c.pick('Gabarit liste quotidienne', 'Nouveau gabarit') if lang == 'fr' else 'Daily list template', addr(a),
             [('Secrétariat endo', 'secretariat.endo@' + a['site']['dom'])], text, 'empty roster template',
             atts=[{'filename': 'gabarit_liste.xlsx' if lang == 'fr' else 'list_template.xlsx',
                    'ctype': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'data': D.xlsx([('Gabarit', rows)])}])


# ------------------------------------------------------------------ forwarded newsletter as .eml, slides as ZIP
def n_fwd_eml(c):
    rng = c.rng
    lang = c.pick('fr', 'en')
    a = c.staff(lang=lang)
    b = c.staff(lang=lang)
    if c.chance(0.5):
        inner_txt = ('Nouvelles lignes directrices sur la prise en charge de la colite ulcéreuse aiguë sévère : corticostéroïdes IV, évaluation au jour 3, '
                     'traitement de sauvetage par infliximab ou cyclosporine.\n' if lang == 'fr' else
                     'New guidance on acute severe ulcerative colitis: IV steroids, day-3 assessment, infliximab or ciclosporin rescue.\n')
        inner = M.build({'frm': ('Association GI (bulletin)', 'bulletin@association-gi.example'), 'to': [addr(a)], 'subject': 'Bulletin mensuel' if lang == 'fr' else 'Monthly bulletin',
                         'date': c.date_before(), 'msgid': c.msgid('association-gi.example'), 'text': inner_txt,
                         't': transport(c, kind='html', crlf=False)}, rng)
        att = {'filename': 'bulletin.eml', 'ctype': c.pick('message/rfc822', 'application/octet-stream'), 'data': inner}
        note = 'forwarded newsletter as attached message'
    else:
        members = [('diapos_%d.pdf' % i, D.pdf(['# ' + t, 'Points clés', '- ' + t], compress=True)) for i, t in
                   enumerate(rng.sample(['Cirrhose et nutrition', 'TDA en coloscopie', 'Hépatite B : qui traiter?', 'EoE', 'Syndrome de l\'intestin irritable'], 3))]
        att = {'filename': 'presentations_journee_gi.zip', 'ctype': 'application/zip', 'data': D.zipped(members)}
        note = 'ZIP of teaching slides'
    text = (c.pick('Intéressant pour la réunion de service.', 'À lire.', 'Pour info.') if lang == 'fr' else c.pick('Interesting for rounds.', 'Worth a read.', 'FYI.')) + \
        '\n' + signature(c, a, lang, long=False)
    return N(c, 'forwarded_material', lang, c.pick('TR: Bulletin', 'Fwd: material', 'Présentations'), addr(a), [addr(b)], text, note, atts=[att])


# ------------------------------------------------------------------ meeting minutes with anonymised cases
def n_minutes(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    sec = c.staff(role='clerk', lang=lang)
    pres = [c.staff(lang=lang, site=sec['site']) for _ in range(4)]
    if lang == 'fr':
        paras = ['# Compte rendu — réunion de morbidité-mortalité GI', 'Présents : ' + ', '.join('Dr %s' % p['surname'] for p in pres),
                 'Cas A (homme, 70-79 ans) : perforation après dilatation pneumatique. Discussion sur le consentement et le choix du ballon.',
                 'Cas B (femme, 50-59 ans) : pancréatite post-CPRE sévère. Rappel : indométhacine intrarectale et stent pancréatique.',
                 'Action : révision du protocole de dilatation (Dr %s), échéance 3 mois.' % pres[0]['surname']]
        subj = 'Compte rendu M&M GI'
    else:
        paras = ['# Minutes - GI morbidity & mortality rounds', 'Present: ' + ', '.join('Dr. %s' % p['surname'] for p in pres),
                 'Case A (male, 70-79): perforation after pneumatic dilation. Discussion on consent and balloon choice.',
                 'Case B (female, 50-59): severe post-ERCP pancreatitis. Reminder: rectal indomethacin and pancreatic stent.',
                 'Action: revise dilation protocol (Dr. %s), due in 3 months.' % pres[0]['surname']]
        subj = 'GI M&M minutes'
    if c.chance(0.5):
        return N(c, 'meeting_minutes', lang, subj, addr(sec), [('Gastro - médecins', 'gastro-md@' + sec['site']['dom'])],
                 '\n\n'.join(p.lstrip('# ') for p in paras) + '\n' + signature(c, sec, lang), 'minutes with anonymised cases')
    return N(c, 'meeting_minutes', lang, subj, addr(sec), [('Gastro - médecins', 'gastro-md@' + sec['site']['dom'])],
             ('Compte rendu ci-joint.' if lang == 'fr' else 'Minutes attached.') + '\n' + signature(c, sec, lang), 'minutes with anonymised cases',
             atts=[{'filename': 'CR_MM.docx' if lang == 'fr' else 'MM_minutes.docx', 'ctype': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
                    'data': D.docx(paras)}])


# ------------------------------------------------------------------ billing codes (physicians)
def n_billing(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    a = c.staff(role='clerk', lang=lang)
    codes = ['%05d' % rng.randrange(100, 99999) for _ in range(4)]
    if lang == 'fr':
        subj = 'Facturation RAMQ — codes d\'actes en endoscopie'
        text = ('Bonjour docteurs,\n\nRappel des codes à utiliser suite à l\'entente 2025 :\n- Coloscopie complète : %s\n- Polypectomie (ajout) : %s\n'
                '- Gastroscopie avec biopsies : %s\n- Supplément sédation-analgésie : %s\nLes demandes de paiement refusées du mois dernier '
                '(n = %d) concernaient surtout le modificateur de lieu.\n' % tuple(codes + [rng.randrange(5, 40)]))
    else:
        subj = 'RAMQ billing - endoscopy fee codes'
        text = ('Hello doctors,\n\nCodes to use under the 2025 agreement:\n- Complete colonoscopy: %s\n- Polypectomy (add-on): %s\n- EGD with biopsies: %s\n'
                '- Sedation supplement: %s\nLast month\'s rejected claims (n = %d) mostly involved the location modifier.\n' % tuple(codes + [rng.randrange(5, 40)]))
    text += signature(c, a, lang, unit='Facturation médicale' if lang == 'fr' else 'Medical billing')
    return N(c, 'billing_codes', lang, subj, addr(a), [('Gastro - médecins', 'gastro-md@' + a['site']['dom'])], text, 'physician billing codes')


# ------------------------------------------------------------------ aggregate screening report
def n_screening_aggregate(c):
    rng = c.rng
    lang = c.pick('fr', 'en', 'fr')
    a = c.staff(role='mgr', lang=lang)
    terr = ['Val-Bleu', 'Lac-Argent', 'Saint-Rémi-des-Monts', 'Magog', 'Granby']
    rows = [['Territoire', 'Personnes invitées', 'Participation (%)', 'RSOSi+ (%)', 'Coloscopie < 60 j (%)'] if lang == 'fr' else
            ['Territory', 'Invited', 'Participation (%)', 'FIT+ (%)', 'Colonoscopy < 60 d (%)']]
    for t in terr:
        rows.append([t, str(rng.randrange(3000, 40000)), str(rng.randrange(35, 70)), '%.1f' % (rng.randrange(30, 80) / 10), str(rng.randrange(40, 95))])
    text = (('Bonjour,\n\nVoici les résultats du programme de dépistage par territoire pour l\'année :' if lang == 'fr'
             else 'Hello,\n\nScreening programme results by territory for the year:') + '\n\n' + '\n'.join(' | '.join(r) for r in rows) + '\n' + signature(c, a, lang))
    return N(c, 'screening_aggregate', lang, 'Programme de dépistage — résultats annuels' if lang == 'fr' else 'Screening programme - annual results',
             addr(a), [('Médecins de famille', 'gmf-region@' + a['site']['dom'])], text, 'aggregate screening statistics', t=transport(c, kind=c.pick('html', 'alt', 'text')))


# ------------------------------------------------------------------ staff member off sick (HR)
def n_staff_sick(c):
    lang = c.pick('fr', 'en')
    mgr = c.staff(role='mgr', lang=lang)
    e = c.staff(role='rn', lang=lang, site=mgr['site'])
    if lang == 'fr':
        subj = 'Absence — équipe de jour'
        text = ('Bonjour l\'équipe,\n\n%s est absente cette semaine (gastro-entérite, la vraie!). %s la remplace en salle 2. On ferme la salle 4 jeudi '
                'faute de personnel.\n' % (e['given'], c.staff()['given']))
    else:
        subj = 'Absence - day team'
        text = ('Hi team,\n\n%s is off this week (stomach flu, ironically). %s covers Room 2. Room 4 closed Thursday for lack of staff.\n' % (e['given'], c.staff()['given']))
    text += signature(c, mgr, lang, long=False)
    return N(c, 'staff_absence', lang, subj, addr(mgr), [('Équipe endo', 'equipe.endo@' + mgr['site']['dom'])], text, 'staff absence notice (HR)')
