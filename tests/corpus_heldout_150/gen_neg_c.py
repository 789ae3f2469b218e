"""Negative scenarios, part C: IT, facilities, committees, conferences, policies, notices, research, misc."""

import gen_common as C
import gen_docs as D
from gen_neg_a import VENDORS, luhn_digits
from gen_thread import BOX

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# ----------------------------------------------------------------------------
def it_notice(ctx):
    r, t = ctx.rng, ctx.t
    it = C.staff_by('Pratt')
    v = r.randrange(3)
    day = ctx.future(2, 12)
    if v == 0:
        subj = t('Interruption planifiée du DPE – ', 'Planned EHR downtime – ') + day.isoformat()
        body = t('Le dossier patient électronique sera indisponible le %s de 23 h à 3 h (mise à jour 8.4). Utilisez les formulaires papier de relève; '
                 'les archives numériseront les documents produits pendant l\'interruption. Billet CS-%06d.',
                 'The electronic health record will be unavailable on %s from 11 pm to 3 am (upgrade 8.4). Use downtime paper forms; Health Records '
                 'will scan documents produced during the outage. Ticket CS-%06d.') % (ctx.d(day), r.randrange(10 ** 6))
    elif v == 1:
        rows = [[t('Poste', 'Workstation'), t('Numériseur', 'Scanner'), t('N° de série', 'Serial'), t('Étiquette d\'actif', 'Asset tag')]]
        wide = r.random() < 0.5
        for i in range(r.randrange(3, 6)):
            a = luhn_digits(r, 9)
            tag = '%s-%s-%s' % (a[:3], a[3:6], a[6:])
            rows.append(['ARCH-%02d' % (i + 1), 'fi-7600', luhn_digits(r, 10), C.fullwidth(tag) if wide else tag])
        subj = t('Mise à jour des pilotes de numériseurs', 'Scanner driver update')
        body = t('Les pilotes des numériseurs du service seront mis à jour jeudi. Postes visés :', 'Scanner drivers in your department will be updated Thursday. Affected stations:') \
            + '\n\n' + C.table_text(rows)
    else:
        subj = t('Hameçonnage – courriel frauduleux « RAMQ remboursement »', 'Phishing – fake "RAMQ refund" e-mail')
        body = t('Plusieurs employés ont reçu un courriel prétendant venir de la RAMQ et demandant leur NAM et leurs coordonnées bancaires. '
                 'Ne cliquez pas sur le lien; transférez le message à securite@%s puis supprimez-le.',
                 'Several employees received an e-mail claiming to be from RAMQ asking for their health card number and banking details. Do not '
                 'click the link; forward it to securite@%s and delete it.') % C.DOM
    L = [ctx.hello(group=r.random() < 0.5), '', body, '', ctx.bye(), t('Centre de services – Direction des ressources informationnelles', 'Service Desk – IT Department'), 'poste 4357']
    return dict(category='it_notice', note='IT notice', frm=BOX['servicedesk'], to=[BOX['tous_archives']], subject=subj, text='\n'.join(L))


# ----------------------------------------------------------------------------
def facilities(ctx):
    r, t = ctx.rng, ctx.t
    fm = C.staff_by('Audet')
    v = r.randrange(3)
    if v == 0:
        subj = t('Taux d\'humidité – voûte des archives B-020', 'Humidity level – records vault B-020')
        body = t('La sonde de la voûte indique 68 % d\'humidité relative depuis hier. Un déshumidificateur sera installé aujourd\'hui; merci de '
                 'libérer l\'allée 4. Aucun dégât constaté aux boîtes.', 'The vault sensor has shown 68% relative humidity since yesterday. A dehumidifier '
                 'will be installed today; please clear aisle 4. No damage found to boxes.')
    elif v == 1:
        subj = t('Inspection des gicleurs – sous-sol', 'Sprinkler inspection – basement')
        body = t('Inspection annuelle des gicleurs le %s entre 8 h et 11 h. L\'accès au local des archives sera restreint; prévoir la sortie des '
                 'dossiers urgents la veille.', 'Annual sprinkler inspection on %s between 8 and 11 am. Access to the records room will be restricted; '
                 'pull urgent charts the day before.') % ctx.d(ctx.future(3, 20))
    else:
        subj = t('Ramassage des bacs de déchiquetage', 'Shredding bin pickup')
        body = t('Les bacs verrouillés de documents confidentiels seront ramassés mardi par Sûr-Destruction (certificat de destruction remis au '
                 'service). Merci de ne pas y jeter de cartables ni de métal.', 'Locked confidential-document bins will be collected Tuesday by '
                 'Sûr-Destruction (certificate of destruction provided). Please do not put binders or metal in them.')
    L = [ctx.hello(group=r.random() < 0.5), '', body, '', ctx.bye(), ctx.sig(fm)]
    return dict(category='facilities', note='facilities notice', frm=C.addr_of(fm), to=[BOX['tous_archives']], subject=subj, text='\n'.join(L))


# ----------------------------------------------------------------------------
def committee(ctx):
    r, t = ctx.rng, ctx.t
    sec = C.staff_by('Comeau')
    ph = r.sample(C.PHYS, 3)
    day = ctx.future(5, 25)
    items = [t('Adoption de l\'ordre du jour et du procès-verbal du %s', 'Agenda and minutes of %s') % ctx.d(ctx.past(25, 40)),
             t('Délais de transcription en %s – %s', 'Transcription delays in %s – %s') % (ph[0]['spec_fr'] if ctx.fr else ph[0]['spec_en'], C.dr(ph[0], ctx.lang)),
             t('Politique d\'accès des chercheurs aux dossiers – %s (lymphomes, leucémies)', 'Researcher access to charts – %s (lymphoma, leukaemia)') % C.dr(C.PHYS[2], ctx.lang),
             t('Calendrier de conservation : dossiers de santé mentale (%s)', 'Retention schedule: mental health charts (%s)') % C.dr(C.PHYS[0], ctx.lang),
             t('Indicateurs : dossiers incomplets > 30 jours (%d)', 'Indicators: charts incomplete > 30 days (%d)') % r.randrange(40, 180),
             t('Varia', 'Other business')]
    L = [ctx.hello(group=r.random() < 0.5), '', t('Convocation – Comité de gestion de l\'information clinique, le %s à 12 h, salle du conseil (dîner servi).',
                            'Notice – Clinical Information Management Committee, %s at noon, boardroom (lunch served).') % ctx.d(day), '',
         t('Ordre du jour :', 'Agenda:')] + ['%d. %s' % (i + 1, x) for i, x in enumerate(items)] + ['', t('Membres : ', 'Members: ') + ', '.join(
             [C.dr(p, ctx.lang) for p in ph] + [('Mme ' if ctx.fr else 'Ms. ') + C.person_name(C.STAFF[0]), ('M. ' if ctx.fr else 'Mr. ') + C.person_name(C.STAFF[3])]),
         '', ctx.sig(sec)]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind='docx', filename=t('ODJ_comité_CGIC_', 'agenda_CIMC_') + day.isoformat() + '.docx', ctype=DOCX,
                         data=D.docx([('h', t('Ordre du jour', 'Agenda'))] + [('p', x) for x in items])))
    return dict(category='committee_notice', note='committee notice with physicians and topics', frm=C.addr_of(sec), to=[BOX['medecins'], C.addr_of(C.STAFF[0])],
                subject=t('Convocation CGIC – ', 'CIMC notice – ') + day.isoformat(), text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def conference(ctx):
    r, t = ctx.rng, ctx.t
    prog = [('08:30', t('Mot de bienvenue', 'Welcome'), 'Mme Véronique Desrochers' if ctx.fr else 'Ms. Véronique Desrochers'),
            ('09:00', t('Codifier le sepsis et le choc septique en 2025', 'Coding sepsis and septic shock in 2025'), 'Mme Samira Belkacem' if ctx.fr else 'Ms. Samira Belkacem'),
            ('10:15', t('Le dossier en santé mentale : accès et art. 17', 'Mental health records: access and harm'), C.dr(C.PHYS[0], ctx.lang)),
            ('11:00', t('Néoplasies hématologiques : ce que l\'archiviste doit savoir', 'Haematological neoplasms for the HIM professional'), C.dr(C.PHYS[2], ctx.lang)),
            ('13:30', t('Subpoenas et ordonnances : panel', 'Subpoenas and court orders: panel'), 'Me Amélie Charron'),
            ('15:00', t('Intelligence artificielle et codification', 'AI-assisted coding'), 'M. Nicolas Lafrenière' if ctx.fr else 'Mr. Nicolas Lafrenière')]
    r.shuffle(prog)
    prog.sort()
    title = t('Colloque régional des archivistes médicaux – programme', 'Regional Health Records Conference – programme')
    lines = ['%s  %s – %s' % x for x in prog]
    L = [ctx.hello(group=r.random() < 0.5), '', t('Le programme du colloque du %s (Centre des congrès de Beauvallon) est joint. Inscription : 95 $ (membres AGISQ).',
                            'The programme for the %s conference (Beauvallon Convention Centre) is attached. Registration: $95 (members).') % ctx.d(ctx.future(20, 60)),
         ''] + lines + ['', ctx.bye(), t('Comité organisateur', 'Organising committee')]
    return dict(category='conference', note='conference programme with speakers and topics', frm=(t('Colloque AGISQ', 'AGISQ Conference'), 'colloque@agisq.example'),
                to=[BOX['tous_archives']], subject=title, text='\n'.join(L),
                attachments=[dict(kind='pdf', filename=t('programme_colloque_régional_archivistes.pdf', 'conference_programme.pdf'), ctype='application/pdf', data=D.pdf(title, lines))])


# ----------------------------------------------------------------------------
def policy_memo(ctx):
    r, t = ctx.rng, ctx.t
    s = C.staff_by('Charron')
    topic = r.randrange(3)
    if topic == 0:
        subj = t('Procédure – réception d\'une citation à comparaître', 'Procedure – receiving a subpoena')
        steps = [t('Vérifier que la citation vise bien l\'établissement et indique le district et le numéro de cour.', 'Check the subpoena names the facility, district and court number.'),
                 t('Ne jamais transmettre le dossier par courriel au cabinet : apporter une copie certifiée sous pli scellé.', 'Never e-mail the chart to the firm: bring a certified copy in a sealed envelope.'),
                 t('Aviser la conseillère PRP et le médecin traitant si son témoignage est requis.', 'Notify the privacy advisor and the treating physician if testimony is required.'),
                 t('Consigner la demande au registre (sans inscrire de diagnostic dans le champ « objet »).', 'Log the request (do not put any diagnosis in the subject field).')]
    elif topic == 1:
        subj = t('Demandes des coroners – rappel', 'Coroner requests – reminder')
        steps = [t('Les demandes des coroners sont prioritaires (délai cible : 5 jours ouvrables).', 'Coroner requests are a priority (target: 5 business days).'),
                 t('Aucune autorisation de la famille n\'est requise.', 'No family authorization is required.'),
                 t('Envoyer uniquement par le portail sécurisé, jamais par télécopieur.', 'Send only through the secure portal, never by fax.')]
    else:
        subj = t('Frais exigibles pour les copies – 2025', 'Copying fees – 2025')
        steps = [t('Usager : gratuit pour la consultation; 0,38 $/page pour les copies au-delà de 20 pages.', 'Patient: free to view; $0.38/page beyond 20 pages.'),
                 t('Assureurs et avocats : 25 $ de frais d\'ouverture + 0,38 $/page.', 'Insurers and lawyers: $25 opening fee + $0.38/page.'),
                 t('Coroner, DPJ et tribunaux : sans frais.', 'Coroner, youth protection and courts: no charge.')]
    L = [ctx.hello(group=r.random() < 0.5), '', t('Voici un rappel de la procédure en vigueur :', 'Here is a reminder of the current procedure:'), ''] + \
        ['%d) %s' % (i + 1, x) for i, x in enumerate(steps)] + ['', ctx.bye(), ctx.sig(s)]
    atts = []
    if r.random() < 0.4:
        atts.append(dict(kind='docx', filename=t('procédure_', 'procedure_') + str(topic + 1) + '.docx', ctype=DOCX,
                         data=D.docx([('h', subj)] + [('p', x) for x in steps])))
    return dict(category='policy_memo', note='procedure memo without individual cases', frm=C.addr_of(s), to=[BOX['tous_archives']], subject=subj,
                text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def destruction_cert(ctx):
    r, t = ctx.rng, ctx.t
    v = VENDORS[1]
    cert = 'CD-%d-%05d' % (ctx.date.year, r.randrange(10 ** 5))
    lines = [t('Client : ', 'Client: ') + C.ORG_FR + ' – ' + t('Archives médicales', 'Health Records'),
             t('Date de destruction : ', 'Destruction date: ') + ctx.past(1, 10).isoformat(),
             t('Contenu : dossiers inactifs 1988–2003 selon calendrier de conservation n° 112', 'Contents: inactive charts 1988–2003 per retention schedule no. 112'),
             t('Nombre de boîtes : ', 'Boxes: ') + str(r.randrange(40, 300)), t('Poids : ', 'Weight: ') + '%d kg' % r.randrange(900, 6000),
             t('Lot de déchiquetage : ', 'Shred lot: ') + luhn_digits(r, 11), t('Scellés n° : ', 'Seal nos.: ') + ', '.join(luhn_digits(r, 8) for _ in range(3)),
             t('Méthode : déchiquetage croisé niveau P-4', 'Method: cross-cut shredding level P-4'), '', t('Témoin : ', 'Witness: ') + C.person_name(C.STAFF[4])]
    L = [ctx.hello(group=r.random() < 0.5), '', t('Ci-joint le certificat de destruction %s.', 'Attached is certificate of destruction %s.') % cert, '', ctx.bye(), v['name'], v['tel']]
    return dict(category='destruction_certificate', note='certificate of destruction of inactive charts', frm=(v['name'], 'service@' + v['dom']),
                to=[C.addr_of(C.STAFF[0])], subject=t('Certificat de destruction ', 'Certificate of destruction ') + cert, text='\n'.join(L),
                attachments=[dict(kind='pdf', filename=cert + '.pdf', ctype='application/pdf', data=D.pdf(t('CERTIFICAT DE DESTRUCTION', 'CERTIFICATE OF DESTRUCTION'), lines))])


# ----------------------------------------------------------------------------
def recall_notice(ctx):
    r, t = ctx.rng, ctx.t
    v = r.randrange(2)
    lot = luhn_digits(r, 10)
    if v == 0:
        subj = t('Rappel – bracelets d\'identification thermiques, lot ', 'Recall – thermal ID wristbands, lot ') + lot
        body = t('Le fabricant rappelle les bracelets d\'identification (réf. WB-200, lot %s, exp. 2026-03) : l\'impression pâlit après 48 h. '
                 'Retirer les rouleaux des imprimantes de l\'admission et des archives.', 'The manufacturer is recalling ID wristbands (ref. WB-200, lot %s, '
                 'exp. 2026-03): print fades after 48 h. Remove rolls from admitting and records printers.') % lot
    else:
        subj = t('Avis de pénurie – ', 'Shortage notice – ') + r.choice(['salbutamol 100 mcg', 'amoxicilline 250 mg/5 mL', 'lorazépam 1 mg inj.'])
        body = t('La pharmacie informe d\'une pénurie jusqu\'en %s. Une alternative thérapeutique a été approuvée par le comité de pharmacologie (Dr Turgeon). '
                 'Aucune action requise par les archives; avis transmis à titre informatif.', 'Pharmacy reports a shortage until %s. A therapeutic alternative was '
                 'approved by the P&T committee (Dr. Turgeon). No action required by Health Records; for information.') % (C.MONTHS_FR if ctx.fr else C.MONTHS_EN)[r.randrange(12)]
    L = [ctx.hello(group=r.random() < 0.5), '', body, '', ctx.bye(), t('Gestion des risques', 'Risk management')]
    return dict(category='recall_shortage', note='product recall or drug shortage notice', frm=(t('Gestion des risques', 'Risk management'), 'risques.vdh@' + C.DOM),
                to=[BOX['tous_archives']], subject=subj, text='\n'.join(L))


# ----------------------------------------------------------------------------
def physician_roster(ctx):
    r, t = ctx.rng, ctx.t
    s = C.STAFF[0]
    ex = {'psychiatrie': t('psychoses, troubles de l\'humeur', 'psychosis, mood disorders'),
          'hémato-oncologie': t('lymphomes, leucémies, myélome', 'lymphoma, leukaemia, myeloma'),
          'pédiatrie': t('asthme, diabète de type 1 chez l\'enfant', 'asthma, paediatric type 1 diabetes'),
          'cardiologie': t('insuffisance cardiaque, FA', 'heart failure, AF'),
          'néphrologie': t('IRC, dialyse', 'CKD, dialysis'), 'gériatrie': t('démence, chutes', 'dementia, falls')}
    rows = [[t('Médecin répondant', 'Responding physician'), t('Spécialité', 'Specialty'), t('Dossiers visés', 'Charts covered'), t('Poste', 'Ext.')]]
    for p in C.PHYS:
        if p['spec_fr'] in ex:
            rows.append([C.dr(p, ctx.lang), p['spec_fr'] if ctx.fr else p['spec_en'], ex[p['spec_fr']], str(r.randrange(3000, 3999))])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Liste à jour des médecins à consulter avant de communiquer un dossier sensible (art. 17) :',
                            'Updated list of physicians to consult before releasing a sensitive chart:'), '', C.table_text(rows), '', ctx.bye(), ctx.sig(s)]
    return dict(category='physician_roster', note='physicians listed with diseases they cover', frm=C.addr_of(s), to=[BOX['acces']],
                subject=t('Médecins répondants – mise à jour', 'Responding physicians – update'), text='\n'.join(L),
                html='<html><body><p>' + C.html_escape(L[2]) + '</p>' + C.table_html(rows) + '</body></html>', body_kind=r.choice(['alt', 'html']))


# ----------------------------------------------------------------------------
def incomplete_request(ctx):
    r, t = ctx.rng, ctx.t
    lf = r.choice([x for x in C.LAWFIRMS if x['lang'] == ctx.lang] + [x for x in C.INSURERS if x['lang'] == ctx.lang])
    s = ctx.staff()
    ref = '%d-%02d' % (r.randrange(1000, 9999), r.randrange(1, 40))
    L = [ctx.hello(group=r.random() < 0.5), '', t('Nous avons reçu votre demande datée du %s (votre référence %s). Nous ne pouvons y donner suite : l\'autorisation n\'est pas '
                            'signée par la personne concernée et date de plus d\'un an. Merci de nous faire parvenir un formulaire valide; aucun document '
                            'n\'a été communiqué.', 'We received your request dated %s (your reference %s). We cannot process it: the authorization is not signed '
                            'by the person concerned and is more than one year old. Please send a valid form; no records have been released.')
         % (ctx.d(ctx.past(3, 20)), ref), '', ctx.bye(), ctx.sig(s)]
    dom = lf['dom']
    return dict(category='request_status', note='request refused for invalid consent, no patient identified', frm=C.addr_of(s),
                to=[('', 'dossiers@' + dom)], subject=t('Votre référence ', 'Your reference ') + ref, text='\n'.join(L))


# ----------------------------------------------------------------------------
def research(ctx):
    r, t = ctx.rng, ctx.t
    ph = r.choice(C.PHYS)
    n = r.randrange(120, 600)
    proj = 'CER-%d-%03d' % (ctx.date.year, r.randrange(1000))
    L = [ctx.hello(group=r.random() < 0.5), '', t('Le comité d\'éthique de la recherche a approuvé le projet %s (chercheur principal : %s) : revue rétrospective d\'environ %d dossiers '
                            'de patients suivis pour %s admis entre 2018 et 2023. Les données seront extraites sous forme dépersonnalisée (aucun nom, NAM ni numéro de dossier). '
                            'Merci de prévoir un poste de consultation au local B-114.',
                            'The research ethics board approved project %s (PI: %s): retrospective review of about %d charts of patients with %s admitted '
                            '2018-2023. Data will be extracted in de-identified form (no names, health numbers or chart numbers). Please set up a '
                            'workstation in room B-114.') % (proj, C.dr(ph, ctx.lang), n, r.choice([t('MPOC', 'COPD'), t('insuffisance cardiaque', 'heart failure'),
                                                                                                    t('diabète de type 2', 'type 2 diabetes')])),
         '', ctx.bye(), t('Bureau de la recherche', 'Research Office')]
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind='csv', filename=t('grille_extraction.csv', 'extraction_grid.csv'), ctype='text/csv',
                         text=D.csv_text([['id_etude', 'age_groupe', 'sexe', 'duree_sejour', 'readmission_30j'], ['S001', '70-79', '', '', ''], ['S002', '', '', '', '']])))
    return dict(category='research_protocol', note='approved chart review protocol, de-identified', frm=(t('Bureau de la recherche', 'Research Office'), 'recherche.vdh@' + C.DOM),
                to=[C.addr_of(C.STAFF[0])], subject=t('Projet ', 'Project ') + proj + t(' – accès aux dossiers', ' – chart access'), text='\n'.join(L), attachments=atts)


# ----------------------------------------------------------------------------
def vendor_contact(ctx):
    r, t = ctx.rng, ctx.t
    v = r.choice(VENDORS)
    g, s_ = r.choice([('Sébastien', 'Dumoulin'), ('Karen', 'Whitby'), ('Julien', 'Rancourt')])
    vc = D.vcard(g + ' ' + s_, '%s;%s;;;' % (s_, g), org=v['name'], title=t('Représentant des ventes', 'Account manager'), tel_work=v['tel'] + ' x' + str(r.randrange(100, 400)),
                 email=C.strip_accents(g[0] + s_).lower() + '@' + v['dom'], adr=('WORK', '1500, boul. Industriel', v['city'].split(' (')[0].split(',')[0], 'QC', 'J6Y 1V2', 'Canada'))
    L = [ctx.hello(group=r.random() < 0.5), '', t('Suite à notre rencontre, voici mes coordonnées. Je vous envoie la soumission pour la numérisation des dossiers inactifs d\'ici vendredi.',
                            'Following our meeting, here are my contact details. I will send the quote for scanning inactive charts by Friday.'), '', ctx.bye(), g + ' ' + s_, v['name']]
    return dict(category='vendor_contact', note='vendor sales rep contact card', frm=(g + ' ' + s_, C.strip_accents(g[0] + s_).lower() + '@' + v['dom']),
                to=[C.addr_of(C.STAFF[0])], subject=t('Coordonnées – ', 'Contact details – ') + v['name'], text='\n'.join(L),
                attachments=[dict(kind='vcf', filename=C.strip_accents(g + '_' + s_) + '.vcf', ctype='text/vcard', text=vc)])


# ----------------------------------------------------------------------------
def survey(ctx):
    r, t = ctx.rng, ctx.t
    s = C.STAFF[0]
    n = r.randrange(80, 400)
    L = [ctx.hello(group=r.random() < 0.5), '', t('Résultats du sondage de satisfaction des usagers ayant fait une demande d\'accès (n = %d) :', 'Results of the satisfaction survey of requesters (n = %d):') % n,
         t('- Très satisfaits ou satisfaits : %d %%', '- Very satisfied or satisfied: %d%%') % r.randrange(70, 92),
         t('- Délai jugé acceptable : %d %%', '- Turnaround judged acceptable: %d%%') % r.randrange(55, 85),
         t('- Préféreraient recevoir les documents par le portail : %d %%', '- Would prefer to receive documents via the portal: %d%%') % r.randrange(40, 75), '',
         t('Commentaire fréquent : difficulté à joindre le service par téléphone (450 555-0110, poste 3301).', 'Frequent comment: hard to reach the department by phone (450 555-0110 ext. 3301).'),
         '', ctx.bye(), ctx.sig(s)]
    return dict(category='survey', note='aggregate satisfaction survey', frm=C.addr_of(s), to=[BOX['dsp']], subject=t('Sondage de satisfaction – résultats', 'Satisfaction survey – results'),
                text='\n'.join(L))


# ----------------------------------------------------------------------------
def budget(ctx):
    r, t = ctx.rng, ctx.t
    s = C.STAFF[0]
    rows = [[t('Poste budgétaire', 'Line item'), t('Budget', 'Budget'), t('Réel', 'Actual'), t('Écart', 'Variance')]]
    for it, lo, hi in [(t('Salaires', 'Salaries'), 900000, 1600000), (t('Temps supplémentaire', 'Overtime'), 20000, 90000),
                       (t('Entreposage externe', 'Off-site storage'), 30000, 120000), (t('Déchiquetage', 'Shredding'), 8000, 30000),
                       (t('Fournitures', 'Supplies'), 10000, 40000), (t('Transcription', 'Transcription'), 150000, 400000)]:
        b = r.randrange(lo, hi) // 100 * 100
        a = int(b * r.uniform(0.85, 1.15))
        rows.append([it, b, a, a - b])
    L = [ctx.hello(group=r.random() < 0.5), '', t('Suivi budgétaire P%d. Le dépassement en temps supplémentaire est lié au rattrapage des dossiers incomplets.', 'Budget follow-up P%d. '
                            'The overtime overrun relates to the incomplete charts backlog.') % r.randrange(1, 13), '', C.table_text(rows), '', ctx.bye(), ctx.sig(s)]
    return dict(category='budget', note='department budget follow-up', frm=C.addr_of(s), to=[BOX['dsp']], subject=t('Suivi budgétaire – archives', 'Budget follow-up – Health Records'),
                text='\n'.join(L))


SCENARIOS = [
    (it_notice, 'both', 3),
    (facilities, 'both', 3),
    (committee, 'both', 3),
    (conference, 'both', 3),
    (policy_memo, 'both', 3),
    (destruction_cert, 'both', 3),
    (recall_notice, 'both', 3),
    (physician_roster, 'both', 3),
    (incomplete_request, 'both', 3),
    (research, 'both', 3),
    (vendor_contact, 'both', 3),
    (survey, 'both', 3),
    (budget, 'both', 3),
]
