"""Positive scenarios, part B: transfers between institutions and internal records work."""
import datetime

import gen_clin as K
import gen_common as C
import gen_docs as D
from gen_thread import BOX

XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'


def _ep(ctx, p=None):
    ctx.f.add('diagnosis')
    return K.episode(ctx.rng, ctx.lang, p, ctx.date.year)


def _lab(ctx, p=None):
    ctx.f.add('lab_result')
    return K.lab(ctx.rng, ctx.lang, p)


def _med(ctx, p=None):
    ctx.f.add('medication')
    return K.med(ctx.rng, ctx.lang, p, ctx.date.year)


# ----------------------------------------------------------------------------
def transfer_out(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    inst = r.choice([i for i in C.INSTITUTIONS if i['prov'] == 'QC'])
    p = ctx.nam_pt() or ctx.pt()
    s = ctx.staff()
    ep = _ep(ctx, p)
    L = [ctx.hello(), '']
    L.append(t('Tel que demandé par votre service (transfert de suivi), voici les renseignements de l\'usager et la liste des '
               'documents transmis par le portail sécurisé :',
               'As requested by your department (transfer of care), here are the patient identifiers and the list of documents '
               'sent through the secure portal:'))
    L.append('')
    L.append(f.ident_block(p, sep='\n' if r.random() < 0.6 else ' | '))
    if r.random() < 0.5:
        L.append(t('Dossier HSA : ', 'HSA chart: ') + f.mrn(p))
    L.append('')
    docs = ['- ' + t('Résumé de départ – ', 'Discharge summary – ') + ep]
    if r.random() < 0.6:
        docs.append('- ' + t('Derniers résultats : ', 'Latest results: ') + _lab(ctx, p))
    if r.random() < 0.5:
        docs.append('- ' + t('Profil pharmacologique : ', 'Medication profile: ') + _med(ctx, p))
    docs.append('- ' + t('Consentement au transfert signé le ', 'Transfer consent signed ') + ctx.past(2, 20).isoformat())
    L += docs
    L += ['', t('Merci de confirmer la réception au poste indiqué ci-dessous.', 'Please confirm receipt at the extension below.'), '',
          ctx.bye(), ctx.sig(s)]
    return dict(category='transfer_out', note='chart transferred to another institution', frm=C.addr_of(s),
                to=[('Archives – ' + inst['short'], 'archives@' + inst['dom'])],
                subject=r.choice([t('Transfert de dossier – ', 'Record transfer – ') + f.name(p, 'upper'),
                                  t('Transfert de dossier vers ', 'Record transfer to ') + inst['short']]),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def ontario_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    inst = r.choice([i for i in C.INSTITUTIONS if i['prov'] == 'ON'])
    p = ctx.pt('ON')
    ep = _ep(ctx, p)
    g, s_ = r.choice([('Tanya', 'Whitford'), ('Mélissa', 'Chartrand'), ('Gordon', 'Pike')])
    L = [ctx.hello(), '']
    nm = f.name(p, r.choice(['upper', 'full', 'title']))
    if ctx.fr:
        L += ['Notre patient(e) %s est actuellement hospitalisé(e) chez nous (%s). Selon la famille, il/elle a été '
              'traité(e) à votre établissement pour : %s.' % (nm, inst['name'], ep),
              'Pourriez-vous nous faire parvenir le dernier résumé d\'hospitalisation et les résultats pertinents?', '',
              'Date de naissance : ' + f.dob(p), 'N° carte santé de l\'Ontario : ' + f.ohip(p)]
    else:
        L += ['Our patient %s is currently admitted to %s. According to the family, they were previously treated at '
              'your facility for %s.' % (nm, inst['name'], ep),
              'Could you please send the most recent discharge summary and relevant results?', '',
              'DOB: ' + f.dob(p), 'OHIP: ' + f.ohip(p)]
    if r.random() < 0.5:
        L.append(t('Allergie / traitement actuel : ', 'Current medication: ') + _med(ctx, p))
    L += ['', t('Le consentement signé est joint (scan).', 'Signed consent attached (scan).'), '', ctx.bye(), g + ' ' + s_,
          t('Gestion de l\'information sur la santé', 'Health Information Management'), inst['name'], 'Tel. 613-555-01%02d' % r.randrange(100)]
    cons = D.pdf('Consent to disclose', [f.name(p, 'full') + ' – ' + 'OHIP ' + f.ohip(p, 'plain'),
                                         'I consent to the release of my health records from ' + C.ORG_EN + ' to ' + inst['name'] + '.',
                                         'Signature: (signed)   Date: ' + ctx.past(1, 10).isoformat()])
    return dict(category='transfer_request_on', note='Ontario hospital requests prior records', frm=(g + ' ' + s_, C.strip_accents(g[0] + s_).lower() + '@' + inst['dom']),
                to=[BOX['roi_en']], subject=r.choice(['Records request – ' + f.name(p, 'surcomma'), t('Demande de dossier – patient transféré', 'Request for records – transferred patient')]),
                text='\n'.join(L), attachments=[dict(kind='pdf', filename='consent_%d.pdf' % r.randrange(1000, 9999), ctype='application/pdf', data=cons)])


# ----------------------------------------------------------------------------
def europe_transfer(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    be = r.random() < 0.5
    inst = [i for i in C.INSTITUTIONS if i['prov'] == ('BE' if be else 'FR')][0]
    p = ctx.pt('BE' if be else 'FR', 1960, 2002)
    ep = _ep(ctx, p)
    g, s_ = ('Anne-Sophie', 'Vandamme') if be else ('Hervé', 'Lemoine')
    L = [t('Madame, Monsieur,', 'Dear colleagues,'), '']
    nm = f.name(p, r.choice(['upper', 'title', 'full']))
    idl = (t('N° de registre national (NISS) : ', 'National register number (NISS): ') + f.niss(p)) if be else \
          (t('N° de sécurité sociale (NIR) : ', 'Social security number (NIR): ') + f.nir(p))
    if ctx.fr:
        L.append('%s, actuellement suivi(e) dans notre établissement, a séjourné au Québec et a été pris(e) en charge '
                 'dans votre CIUSSS pour %s. Nous sollicitons la transmission du compte rendu d\'hospitalisation et des '
                 'examens complémentaires.' % (nm, ep))
    else:
        L.append('%s, now followed at our hospital, stayed in Quebec and was treated in your CIUSSS for %s. We kindly '
                 'request the discharge report and test results.' % (nm, ep))
    L += ['', t('Né(e) le : ', 'Born: ') + f.dob(p), idl]
    if r.random() < 0.5:
        L.append(t('Adresse pendant le séjour : ', 'Address during stay: ') + f.addr(p))
    if r.random() < 0.5:
        L.append(t('Biologie d\'entrée chez nous : ', 'Admission labs here: ') + _lab(ctx, p))
    L += ['', t('Veuillez agréer nos salutations confraternelles.', 'With kind regards,'), g + ' ' + s_,
          t('Département d\'information médicale', 'Medical information department'), inst['name']]
    return dict(category='transfer_request_eu', note='European hospital requests records', frm=(g + ' ' + s_, 'dim@' + inst['dom']),
                to=[BOX['archives']], subject=t('Demande de compte rendu – ', 'Request for discharge report – ') + f.name(p, 'upper'),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def incomplete_charts(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    ph = r.choice(C.PHYS)
    s = ctx.staff()
    n = r.randrange(3, 7)
    rows = [[t('Dossier', 'Chart'), t('Usager', 'Patient'), t('Départ', 'Discharge'), t('Dx principal', 'Main dx'), t('Manquant', 'Missing')]]
    for _ in range(n):
        p = ctx.pt()
        rows.append([f.mrn(p, r.choice(['plain', 'space', 'hyphen'])), f.name(p, r.choice(['upper', 'surcomma', 'init'])),
                     ctx.past(20, 120).isoformat(), _ep(ctx, p).split(' (')[0],
                     r.choice([t('résumé de départ', 'discharge summary'), t('protocole opératoire', 'operative note'),
                               t('signature ordonnances', 'order co-signature'), t('feuille sommaire', 'face sheet')])])
    sg = ctx.sig(s)
    L = [ctx.hello(C.dr(ph, ctx.lang)), '',
         t('Selon nos relevés, %d dossiers sont incomplets depuis plus de 30 jours (règlement du CMDP, art. 7) :' % n,
           'Our records show %d charts incomplete for more than 30 days (medical staff bylaws, s. 7):' % n), '',
         C.table_text(rows), '',
         t('Les dossiers sont au local B-114, tablette « médecins ». Merci de compléter d\'ici vendredi.',
           'The charts are in room B-114, physicians\' shelf. Please complete by Friday.'), '', ctx.bye(), sg]
    html_body = '<html><body style="font-family:Calibri"><p>' + C.html_escape(L[0]) + '</p><p>' + C.html_escape(L[2]) + '</p>' + \
        C.table_html(rows) + '<p>' + C.html_escape(L[6]) + '</p><p>' + C.html_escape(L[8]) + '<br>' + \
        C.html_escape(sg).replace('\n', '<br>\n') + '</p></body></html>'
    use_x = r.random() < 0.35
    atts = []
    if use_x:
        atts.append(dict(kind='xlsx', filename=t('dossiers_incomplets_', 'incomplete_charts_') + ph['surname'] + '.xlsx', ctype=XLSX,
                         data=D.xlsx([(t('Incomplets', 'Incomplete'), rows)])))
    return dict(category='incomplete_charts', note='incomplete chart list sent to a physician', frm=C.addr_of(s),
                to=[(C.dr(ph, ctx.lang), ph['email'])], subject=t('Dossiers incomplets – rappel', 'Incomplete charts – reminder'),
                text='\n'.join(L), html=html_body, body_kind=r.choice(['html', 'alt']), attachments=atts)


# ----------------------------------------------------------------------------
def coding_query(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    ph = r.choice(C.PHYS)
    s = C.staff_by('Lafrenière') if ctx.fr or r.random() < 0.5 else ctx.staff()
    p = ctx.pt()
    adm = ctx.past(15, 90)
    f.add('diagnosis', 'lab_result')
    dx1, dx2, lab = r.choice([(t('insuffisance rénale aiguë', 'acute kidney injury'), t('IRC stade 4', 'CKD stage 4'), t('créatinine 412 µmol/L', 'creatinine 412 µmol/L')),
                              (t('sepsis d\'origine urinaire', 'urosepsis'), t('pyélonéphrite', 'pyelonephritis'), t('CRP 186 mg/L, lactate 4,1', 'CRP 186 mg/L, lactate 4.1')),
                              (t('anémie ferriprive', 'iron-deficiency anaemia'), t('hémorragie digestive haute', 'upper GI bleed'), 'Hb 71 g/L'),
                              (t('IAMSEST type 2', 'type 2 NSTEMI'), t('élévation de la troponine sans SCA', 'troponin leak without ACS'), t('troponine hs 412 ng/L', 'hs-troponin 412 ng/L'))])
    who = r.choice(['mrn', 'name', 'both'])
    ref = ''
    if who in ('mrn', 'both'):
        ref += t('dossier ', 'chart ') + f.mrn(p)
    if who in ('name', 'both'):
        ref += (' – ' if ref else '') + f.name(p, r.choice(['init', 'upper', 'titlesur']))
    L = [ctx.hello(C.dr(ph, ctx.lang).split(' ', 1)[0] + ' ' + ph['surname']), '',
         t('Question de codification pour %s (séjour du %s) : la note de départ mentionne « %s » mais les notes '
           'd\'évolution parlent de « %s » (%s). Pouvez-vous préciser le diagnostic principal à retenir?',
           'Coding query for %s (stay of %s): the discharge note says "%s" but progress notes describe "%s" (%s). '
           'Could you confirm which diagnosis is the most responsible one?') % (ref, ctx.d(adm), dx1, dx2, lab),
         '', t('Le résumé doit être transmis à MED-ÉCHO d\'ici le %s.', 'The abstract is due to the provincial database by %s.') % ctx.d(ctx.future(5, 20)),
         '', ctx.bye(), ctx.sig(s)]
    return dict(category='coding_query', note='coding archivist asks physician to clarify diagnosis', frm=C.addr_of(s),
                to=[(C.dr(ph, ctx.lang), ph['email'])], subject=r.choice([t('Question de codification', 'Coding query'),
                                                                         t('Codification – ', 'Coding – ') + (f.mrn(p, 'plain') if who != 'name' else 'DP')]),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def misfile_incident(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    a, b = ctx.pt(), ctx.pt()
    s = ctx.staff()
    doc = r.choice([(t('rapport de pathologie', 'pathology report'), t('adénocarcinome du côlon, marges atteintes', 'colon adenocarcinoma, positive margins')),
                    (t('note de consultation en psychiatrie', 'psychiatry consult note'), t('trouble bipolaire type I', 'bipolar I disorder')),
                    (t('résultat de dépistage ITSS', 'STI screening result'), t('TAAN chlamydia : positif', 'chlamydia NAAT: positive')),
                    (t('échographie obstétricale', 'obstetric ultrasound'), t('grossesse de 9 semaines', '9-week pregnancy'))])
    f.add('diagnosis')
    if 'TAAN' in doc[1] or 'NAAT' in doc[1]:
        f.add('lab_result')
    L = [ctx.hello(), '',
         t('En faisant le contrôle qualité de la numérisation, j\'ai trouvé un document (%s) de %s (%s) classé dans le dossier de %s '
           '(dossier %s). Le document indique : %s.',
           'During scanning QA I found a document (%s) of %s (%s) filed in the chart of %s (chart %s). The document reads: %s.')
         % (doc[0], f.name(a, r.choice(['title', 'upper', 'full'])), f.mrn(a), f.name(b, r.choice(['title', 'upper', 'full'])), f.mrn(b), doc[1]),
         t('Le dossier de M./Mme %s a été consulté deux fois depuis (journal d\'accès joint). Je déclare l\'incident?',
           'The chart of %s was viewed twice since then (access log attached). Should I report the incident?') % b.surname,
         '', ctx.bye(), ctx.sig(s)]
    log = D.csv_text([['horodatage', 'utilisateur', 'dossier', 'action'] if ctx.fr else ['timestamp', 'user', 'chart', 'action'],
                      [ctx.past(1, 5).isoformat() + ' 10:42', 'jgagne07', b.mrn, 'CONSULTATION'],
                      [ctx.past(1, 5).isoformat() + ' 15:03', 'ppoulin2', b.mrn, 'CONSULTATION']], delim=';')
    return dict(category='misfile_incident', note='document misfiled in another patient chart', frm=C.addr_of(s),
                to=[C.addr_of(C.staff_by('Charron'))], cc=[C.addr_of(C.STAFF[0])],
                subject=r.choice([t('Document mal classé – incident?', 'Misfiled document – incident?'), t('Erreur de classement', 'Filing error')]),
                text='\n'.join(L), attachments=[dict(kind='csv', filename='journal_acces.csv' if ctx.fr else 'access_log.csv', ctype='text/csv', text=log)])


# ----------------------------------------------------------------------------
def fax_breach(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.pt()
    s = ctx.staff()
    ep = _ep(ctx, p)
    L = [ctx.hello(C.staff_by('Charron')['given']), '',
         t('Ce matin, la télécopie du résumé de départ de %s (DDN %s) destinée à la clinique GMF des Érables a été envoyée '
           'au 450 555-0177, un commerce. Contenu : %s, traitement au congé : %s.',
           'This morning the discharge summary of %s (DOB %s) meant for the Érables family clinic was faxed to 450 555-0177, '
           'a retail business. Content: %s, discharge medication: %s.') % (f.name(p, r.choice(['full', 'upper', 'title'])), f.dob(p), ep, _med(ctx, p)),
         t('Le commerce a confirmé avoir détruit le document. J\'ai rempli le formulaire AH-223.',
           'The business confirmed it shredded the document. I filled the AH-223 form.'), '', ctx.bye(), ctx.sig(s)]
    return dict(category='privacy_incident', note='misdirected fax reported to privacy office', frm=C.addr_of(s),
                to=[BOX['privacy']], subject=r.choice([t('Incident de confidentialité – télécopie', 'Privacy incident – fax'),
                                                       t('Fax envoyé au mauvais numéro', 'Fax sent to wrong number')]),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def chart_merge(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    p = ctx.nam_pt() or ctx.pt()
    s = ctx.staff()
    m2 = C.gen_mrn(r)
    L = [ctx.hello(), '', t('Doublon détecté à l\'index patient (IPM). Les deux dossiers appartiennent à la même personne :',
                            'Duplicate found in the master patient index. Both charts belong to the same person:'), '',
         f.ident_block(p, sep='\n'), t('Dossier actif : ', 'Active chart: ') + f.mrn(p), t('Dossier à fusionner : ', 'Chart to merge: ') + m2]
    f.ids.append(('mrn', m2))
    if r.random() < 0.5:
        L.append(t('Le 2e dossier contient seulement un épisode d\'urgence (', 'The 2nd chart only holds one ER episode (') + _ep(ctx, p) + ').')
    L += ['', t('Pouvez-vous procéder à la fusion dans le DPE? Le dossier papier suivra.', 'Can you merge them in the EHR? The paper chart will follow.'),
          '', ctx.bye(), ctx.sig(s)]
    return dict(category='chart_merge', note='duplicate chart merge request', frm=C.addr_of(s), to=[BOX['archives']],
                subject=r.choice([t('Fusion de dossiers', 'Chart merge'), t('Doublon IPM – ', 'MPI duplicate – ') + f.mrn(p, 'plain')]),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def dpj_request(ctx):
    r, f, t = ctx.rng, ctx.f, ctx.t
    child = ctx.nam_pt('child') if r.random() < 0.5 else None
    child = child or ctx.pt('QC' if ctx.fr else 'EN', 2009, 2022)
    mom = ctx.pt('QC' if ctx.fr else 'EN', 1975, 2000)
    f.add('social_information')
    g, s_ = r.choice([('Valérie', 'Pichette'), ('Jordan', 'Lebel'), ('Kim', 'Fairweather')])
    L = [ctx.hello(), '']
    L.append(t('Intervenante à l\'évaluation-orientation, je demande en vertu de l\'article 35.4 LPJ les renseignements '
               'concernant l\'enfant ci-dessous (signalement retenu – négligence).',
               'As the evaluation worker I am requesting, under s. 35.4 of the Youth Protection Act, information about the '
               'child below (retained report – neglect).'))
    L.append('')
    if child.nam:
        L.append(f.ident_block(child))
    else:
        L += [t('Enfant : ', 'Child: ') + f.name(child, 'upper'), t('DDN : ', 'DOB: ') + f.dob(child)]
    L.append(t('Mère : ', 'Mother: ') + f.name(mom, r.choice(['full', 'upper'])))
    if r.random() < 0.6:
        L.append(t('Adresse : ', 'Address: ') + f.addr(mom))
    L.append(t('Éléments recherchés : visites à l\'urgence des 12 derniers mois, suivi pédiatrique, ',
               'Looking for: ER visits in the last 12 months, paediatric follow-up, ') + _ep(ctx, child) + '.')
    L += ['', ctx.bye(), g + ' ' + s_, t('Intervenante – DPJ, équipe Évaluation-Orientation', 'Youth protection worker, Intake & Evaluation'),
          C.ORG_FR, 'Tél. : 450 555-01%02d' % r.randrange(100)]
    return dict(category='youth_protection', note='youth protection requests child records', frm=(g + ' ' + s_, C.strip_accents(g + '.' + s_).lower() + '.dpj@' + C.DOM),
                to=[BOX['acces'] if ctx.fr else BOX['roi_en']], subject=t('Demande art. 35.4 LPJ – confidentiel', 'YPA s. 35.4 request'),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def intl_agreement(ctx):
    """Billing for non-insured patients asks the archives for records to support a claim under a social security agreement."""
    r, f, t = ctx.rng, ctx.f, ctx.t
    be = r.random() < 0.5
    p = ctx.pt('BE' if be else 'FR', 1950, 2004)
    ep = _ep(ctx, p)
    a = ctx.past(40, 300)
    b = a + datetime.timedelta(days=r.randrange(1, 12))
    sender = ('Gabrielle Morissette', 'gabrielle.morissette.vdh@' + C.DOM)
    country = t('Belgique', 'Belgium') if be else 'France'
    payer = t('la mutualité (Mutualité Saint-Hadelin)', 'the Belgian sickness fund (Mutualité Saint-Hadelin)') if be else \
        t('la CPAM de Vallon-sur-Loue', 'the CPAM of Vallon-sur-Loue')
    idl = (t('NISS : ', 'NISS: ') + f.niss(p)) if be else (t('NIR : ', 'NIR: ') + f.nir(p))
    L = [ctx.hello(), '',
         t('Pour la réclamation à %s en vertu de l\'entente de sécurité sociale %s–Québec (formulaire SE-%d), j\'ai besoin du '
           'résumé de séjour et du protocole opératoire s\'il y a lieu :' % (payer, country, r.randrange(100, 400)),
           'For the claim to %s under the %s–Quebec social security agreement (form SE-%d), I need the discharge summary and '
           'operative note if any:' % (payer, country, r.randrange(100, 400))), '',
         t('Usager : ', 'Patient: ') + f.name(p, r.choice(['upper', 'surcomma', 'full'])),
         t('Né(e) le : ', 'Born: ') + f.dob(p), idl,
         t('Séjour : du %s au %s', 'Stay: %s to %s') % (ctx.d(a, 'iso'), ctx.d(b, 'iso')),
         t('Diagnostic principal : ', 'Main diagnosis: ') + ep]
    if r.random() < 0.4:
        L.append(t('Dossier : ', 'Chart: ') + f.mrn(p))
    L += ['', t('La facture doit partir avant la fin du mois.', 'The invoice must go out before month end.'), '', ctx.bye(),
          sender[0], t('Technicienne en administration – facturation des usagers non assurés', 'Billing technician – non-insured patients'),
          C.ORG_FR, 'Tél. : 450 555-0110, poste %d' % r.randrange(2000, 6999)]
    return dict(category='intl_claim', note='billing asks records for a foreign social security claim', frm=sender, to=[BOX['archives']],
                subject=r.choice([t('Entente %s – résumé de séjour requis', '%s agreement – discharge summary needed') % country,
                                  t('Réclamation entente – ', 'Agreement claim – ') + f.name(p, 'upper')]), text='\n'.join(L))


SCENARIOS = [
    (transfer_out, 'both', 2),
    (ontario_request, 'both', 3),
    (europe_transfer, 'both', 2),
    (incomplete_charts, 'both', 2),
    (coding_query, 'both', 2),
    (misfile_incident, 'both', 1),
    (fax_breach, 'both', 1),
    (chart_merge, 'both', 2),
    (dpj_request, 'both', 2),
    (intl_agreement, 'both', 3),
]
