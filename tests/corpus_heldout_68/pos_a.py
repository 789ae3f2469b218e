# -*- coding: utf-8 -*-
"""Positive templates, part A: release of information, legal, insurers, access."""
import datetime

import common as C
import mime
from ctx import Person
from spec import mk, att, g, slug


def _id_line(ctx, p, types, want=('nam', 'mrn'), p_each=0.7):
    """Identifier fragments for a patient ('nam' = national health id), recording the types."""
    bits = []
    for w in want:
        if w == 'nam':
            bits += ctx.idbits(p, types, ['natid'], min(0.9, p_each + 0.15))
        else:
            bits += ctx.idbits(p, types, [w], p_each)
    return bits


# --------------------------------------------------------------------------- 1
def p_roi_lawyer(ctx):
    p = ctx.any_patient(17, 90)
    law = ctx.ext_person('law_fr' if ctx.lang == 'fr' else 'law_en')
    types = {'patient_name', 'date_of_birth', 'diagnosis'}
    acc = ctx.pdate(30, 420)
    dk = ctx.pick_diag(p, ['whiplash', 'commotion', 'fracture_poignet', 'lombalgie', 'brulure', 'fracture_hanche'])
    diag = ctx.diag(dk)
    ids = _id_line(ctx, p, types, ('nam', 'mrn'), 0.6)
    if ctx.chance(0.3):
        ids += ctx.idbits(p, types, ('sin',), 1.0)
    name = ctx.pname(p, ctx.pick(['title', 'full', 'upper']))
    idtxt = (' (' + ctx.L('DDN', 'DOB') + ' : ' + ctx.d(p.dob) + ('; ' + '; '.join(ids) if ids else '') + ')') \
        if ctx.lang == 'fr' else (' (DOB: ' + ctx.d(p.dob) + ('; ' + '; '.join(ids) if ids else '') + ')')
    ev = ctx.rng.randrange(4)
    event = [("d'un accident de la route", ''), ("d'une chute dans un commerce", 'e'),
             ("d'un accident de travail", ''), ("d'une agression", 'e')][ev] if ctx.lang == 'fr' else \
        ['a motor vehicle collision', 'a slip and fall at a shopping centre', 'a workplace accident', 'an assault'][ev]
    if ev in (2, 3):
        types.add('social_information')
    if ctx.lang == 'fr':
        body = '\n'.join([
            ctx.greet(formal=True),
            '',
            ctx.t('Nous représentons %s%s dans le cadre d\'une réclamation à la suite %s survenu%s le %s.'
                  % (name, idtxt, event[0], event[1], ctx.d(acc))),
            ctx.t('%s a été %s à votre urgence le jour même et un diagnostic %s a été posé.'
                  % (g(p, 'Notre client', 'Notre cliente'), g(p, 'transporté', 'transportée'), C.de(diag))),
            '',
            ctx.t('Nous vous prions de nous transmettre une copie complète du dossier hospitalier pour la période '
                  'du %s à ce jour, incluant les notes d\'urgence, les rapports d\'imagerie et les notes de '
                  'physiothérapie.' % ctx.d(acc)),
            ctx.pick(['Vous trouverez ci-joint l\'autorisation signée.', 'L\'autorisation signée est jointe au présent courriel.']),
            '',
            ctx.thanks(),
            '',
            'Me %s' % law.full,
            ctx.pick(['avocat', 'avocate', 'Avocat(e)']) + ' | ' + law.org,
            'Tél. : ' + C.phone(ctx.rng),
        ])
        subj = ctx.pick(['Demande de copie de dossier — %s' % p.full,
                         'Demande d\'accès au dossier médical de notre client(e) %s' % p.surname.upper(),
                         'N/Réf. %d-%03d — %s c. assureur' % (ctx.date.year, ctx.rng.randrange(1, 999), p.surname)])
    else:
        body = '\n'.join([
            ctx.greet(formal=True),
            '',
            ctx.t('We act for %s%s in connection with a claim arising from %s on %s.'
                  % (name, idtxt, event, ctx.d(acc))),
            ctx.t('Our client attended your emergency department that day and was diagnosed with %s.' % diag),
            '',
            ctx.t('Please provide a complete copy of the hospital chart from %s to date, including emergency '
                  'notes, imaging reports and physiotherapy notes.' % ctx.d(acc)),
            'A signed authorization is attached.',
            '',
            ctx.thanks(),
            law.full,
            ctx.pick(['Associate', 'Partner', 'Law Clerk']) + ', ' + law.org,
            'T ' + C.phone(ctx.rng),
        ])
        subj = ctx.pick(['Records request - %s' % p.full, 'Our client: %s - request for hospital records' % p.rev,
                         'File %d-%04d / %s' % (ctx.date.year, ctx.rng.randrange(1, 9999), p.surname)])
    atts = []
    if ctx.chance(0.7):
        types.add('patient_contact')
        kv = [(ctx.L('Nom de l\'usager :', 'Patient name:'), p.full),
              (ctx.L('Date de naissance :', 'Date of birth:'), ctx.d(p.dob, 'iso')),
              (ctx.L('Adresse :', 'Address:'), ctx.addr_block(p, True)),
              (ctx.L('Téléphone :', 'Telephone:'), p.phone)]
        nid = ctx.natid(p, types, label=False)
        if nid:
            kv.insert(2, (ctx.L('No d\'assurance maladie :', 'Health insurance no.:'), nid))
        kv += [(ctx.L('Destinataire :', 'Release to:'), law.org),
               (ctx.L('Période visée :', 'Period:'), '%s - %s' % (ctx.d(acc, 'iso'), ctx.date.isoformat())),
               (ctx.L('Signature :', 'Signature:'), '(%s) %s' % (ctx.L('signé', 'signed'), p.full))]
        pdf = mime.make_pdf(ctx.L('Autorisation de communiquer des renseignements', 'Authorization to Release Information'),
                            [ctx.L('Je soussigné(e) autorise l\'établissement à communiquer les renseignements de '
                                   'mon dossier au destinataire ci-dessous.',
                                   'I authorize the hospital to release information from my health record to the '
                                   'recipient named below.'), ('kv', kv)],
                            author=law.full, compress=ctx.chance(0.5))
        atts.append(att('application/pdf', pdf, ctx.pick(['autorisation_%s.pdf' % slug(p.surname),
                                                          'Authorization_signed.pdf', 'scan0042.pdf'])))
    to = [(ctx.L('Archives médicales', 'Health Records'), ctx.dept_addr('roi'))]
    return mk(ctx, 'roi_lawyer', law, to, subj, text=body, atts=atts, types=types,
              note='lawyer requests chart copy for client' + (' + signed authorization PDF' if atts else ''),
              tokens=[p.surname])


# --------------------------------------------------------------------------- 2
def p_roi_insurer(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc', 'qc']), 22, 63)
    ins = ctx.ext_person('insurer_fr' if ctx.lang == 'fr' else 'insurer_en')
    types = {'patient_name', 'ca_sin', 'diagnosis', 'social_information'}
    dk = ctx.pick_diag(p, ['depression', 'lombalgie', 'cancer_sein', 'avc', 'infarctus', 'anorexie'])
    diag = ctx.diag(dk)
    pol = '%s-%07d' % (ctx.pick(['GR', 'ILD', 'P', 'CL']), ctx.rng.randrange(10 ** 6, 10 ** 7))
    sin = C.fmt_sin(ctx.rng, p.sin)
    since = ctx.pdate(20, 200)
    dob_txt = ''
    if ctx.chance(0.7):
        types.add('date_of_birth')
        dob_txt = ctx.d(p.dob)
    nm = ctx.pname(p)
    if ctx.lang == 'fr':
        lines = [ctx.greet(formal=True), '',
                 ctx.t('Dans le cadre de l\'étude d\'une demande de prestations d\'invalidité de courte durée, nous '
                       'sollicitons les documents suivants concernant notre %s :' % g(p, 'assuré', 'assurée')),
                 '',
                 '  Nom : %s' % nm]
        if dob_txt:
            lines.append('  Date de naissance : %s' % dob_txt)
        lines += ['  NAS : %s' % sin,
                  '  No de réclamation : %s' % pol,
                  '  Employeur : %s' % ctx.pick(['Transports Lavigne inc.', 'Municipalité de Lac-Verdier',
                                                  'Quincaillerie Dorion', 'Centre de services scolaire (fictif)']),
                  '',
                  ctx.t('%s est en arrêt de travail depuis le %s en raison %s. Merci de nous faire parvenir '
                        'les notes de consultation, le sommaire d\'hospitalisation et la liste des médicaments.'
                        % (g(p, 'L\'assuré', 'L\'assurée'), ctx.d(since), ctx.dediag(dk))),
                 '',
                 'Le formulaire d\'autorisation signé est en pièce jointe.' if ctx.chance(0.5) else 'Autorisation au dossier.',
                 '', ctx.thanks(), ins.full, 'Analyste en réclamations, ' + ins.org]
        subj = ctx.pick(['Demande de renseignements médicaux - réclamation %s' % pol,
                         'Réclamation invalidité — %s' % p.surname,
                         'Dossier %s / demande de documents' % pol])
    else:
        lines = [ctx.greet(formal=True), '',
                 ctx.t('We are assessing a short-term disability claim and request the following records for '
                       'our plan member:'),
                 '',
                 '  Name: %s' % nm]
        if dob_txt:
            lines.append('  DOB: %s' % dob_txt)
        lines += ['  SIN: %s' % sin, '  Claim #: %s' % pol,
                  '  Employer: %s' % ctx.pick(['Harbourline Logistics', 'Town of Pointe-Verte', 'Kingsmere Foods Ltd.']),
                  '',
                  ctx.t('The member has been off work since %s due to %s. Please send consultation notes, the '
                        'discharge summary and current medication list.' % (ctx.d(since), diag)),
                  '', ctx.thanks(), ins.full, 'Disability Case Manager, ' + ins.org]
        subj = ctx.pick(['Medical records request - claim %s' % pol, 'STD claim %s - %s' % (pol, p.surname),
                         'Request for records: %s' % p.full])
    to = [(None, ctx.dept_addr('roi'))]
    return mk(ctx, 'roi_insurer', ins, to, subj, text='\n'.join(lines), types=types,
              note='disability insurer request with SIN and diagnosis', tokens=[p.surname, sin])


# --------------------------------------------------------------------------- 3
def p_roi_release_cover(ctx):
    p = ctx.any_patient(18, 95)
    clerk = ctx.staff('roi_clerk')
    dest = ctx.ext_person(ctx.pick(['insurer_fr', 'law_fr']) if ctx.lang == 'fr' else ctx.pick(['insurer_en', 'law_en']))
    types = {'patient_name', 'mrn', 'diagnosis'}
    dk = ctx.pick_diag(p, ['pneumonie', 'infarctus', 'avc', 'sepsis', 'appendicite', 'embolie'])
    adm = ctx.pdate(40, 300)
    dis = adm + datetime.timedelta(days=ctx.rng.randrange(2, 15))
    meds = [ctx.med(i) for i in ctx.rng.sample(range(len(C.MEDS)), 2)]
    lab = ctx.lab()
    req = '%s-%d-%05d' % (ctx.L('DA', 'ROI'), ctx.date.year, ctx.rng.randrange(1, 99999))
    natid = (', ' + ctx.natid(p, types)) if ctx.chance(0.7) and (p.nam or p.origin != 'qc') else ''
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(dest.full, formal=True), '',
                          ctx.t('Suite à votre demande (n/réf. %s), vous trouverez ci-joint les documents du dossier de %s '
                                '(%s %s%s).' % (req, ctx.pname(p, 'title'), ctx.mrn_label(), p.mrn, natid)),
                          ctx.t('Des frais de %s $ sont applicables; la facture suivra par la poste.' % ctx.pick(['27,50', '43,00', '18,75'])),
                          '', ctx.thanks(), '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Envoi de documents - v/réf. %s' % req, 'Copie de dossier — %s' % p.surname,
                         'Transmission sécurisée : dossier %s' % p.mrn])
        items = [('kv', [('Usager :', p.rev), ('No de dossier :', p.mrn), ('Admission :', ctx.d(adm, 'iso')),
                         ('Départ :', ctx.d(dis, 'iso'))]),
                 ('h', 'Sommaire d\'hospitalisation'),
                 'Diagnostic principal : %s. Évolution favorable après traitement. Résultat pertinent : %s.' % (ctx.diag(dk), lab),
                 'Médicaments au départ : %s; %s.' % tuple(meds)]
        title = 'Extrait du dossier — Sommaire'
    else:
        text = '\n'.join([ctx.greet(dest.full, formal=True), '',
                          ctx.t('Further to your request (our ref. %s), please find attached the records for %s '
                                '(%s %s%s).' % (req, ctx.pname(p, 'title'), ctx.mrn_label(), p.mrn, natid)),
                          'An invoice for the copy fees will follow by mail.',
                          '', ctx.thanks(), '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Records release - your ref %s' % req, 'Chart copy - %s' % p.surname,
                         'Secure release: chart %s' % p.mrn])
        items = [('kv', [('Patient:', p.rev), ('MRN:', p.mrn), ('Admitted:', ctx.d(adm, 'iso')),
                         ('Discharged:', ctx.d(dis, 'iso'))]),
                 ('h', 'Discharge Summary'),
                 'Most responsible diagnosis: %s. Improved with treatment. Relevant result: %s.' % (ctx.diag(dk), lab),
                 'Discharge medications: %s; %s.' % tuple(meds)]
        title = 'Chart Extract - Discharge Summary'
    types |= {'medication', 'lab_result'}
    if ctx.chance(0.5):
        data = mime.make_pdf(title, items, author=clerk.full, compress=ctx.chance(0.5))
        a = att('application/pdf', data, '%s_%s.pdf' % (ctx.L('sommaire', 'summary'), p.mrn))
    else:
        data = mime.make_docx(title, items, author=clerk.full)
        a = att('application/vnd.openxmlformats-officedocument.wordprocessingml.document', data,
                '%s_%s.docx' % (slug(p.surname), ctx.L('extrait', 'extract')))
    return mk(ctx, 'roi_release', clerk, [dest], subj, text=text, atts=[a], types=types,
              note='release cover with chart extract attachment (diagnosis, meds, lab)', tokens=[p.mrn])


# --------------------------------------------------------------------------- 4
def p_access_self(ctx):
    p = ctx.patient(ctx.pick(['nam', 'nam', 'qc']), 18, 85)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    adm = ctx.pdate(60, 700)
    dk = ctx.pick_diag(p, ['depression', 'psychose', 'anorexie', 'grossesse', 'appendicite', 'alcool'])
    unit = ctx.L(ctx.pick(['en psychiatrie', 'à l\'unité de médecine', 'en chirurgie']),
                 ctx.pick(['on the psychiatry unit', 'on the medicine ward', 'in surgery']))
    idbits = []
    if p.nam and ctx.chance(0.8):
        idbits.append(ctx.L('mon NAM est ', 'my health card (RAMQ) is ') + ctx.nam(p, ctx.pick(['plain', 'spaced', 'lower'])))
        types.add('ramq_nam')
    if ctx.chance(0.6):
        idbits.append(ctx.L('je suis ' + g(p, 'né', 'née') + ' le ', 'my date of birth is ') + ctx.d(p.dob))
        types.add('date_of_birth')
    if ctx.lang == 'fr':
        body = [ctx.pick(['Bonjour', 'Bonjour,', 'Allo']),
                '',
                ctx.t('Je m\'appelle %s et %s. J\'ai été %s %s du %s au %s pour %s.' % (
                    p.full, ', '.join(idbits) if idbits else 'je suis une ancienne patiente' if p.sex == 'F' else 'je suis un ancien patient',
                    g(p, 'hospitalisé', 'hospitalisée'), unit, ctx.d(adm),
                    ctx.d(adm + datetime.timedelta(days=ctx.rng.randrange(3, 30))), ctx.diag(dk)), 0.5),
                ctx.t('J\'aimerais avoir une copie complète de mon dossier, surtout les notes du %s et '
                      'les prescriptions. C\'est pour mon nouveau médecin de famille.' % (
                          'psychiatre' if dk in ('depression', 'psychose', 'anorexie', 'alcool') else 'médecin'), 0.5),
                '',
                'Vous pouvez me l\'envoyer à mon adresse :',
                ctx.addr_block(p),
                'ou m\'appeler au %s.' % p.phone,
                '', 'Merci', p.given]
        subj = ctx.pick(['demande copie de mon dossier', 'Demande d\'accès - %s' % p.full, 'copie dossier médical',
                         'Mon dossier'])
    else:
        body = [ctx.pick(['Hello', 'Hi', 'To whom it may concern,']),
                '',
                ctx.t('My name is %s and %s. I was admitted %s from %s to %s for %s.' % (
                    p.full, ', '.join(idbits) if idbits else 'I was a patient at your hospital', unit, ctx.d(adm),
                    ctx.d(adm + datetime.timedelta(days=ctx.rng.randrange(3, 30))), ctx.diag(dk)), 0.5),
                ctx.t('I would like a full copy of my chart including the %s notes and prescriptions, '
                      'for my new family doctor.' % ('psychiatrist\'s' if dk in ('depression', 'psychose', 'anorexie', 'alcool')
                                                     else 'doctor\'s'), 0.5),
                '', 'Please mail it to:', ctx.addr_block(p), 'or call me at %s.' % p.phone, '', 'Thanks', p.full]
        subj = ctx.pick(['request copy of my file', 'Access request - %s' % p.full, 'my medical records'])
    frm = (p.full if ctx.chance(0.6) else None, p.email)
    to = [(None, ctx.dept_addr('roi'))]
    text = '\n'.join(body)
    if ctx.chance(0.45):
        clerk = ctx.staff('roi_clerk')
        top = ctx.L('Bonjour %s,\n\nNous avons bien reçu votre demande. Pour des raisons de sécurité, merci de vous '
                    'présenter avec une pièce d\'identité avec photo ou de nous retourner le formulaire signé. '
                    'Le délai de traitement est de 20 jours.\n\n' % ctx.pname(p, 'title'),
                    'Hello %s,\n\nWe received your request. Please sign and return the attached form with a copy of '
                    'photo ID; processing time is up to 30 days.\n\n' % ctx.pname(p, 'title')) + ctx.sig(clerk, 'roi')
        text = top + '\n\n' + ctx.quote(text, Person(given=p.given, surname=p.surname, email=p.email), ctx.dt, subj)
        return mk(ctx, 'access_self', clerk, [frm], ctx.re() + subj, text=text, types=types,
                  note='clerk replies to patient access request (quoted: diagnosis, address)', tokens=[p.surname],
                  reply=True)
    return mk(ctx, 'access_self', frm, to, subj, text=text, types=types,
              note='patient asks for own chart, gives address and admission reason', tokens=[p.surname])


# --------------------------------------------------------------------------- 5
def p_access_refusal(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 18, 80)
    po = ctx.staff('privacy_officer')
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    dk = ctx.pick_diag(p, ['psychose', 'depression', 'anorexie'])
    if ctx.lang == 'fr':
        items = [p.full, ctx.addr_block(p), '',
                 'Objet : Votre demande d\'accès du %s' % ctx.d(ctx.pdate(10, 40), 'long'), '',
                 '%s,' % ctx.title(p, False),
                 'Nous donnons suite à votre demande d\'accès à votre dossier (%s %s). Conformément à l\'avis de '
                 'votre médecin traitant, l\'accès aux notes de suivi psychiatrique relatives à votre %s est '
                 'temporairement refusé, leur communication immédiate pouvant vous causer un préjudice grave. '
                 'Les autres documents vous seront transmis.' % (ctx.mrn_label(), p.mrn, ctx.diag(dk)),
                 'Vous pouvez demander la révision de cette décision dans les 30 jours.',
                 '', 'Veuillez agréer l\'expression de nos sentiments distingués.', '', po.full, po.role]
        title = 'Décision — demande d\'accès'
        text = '\n'.join([ctx.greet(formal=True), '', ctx.t('Voici le projet de lettre de réponse pour la demande de %s. '
                                                   'Peux-tu relire avant l\'envoi postal?' % p.surname), '',
                          ctx.thanks(), po.given])
        subj = ctx.pick(['Projet de lettre - refus partiel d\'accès', 'Lettre décision accès %s' % p.surname,
                         'À relire : réponse demande d\'accès'])
    else:
        items = [p.full, ctx.addr_block(p), '', 'Re: Your access request of %s' % ctx.d(ctx.pdate(10, 40), 'long'), '',
                 'Dear %s %s,' % (ctx.title(p), p.surname),
                 'We have reviewed your request for access to your chart (%s %s). On the advice of your treating '
                 'psychiatrist, access to the progress notes concerning your %s is temporarily withheld because '
                 'disclosure could cause you serious harm. The remaining records will be released.' % (
                     ctx.mrn_label(), p.mrn, ctx.diag(dk)),
                 'You may ask for a review of this decision within 30 days.', '', 'Sincerely,', po.full, po.role]
        title = 'Access decision'
        text = '\n'.join([ctx.greet(formal=True), '', ctx.t('Draft decision letter for the %s request attached - can you review '
                                                   'before it goes out by mail?' % p.surname), '', ctx.thanks(), po.given])
        subj = ctx.pick(['Draft letter - partial refusal', 'Access decision letter %s' % p.surname])
    types.add('mrn')
    legal = ctx.staff('legal')
    data = mime.make_docx(title, items, author=po.full)
    a = att('application/vnd.openxmlformats-officedocument.wordprocessingml.document', data,
            ctx.pick(['lettre_decision_%s.docx' % slug(p.surname), 'Decision_%s.docx' % p.mrn, 'projet_lettre.docx']))
    return mk(ctx, 'access_refusal', po, [legal], subj, text=text, atts=[a], types=types,
              note='draft partial-refusal letter DOCX (psychiatric notes withheld) with patient address',
              tokens=[p.mrn, p.surname])


# --------------------------------------------------------------------------- 6
def p_subpoena(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 15, 85)
    legal = ctx.staff('legal')
    chief = ctx.staff('archivist_chief')
    types = {'patient_name', 'date_of_birth', 'social_information', 'diagnosis'}
    hearing = ctx.date + datetime.timedelta(days=ctx.rng.randrange(10, 60))
    court = '%d-%02d-%06d' % (ctx.rng.choice([500, 505, 550, 700]), ctx.rng.randrange(1, 99), ctx.rng.randrange(10 ** 5, 10 ** 6))
    dk = ctx.pick_diag(p, ['commotion', 'fracture_poignet', 'brulure', 'alcool'])
    extra_id = ctx.natid(p, types) if ctx.chance(0.5) else None
    role = ctx.pick(ctx.L(['plaignante', 'victime alléguée', 'accusé'], ['complainant', 'alleged victim', 'accused']))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('Nous avons reçu ce matin un subpoena duces tecum (dossier de cour %s) pour le dossier de '
                                '%s, %s le %s%s. L\'affaire concerne des voies de fait; %s y est %s. %s a été %s à '
                                'l\'urgence le %s (%s).' % (court, ctx.pname(p, 'upper'), g(p, 'né', 'née'), ctx.d(p.dob),
                                                             (' (' + extra_id + ')') if extra_id else '',
                                                             g(p, 'l\'usager', 'l\'usagère'), role, g(p, 'Il', 'Elle'),
                                                             g(p, 'vu', 'vue'), ctx.d(ctx.pdate(60, 300)), ctx.diag(dk))),
                          '',
                          ctx.t('Le dossier certifié doit être déposé au greffe au plus tard le %s. Peux-tu préparer '
                                'la copie certifiée et l\'affidavit de l\'archiviste?' % ctx.d(hearing)),
                          '', ctx.thanks(), '', ctx.sig(legal)])
        subj = ctx.pick(['Subpoena - dossier %s' % p.surname, 'Assignation à comparaître / dossier %s' % court,
                         'URGENT subpoena duces tecum'])
    else:
        text = '\n'.join([ctx.greet(chief.given), '',
                          ctx.t('We were served this morning with a subpoena duces tecum (court file %s) for the chart '
                                'of %s, born %s%s. The matter is an assault prosecution and the patient is the %s. '
                                'The ED visit of %s (%s) is the relevant episode.' % (
                                    court, ctx.pname(p, 'upper'), ctx.d(p.dob),
                                    (' (' + extra_id + ')') if extra_id else '', role, ctx.d(ctx.pdate(60, 300)), ctx.diag(dk))),
                          '',
                          ctx.t('The certified copy must be filed with the court office by %s. Can you prepare it along '
                                'with the records custodian affidavit?' % ctx.d(hearing)),
                          '', ctx.thanks(), '', ctx.sig(legal)])
        subj = ctx.pick(['Subpoena - %s chart' % p.surname, 'Subpoena duces tecum %s' % court])
    atts = []
    if ctx.chance(0.5):
        pdf = mime.make_pdf(ctx.L('Subpoena duces tecum', 'Subpoena duces tecum'),
                            [('kv', [(ctx.L('Dossier de cour :', 'Court file:'), court),
                                     (ctx.L('Témoin :', 'Witness:'), ctx.L('Responsable des archives médicales', 'Custodian of records')),
                                     (ctx.L('Documents :', 'Documents:'), ctx.L('Dossier médical complet de ', 'Complete chart of ') + p.full),
                                     (ctx.L('Date de naissance :', 'Date of birth:'), ctx.d(p.dob, 'iso')),
                                     (ctx.L('Audience :', 'Hearing:'), ctx.d(hearing, 'iso'))])],
                            compress=ctx.chance(0.5))
        atts.append(att('application/pdf', pdf, ctx.pick(['subpoena.pdf', 'SDT_%s.pdf' % court.replace('-', ''), 'scan_greffe.pdf'])))
    return mk(ctx, 'subpoena', legal, [chief], subj, text=text, atts=atts, types=types,
              note='subpoena for chart of assault-case patient', tokens=[p.surname.upper()])


# --------------------------------------------------------------------------- 7
def p_dpj(ctx):
    ctx.lang = 'fr'
    p = ctx.patient(ctx.pick(['nam', 'qc']))
    # keep child-age plausible for the generated (non-NAM) patients
    types = {'patient_name', 'social_information', 'diagnosis'}
    dpj = ctx.ext_person('dpj')
    clerk = ctx.staff('archivist')
    parent = ctx.pick(['Karine', 'Steve', 'Mélissa', 'Jonathan']) + ' ' + p.surname
    child = p.age < 18
    sig_no = '%d-%06d' % (ctx.date.year, ctx.rng.randrange(10 ** 5, 10 ** 6))
    idb = _id_line(ctx, p, types, ('dob', 'nam', 'mrn'), 0.6)
    if child:
        story = ('Un signalement concernant %s (%s) a été retenu le %s. L\'enfant a consulté à votre urgence '
                 'le %s pour %s; la mère, %s, aurait quitté le domicile familial. Nous demandons copie des notes '
                 'd\'urgence et de l\'évaluation du travailleur social.' % (
                     p.full, ', '.join(idb) or 'mineur', ctx.d(ctx.pdate(5, 30)), ctx.d(ctx.pdate(5, 60)),
                     ctx.diag(ctx.pick(['fracture_poignet', 'brulure', 'commotion'])), parent))
    else:
        story = ('Dans le cadre de l\'évaluation d\'un signalement visant l\'enfant de %s (%s), nous demandons '
                 'les renseignements relatifs à l\'hospitalisation de %s pour %s, la capacité parentale étant '
                 'en cause. Le père a la garde temporaire depuis le %s.' % (
                     p.full, ', '.join(idb) or 'usagère de votre établissement', g(p, 'celui-ci', 'celle-ci'),
                     ctx.diag(ctx.pick(['psychose', 'surdose', 'alcool', 'depression'])), ctx.d(ctx.pdate(5, 60))))
    text = '\n'.join(['Bonjour,', '',
                      'En vertu des articles 35.4 et 36 de la Loi sur la protection de la jeunesse, n/dossier %s :' % sig_no,
                      '', ctx.t(story, 0.3), '',
                      ctx.t('Compte tenu de l\'urgence de la situation, une réponse d\'ici 48 heures serait appréciée.'),
                      '', 'Merci de votre collaboration,', dpj.full, 'Intervenant(e) à l\'évaluation-orientation', dpj.org,
                      'Tél. : ' + C.phone(ctx.rng)])
    subj = ctx.pick(['Demande LPJ - dossier %s' % sig_no, 'DPJ : demande de renseignements urgente',
                     'Confidentiel - demande art. 36 LPJ'])
    return mk(ctx, 'dpj_request', dpj, [clerk], subj, text=text, types=types,
              note='youth protection request about a child / parent with hospital episode', tokens=[p.surname],
              importance='high')


# --------------------------------------------------------------------------- 8
def p_police(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc', 'qc']), 17, 70)
    pol = ctx.ext_person('police')
    po = ctx.staff('privacy_officer')
    types = {'patient_name', 'social_information'}
    evt = ctx.pdate(1, 20)
    inc = '%s-%d-%06d' % (ctx.pick(['SPBA', 'RPHR']), ctx.date.year, ctx.rng.randrange(10 ** 5, 10 ** 6))
    dob = ''
    if ctx.chance(0.7):
        dob = ctx.d(p.dob)
        types.add('date_of_birth')
    lab = ''
    if ctx.chance(0.5):
        lab = ctx.L(' Pouvez-vous nous indiquer le résultat de l\'alcoolémie prélevée à son arrivée?',
                    ' Could you also tell us the blood alcohol result drawn on arrival?')
    if ctx.lang == 'fr':
        req = '\n'.join(['Bonjour,', '',
                         ctx.t('Dans le cadre de l\'enquête %s (délit de fuite), nous cherchons à confirmer si %s%s '
                               'a été %s à votre urgence dans la nuit du %s, vers 2 h, pour des blessures au visage.%s'
                               % (inc, ctx.pname(p, 'full'), (', ' + g(p, 'né', 'née') + ' le ' + dob) if dob else '',
                                  g(p, 'conduit', 'conduite'), ctx.d(evt), lab)),
                         '', 'Sgt-dét. ' + pol.full, pol.org])
        reply = '\n'.join([ctx.greet('Sergent-détective ' + pol.surname), '',
                           ctx.t('Sans mandat ni consentement de la personne concernée, nous ne pouvons confirmer ni '
                                 'infirmer la présence d\'un usager dans notre établissement. Je vous invite à nous '
                                 'transmettre une ordonnance de communication le cas échéant.'),
                           '', ctx.thanks(), '', ctx.sig(po, 'privacy')])
        subj = ctx.re() + 'Enquête %s - demande d\'information' % inc
    else:
        req = '\n'.join(['Hello,', '',
                         ctx.t('As part of investigation %s (hit and run) we need to confirm whether %s%s was brought '
                               'to your ER overnight on %s around 2 a.m. with facial injuries.%s'
                               % (inc, ctx.pname(p, 'full'), (', DOB ' + dob) if dob else '', ctx.d(evt), lab)),
                         '', 'Det. Sgt. ' + pol.full, pol.org])
        reply = '\n'.join([ctx.greet('Det. Sgt. ' + pol.surname), '',
                           ctx.t('Without a warrant or the individual\'s consent we cannot confirm or deny whether a '
                                 'person is or was a patient. Please send a production order if applicable.'),
                           '', ctx.thanks(), '', ctx.sig(po, 'privacy')])
        subj = ctx.re() + 'Investigation %s - information request' % inc
    types.add('diagnosis')  # facial injuries
    text = reply + '\n\n' + ctx.quote(req, pol, evt, ctx.base_subject(subj), to=ctx.dept_addr('privacy'))
    return mk(ctx, 'police_request', po, [pol], subj, text=text, types=types, reply=True,
              note='privacy officer declines police request; quoted request names patient and ER visit',
              tokens=[p.surname])


# --------------------------------------------------------------------------- 9
def p_coroner(ctx):
    p = ctx.any_patient(18, 95, (60, 25, 15, 0, 0))
    cor = ctx.ext_person('coroner')
    clerk = ctx.staff('archivist')
    types = {'patient_name', 'diagnosis', 'social_information'}
    death = ctx.pdate(3, 60)
    ids = _id_line(ctx, p, types, ('nam', 'dob', 'mrn'), 0.65)
    cause = ctx.diag(ctx.pick(['surdose', 'sepsis', 'embolie', 'avc', 'depression']))
    ann = 'A-%d-%05d' % (ctx.date.year, ctx.rng.randrange(10 ** 4, 10 ** 5))
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Le coroner a été saisi du décès de %s%s, survenu le %s à son domicile. '
                                'Les premières informations évoquent %s.' % (
                                    ctx.pname(p, ctx.pick(['title', 'upper'])), (' (' + '; '.join(ids) + ')') if ids else '',
                                    ctx.d(death), cause)),
                          ctx.t('En vertu de la Loi sur la recherche des causes et des circonstances des décès, nous '
                                'requérons une copie complète du dossier, incluant les visites à l\'urgence des 12 derniers mois.'),
                          '', 'No d\'avis : ' + ann, '', 'Merci,', cor.full, 'Secrétaire-enquêteur(e)', cor.org])
        subj = ctx.pick(['Avis %s - demande de dossier' % ann, 'Coroner : dossier de %s' % p.surname,
                         'Demande du coroner - décès du %s' % ctx.d(death, 'iso')])
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('The coroner is investigating the death of %s%s on %s at home. Preliminary '
                                'information points to %s.' % (
                                    ctx.pname(p, ctx.pick(['title', 'upper'])), (' (' + '; '.join(ids) + ')') if ids else '',
                                    ctx.d(death), cause)),
                          ctx.t('Please provide a complete copy of the chart, including emergency visits over the past 12 months.'),
                          '', 'Notice no. ' + ann, '', 'Thank you,', cor.full, 'Coroner\'s investigator', cor.org])
        subj = ctx.pick(['Notice %s - records request' % ann, 'Coroner request - %s' % p.surname])
    return mk(ctx, 'coroner_request', cor, [clerk], subj, text=text, types=types,
              note='coroner requests chart of deceased patient with suspected cause', tokens=[p.surname])


# --------------------------------------------------------------------------- 10
def p_deceased_heir(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 60, 100)
    heir_g = ctx.pick(['Julie', 'Marc', 'Sandra', 'Robert', 'Annie'])
    heir = (heir_g + ' ' + p.surname, '%s.%s@%s' % (C.strip_accents(heir_g).lower(),
                                                      C.strip_accents(p.surname).lower().replace("'", ''),
                                                      ctx.pick(C.EXT_ORGS['personal'])))
    types = {'patient_name', 'diagnosis', 'social_information'}
    death = ctx.pdate(30, 400)
    dk = ctx.pick_diag(p, ['demence', 'cancer_sein', 'insuf_renale', 'avc'])
    dob = ''
    if ctx.chance(0.6):
        dob = ctx.d(p.dob)
        types.add('date_of_birth')
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.pick(['Bonjour,', 'Madame, Monsieur,']), '',
                          ctx.t('Je suis liquidateur de la succession de %s %s, %s%s, %s le %s au CHSLD après une '
                                'longue maladie (%s).' % (g(p, 'mon père', 'ma mère'), p.full,
                                                          ('née le ' if p.sex == 'F' else 'né le ') + dob if dob else 'votre ancien' + g(p, ' patient', 'ne patiente'),
                                                          '', g(p, 'décédé', 'décédée'), ctx.d(death), ctx.diag(dk)), 0.5),
                          ctx.t('Mon frère conteste le testament signé deux mois avant le décès. Le notaire me demande '
                                'les évaluations de l\'aptitude faites pendant son hospitalisation ainsi que les notes '
                                'de la travailleuse sociale.', 0.5),
                          '', 'Je joins le certificat de décès et ma nomination comme liquidateur.', '', 'Merci', heir[0]])
        subj = ctx.pick(['Dossier de ma mère / succession' if p.sex == 'F' else 'Dossier de mon père / succession',
                         'demande dossier personne décédée', 'Succession ' + p.surname])
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('I am the executor of the estate of my %s, %s%s, who died on %s after a long illness (%s).'
                                % (g(p, 'father', 'mother'), p.full, (' (born ' + dob + ')') if dob else '',
                                   ctx.d(death), ctx.diag(dk)), 0.5),
                          ctx.t('My brother is contesting the will signed two months before the death. The notary '
                                'needs the capacity assessments done during the hospital stay and the social worker notes.', 0.5),
                          '', 'Death certificate and letters of administration attached.', '', 'Thank you', heir[0]])
        subj = ctx.pick(['Records of my late %s' % g(p, 'father', 'mother'), 'Estate of %s - records request' % p.full])
    text = text.replace(', , ', ', ')
    return mk(ctx, 'deceased_records', heir, [(None, ctx.dept_addr('roi'))], subj, text=text, types=types,
              note='heir requests deceased parent\'s records; will contested', tokens=[p.surname])


# --------------------------------------------------------------------------- 11
def p_records_transfer(ctx, kind=None):
    p = ctx.patient(kind, 2, 95) if kind else ctx.any_patient(2, 95)
    a1 = ctx.staff('archivist')
    other = ctx.pick([h for h in C.HOSPITALS if h is not ctx.hosp])
    a2 = ctx.staff('archivist', hosp=other)
    types = {'patient_name', 'diagnosis', 'lab_result'}
    ids = _id_line(ctx, p, types, ('nam', 'dob', 'mrn'), 0.75)
    if not ids:
        types.add('mrn')
        ids = [ctx.mrn_label() + ' ' + p.mrn]
    dk = ctx.pick_diag(p, ['cancer_sein', 'insuf_renale', 'vih', 'epilepsie', 'avc'])
    lab = ctx.lab()
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(a2.given), '',
                          ctx.t('Tel que convenu, voici les documents pour le transfert de suivi de %s (%s) vers votre '
                                'établissement. %s est %s pour %s.' % (
                                    ctx.pname(p, 'title'), ', '.join(ids), g(p, 'Il', 'Elle'),
                                    g(p, 'suivi', 'suivie'), ctx.diag(dk))),
                          '',
                          '- Feuille sommaire', '- Dernière consultation', '- Résultats récents (%s)' % lab,
                          '- Liste de médication',
                          '', ctx.t('Les originaux restent chez nous. Accusé de réception apprécié.'), '', ctx.sig(a1, 'roi')])
        subj = ctx.pick(['Transfert de dossier - %s' % p.surname, 'Transfert inter-établissement (%s)' % other['short'],
                         'Documents pour prise en charge'])
    else:
        text = '\n'.join([ctx.greet(a2.given), '',
                          ctx.t('As discussed, here are the records for the transfer of care of %s (%s) to your '
                                'facility. The patient is followed for %s.' % (ctx.pname(p, 'title'), ', '.join(ids), ctx.diag(dk))),
                          '', '- Face sheet', '- Last consultation note', '- Recent results (%s)' % lab, '- Medication list',
                          '', ctx.t('Originals stay with us. Please confirm receipt.'), '', ctx.sig(a1, 'roi')])
        subj = ctx.pick(['Records transfer - %s' % p.surname, 'Inter-facility transfer (%s)' % other['short']])
    atts = []
    if ctx.chance(0.5):
        types.add('medication')
        rows = [[ctx.L('Médicament', 'Medication'), ctx.L('Posologie', 'Dose'), ctx.L('Début', 'Start')]]
        for i in ctx.rng.sample(range(len(C.MEDS)), 3):
            rows.append([ctx.med(i), ctx.pick(['DIE', 'BID', 'HS', 'PRN']) if ctx.lang == 'fr' else ctx.pick(['daily', 'BID', 'QHS', 'PRN']),
                         ctx.d(ctx.pdate(50, 800), 'iso')])
        pdf = mime.make_pdf(ctx.L('Liste de médication — ', 'Medication list - ') + p.rev,
                            [('kv', [(ctx.L('Dossier :', 'MRN:'), p.mrn)]), ('table', rows)], compress=ctx.chance(0.5))
        types.add('mrn')
        atts.append(att('application/pdf', pdf, ctx.L('medication_', 'medlist_') + p.mrn + '.pdf'))
    return mk(ctx, 'records_transfer', a1, [a2], subj, text=text, atts=atts, types=types,
              note='inter-facility transfer of records with diagnosis and results', tokens=[p.surname])


# --------------------------------------------------------------------------- 12
def p_roi_log(ctx):
    clerk = ctx.staff('roi_clerk')
    chief = ctx.staff('archivist_chief')
    types = {'patient_name', 'mrn', 'diagnosis'}
    n = ctx.rng.randrange(5, 11)
    head = ctx.L(['Reçue le', 'No demande', 'Usager', 'No dossier', 'Requérant', 'Motif', 'Statut'],
                 ['Received', 'Request #', 'Patient', 'MRN', 'Requester', 'Reason', 'Status'])
    rows = [head]
    first = None
    withdob = ctx.chance(0.4)
    if withdob:
        head.insert(4, ctx.L('DDN', 'DOB'))
        types.add('date_of_birth')
    withnam = ctx.chance(0.45)
    if withnam:
        head.insert(4, ctx.L('No ass. maladie', 'Health no.'))
    for i in range(n):
        p = ctx.any_patient(0, 100, (50, 30, 12, 4, 4))
        first = first or p
        reqr = ctx.pick(ctx.L(['SAAQ', 'Assurance-vie Boréale', 'Me Bérubé (avocat)', 'Usager lui-même', 'CNST',
                               'Mutuelle des Trois-Pignons', 'Coroner'],
                              ['Northgate Life', 'Morrison & Kalt LLP', 'Patient', 'Cobalt Mutual', 'Coroner', 'WSIB-equivalent']))
        motif = ctx.L('invalidité - ', 'disability - ') + ctx.diag() if i == 0 else ctx.pick(ctx.L(['invalidité - ' + ctx.diag('depression'), 'accident auto - ' + ctx.diag('whiplash'),
                                'suivi ' + ctx.diag('vih'), 'réclamation ' + ctx.diag('cancer_sein'),
                                'copie personnelle', 'litige - ' + ctx.diag('ulcere')],
                               ['disability - ' + ctx.diag('depression'), 'MVA - ' + ctx.diag('whiplash'),
                                'claim - ' + ctx.diag('infarctus'), 'personal copy', 'litigation - ' + ctx.diag('ulcere')]))
        row = [ctx.d(ctx.pdate(1, 30), 'iso'), '%d-%04d' % (ctx.date.year, ctx.rng.randrange(1, 9999)),
               p.rev, p.mrn, reqr, motif, ctx.pick(ctx.L(['reçue', 'en traitement', 'envoyée', 'en attente autorisation'],
                                                          ['received', 'in progress', 'sent', 'awaiting consent']))]
        if withnam:
            row.insert(4, ctx.natid(p, types, label=False) or '')
        if withdob:
            row.insert(4, p.dob.isoformat())
        rows.append(row)
    text = '\n'.join([ctx.greet(chief.given), '',
                      ctx.t(ctx.L('Voici le registre des demandes de la semaine. Les demandes en attente d\'autorisation '
                                  'sont relancées demain.', 'Here is this week\'s request log. Pending consents will be '
                                  'followed up tomorrow.')), '', ctx.thanks(), clerk.given])
    subj = ctx.pick(ctx.L(['Registre des demandes - semaine %d' % ctx.date.isocalendar()[1], 'Suivi des demandes d\'accès',
                           'registre ROI'], ['ROI log week %d' % ctx.date.isocalendar()[1], 'Request tracking sheet']))
    if ctx.chance(0.6):
        data = mime.make_xlsx([(ctx.L('Demandes', 'Requests'), rows)], author=clerk.full)
        a = att('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', data,
                ctx.L('registre_demandes_S%02d.xlsx', 'ROI_log_wk%02d.xlsx') % ctx.date.isocalendar()[1])
    else:
        data = mime.make_csv(rows, sep=ctx.pick([',', ';']), encoding=ctx.pick(['utf-8', 'utf-8-sig', 'cp1252']))
        a = att('text/csv', data, ctx.L('registre_demandes.csv', 'roi_log.csv'),
                charset=None, cte=ctx.pick(['base64', 'quoted-printable']))
    return mk(ctx, 'roi_log', clerk, [chief], subj, text=text, atts=[a], types=types,
              note='weekly ROI register spreadsheet with patient names, MRNs and reasons', tokens=[first.mrn])


# --------------------------------------------------------------------------- 13
def p_chart_pull(ctx):
    sec = ctx.staff('secretary')
    types = {'patient_name', 'mrn', 'diagnosis'}
    clinic = ctx.pick(ctx.L(['clinique d\'oncologie', 'clinique VIH', 'clinique de psychiatrie externe',
                             'clinique d\'orthopédie', 'clinique de néphrologie'],
                            ['oncology clinic', 'HIV clinic', 'outpatient psychiatry', 'orthopedic clinic',
                             'nephrology clinic']))
    lines = []
    first = None
    tab = ctx.chance(0.5)
    if tab:
        lines.append('| ' + ' | '.join(ctx.L(['Heure', 'Nom', 'Dossier', 'Motif'], ['Time', 'Name', 'MRN', 'Reason'])) + ' |')
    for i in range(ctx.rng.randrange(4, 9)):
        p = ctx.any_patient(0, 100, (55, 25, 14, 3, 3))
        first = first or p
        reason = ctx.L('suivi ', 'f/u ') + ctx.diag() if i == 0 else ctx.pick(ctx.L(['suivi post-op', 'résultats biopsie', 'ajustement ' + ctx.med(), 'suivi ' + ctx.diag(),
                                 'nouvelle consult.', 'rx ' + ctx.med()],
                                ['post-op f/u', 'biopsy results', 'adjust ' + ctx.med(), 'f/u ' + ctx.diag(),
                                 'new consult', 'rx ' + ctx.med()]))
        if 'rx' in reason or 'ajust' in reason or 'adjust' in reason:
            types.add('medication')
        hh = '%02d:%02d' % (8 + i // 2, (i % 2) * 30)
        if (p.nam or p.origin != 'qc') and ctx.chance(0.4):
            reason += ' (%s)' % ctx.natid(p, types)
        if tab:
            lines.append('| %s | %s | %s | %s |' % (hh, p.rev, p.mrn, reason))
        else:
            lines.append('%s  %s  %s  - %s' % (hh, p.surname.upper() + ' ' + p.given[0] + '.', p.mrn, reason))
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.pick(['Bonjour les archives,', 'Bonjour,', 'Allo!']), '',
                          ctx.t('Pourriez-vous sortir les dossiers suivants pour la %s de demain (%s)?' % (
                              clinic, ctx.d(ctx.date + datetime.timedelta(days=1), 'long'))), ''] + lines +
                         ['', ctx.t('Les dossiers peuvent être déposés au 3e, local 3.112.'), '', ctx.thanks(), sec.given])
        subj = ctx.pick(['Dossiers à sortir - %s' % clinic, 'sortie de dossiers demain', 'Liste clinique %s' % ctx.date.isoformat()])
    else:
        text = '\n'.join([ctx.pick(['Hi Health Records,', 'Hello,']), '',
                          ctx.t('Could you please pull the following charts for tomorrow\'s %s (%s)?' % (
                              clinic, ctx.d(ctx.date + datetime.timedelta(days=1), 'long'))), ''] + lines +
                         ['', 'Drop-off at 3rd floor, room 3.112.', '', ctx.thanks(), sec.given])
        subj = ctx.pick(['Chart pull - %s' % clinic, 'charts for tomorrow', 'Clinic list %s' % ctx.date.isoformat()])
    return mk(ctx, 'chart_pull', sec, [(None, ctx.dept_addr('roi'))], subj, text=text, types=types,
              note='clinic roster of charts to pull with MRN and visit reason', tokens=[first.mrn])


# --------------------------------------------------------------------------- 14
def p_ohip(ctx):
    p = ctx.patient('on', 1, 95)
    clerk = ctx.staff(ctx.pick(['roi_clerk', 'archivist']))
    types = {'patient_name', 'ca_health_number', 'diagnosis'}
    hcn = C.fmt_ohip(ctx.rng, p.ohip)
    dk = ctx.pick_diag(p, ['pneumonie', 'fracture_hanche', 'appendicite', 'infarctus', 'commotion'])
    adm = ctx.pdate(20, 200)
    dob = ''
    if ctx.chance(0.75):
        dob = ctx.d(p.dob)
        types.add('date_of_birth')
    ext = ctx.ext_person('insurer_en')
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Patient hors province : %s, résidant(e) de l\'Ontario, carte santé %s%s, admis(e) le %s '
                                'pour %s. La demande de remboursement interprovincial a été rejetée faute du rapport '
                                'de sortie. Pouvez-vous nous le faire parvenir?' % (
                                    p.full, hcn, (', DDN ' + dob) if dob else '', ctx.d(adm), ctx.diag(dk))),
                          '', 'Adresse au dossier : ' + ctx.addr_block(p, True) if ctx.chance(0.4) else '',
                          '', ctx.thanks(), '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Patient hors Québec - rapport de sortie manquant', 'Réciprocité ON - %s' % p.surname])
        if 'Adresse au dossier' in text:
            types.add('patient_contact')
        frm, to = clerk, [ext]
    else:
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Out-of-province patient: %s, Ontario resident, health card %s%s, admitted %s with %s. '
                                'The reciprocal billing claim was returned for a missing discharge summary; could you '
                                'send it to our office?' % (p.full, hcn, (', DOB ' + dob) if dob else '', ctx.d(adm), ctx.diag(dk))),
                          '', ctx.thanks(), ext.full, 'Claims Assessor, ' + ext.org])
        subj = ctx.pick(['Reciprocal claim - missing discharge summary', 'OOP claim %s' % p.surname,
                         'Ontario patient %s - records' % p.rev])
        frm, to = ext, [(None, ctx.dept_addr('roi'))]
    return mk(ctx, 'out_of_province', frm, to, subj, text=text, types=types,
              note='Ontario patient with health card number and admission diagnosis', tokens=[p.surname])


# --------------------------------------------------------------------------- 15
def p_french_insurer(ctx):
    ctx.lang = 'fr'
    p = ctx.patient('fr', 5, 85)
    ins = ctx.ext_person('insurer_fr_fr')
    types = {'patient_name', 'fr_nir', 'diagnosis'}
    nir = C.fmt_nir(ctx.rng, p.nir)
    dk = ctx.pick_diag(p, ['fracture_hanche', 'fracture_poignet', 'appendicite', 'infarctus', 'embolie', 'avc'])
    dossier = 'AM%d%06d' % (ctx.date.year % 100, ctx.rng.randrange(10 ** 5, 10 ** 6))
    bits = ['  Assuré(e) : %s' % ctx.pname(p, ctx.pick(['upper', 'title', 'full'])), '  N° de sécurité sociale : %s' % nir]
    if ctx.chance(0.7):
        bits.append('  Date de naissance : %s' % ctx.d(p.dob, 'slash'))
        types.add('date_of_birth')
    if ctx.chance(0.5):
        bits.append('  Adresse : %s' % ctx.addr_block(p, True))
        types.add('patient_contact')
    bits.append('  Notre dossier : %s' % dossier)
    text = '\n'.join(['Madame, Monsieur,', '',
                      ctx.t('Notre %s a été %s dans votre établissement le %s lors d\'un séjour touristique, pour %s.' % (
                          g(p, 'adhérent', 'adhérente'), g(p, 'hospitalisé', 'hospitalisée'), ctx.d(ctx.pdate(10, 90), 'long'),
                          ctx.diag(dk))),
                      ''] + bits + ['',
                      ctx.t('Afin de procéder à la prise en charge et au rapatriement, notre médecin-conseil souhaite '
                            'recevoir le compte rendu d\'hospitalisation ainsi que la facture détaillée.'),
                      '', 'Nous vous prions d\'agréer nos salutations distinguées.', '', ins.full,
                      'Gestionnaire assistance médicale', ins.org, 'Tél. +33 1 55 55 01 %02d' % ctx.rng.randrange(100)])
    subj = ctx.pick(['Prise en charge - dossier %s' % dossier, 'Demande de compte rendu - %s' % p.surname,
                     'Rapatriement %s / %s' % (p.surname.upper(), dossier)])
    return mk(ctx, 'foreign_insurer_fr', ins, [(None, ctx.dept_addr('roi'))], subj, text=text, types=types,
              note='French travel insurer requests report; NIR present', tokens=[p.surname])


# --------------------------------------------------------------------------- 16
def p_belgian(ctx):
    p = ctx.patient('be', 30, 90)
    ins = ctx.ext_person('insurer_be')
    clerk = ctx.staff('archivist')
    types = {'patient_name', 'be_niss', 'diagnosis'}
    niss = C.fmt_niss(ctx.rng, p.niss)
    dk = ctx.pick_diag(p, ['avc', 'infarctus', 'fracture_hanche', 'pneumonie', 'sepsis'])
    med = ''
    if ctx.chance(0.5):
        med = ctx.med(ctx.pick([1, 6, 9, 16]))
        types.add('medication')
    if ctx.lang == 'fr':
        req = '\n'.join(['Bonjour,', '',
                         ctx.t('Concerne : %s, NISS %s, %s chez vous depuis le %s (%s).' % (
                             ctx.pname(p, 'upper'), niss, g(p, 'hospitalisé', 'hospitalisée'),
                             ctx.d(ctx.pdate(3, 30)), ctx.diag(dk))),
                         ctx.t('Notre médecin-conseil doit valider l\'aptitude au vol pour le rapatriement sanitaire. Merci '
                               'de transmettre le dernier rapport médical%s.' % (
                                   (' et la confirmation du traitement par ' + med) if med else '')),
                         '', 'Cordialement,', ins.full, ins.org])
        top = '\n'.join([ctx.greet(ins.given), '', ctx.t('Nous avons besoin de l\'autorisation écrite de %s %s ou de sa '
                                                          'personne de confiance avant tout envoi.' % (g(p, 'M.', 'Mme'), p.surname)),
                         '', ctx.sig(clerk, 'roi')])
        subj = 'Rapatriement %s' % p.surname.upper()
    else:
        req = '\n'.join(['Hello,', '',
                         ctx.t('Re: %s, Belgian national number %s, in your hospital since %s (%s).' % (
                             ctx.pname(p, 'upper'), niss, ctx.d(ctx.pdate(3, 30)), ctx.diag(dk))),
                         ctx.t('Our medical adviser must confirm fitness to fly before repatriation. Please send the latest '
                               'medical report%s.' % ((' and confirm treatment with ' + med) if med else '')),
                         '', 'Kind regards,', ins.full, ins.org])
        top = '\n'.join([ctx.greet(ins.given), '', ctx.t('We need written consent from the patient or substitute '
                                                          'decision-maker before releasing anything.'), '', ctx.sig(clerk, 'roi')])
        subj = 'Repatriation %s' % p.surname.upper()
    if ctx.chance(0.5):
        text = top + '\n\n' + ctx.quote(req, ins, ctx.dt, subj)
        return mk(ctx, 'foreign_insurer_be', clerk, [ins], ctx.re() + subj, text=text, types=types, reply=True,
                  note='reply to Belgian assistance company; quoted NISS and diagnosis', tokens=[p.surname.upper()])
    return mk(ctx, 'foreign_insurer_be', ins, [(None, ctx.dept_addr('roi'))], subj, text=req, types=types,
              note='Belgian assistance company; NISS and diagnosis', tokens=[p.surname.upper()])


# --------------------------------------------------------------------------- 17
def p_workcomp(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 19, 64)
    agent = ctx.ext_person('workcomp')
    types = {'patient_name', 'diagnosis', 'social_information'}
    ids = []
    if ctx.chance(0.6):
        ids.append(ctx.L('NAS ', 'SIN ') + C.fmt_sin(ctx.rng, p.sin))
        types.add('ca_sin')
    ids += _id_line(ctx, p, types, ('nam', 'dob'), 0.5)
    if not ids:
        ids.append(ctx.mrn_label() + ' ' + p.mrn)
        types.add('mrn')
    dk = ctx.pick_diag(p, ['lombalgie', 'fracture_poignet', 'brulure', 'commotion'])
    empl = ctx.pick(['Scierie Lac-Verdier', 'Entrepôts Dorion', 'Résidence Les Ormes', 'Toitures Brûlé & fils'])
    claim = '%09d' % ctx.rng.randrange(10 ** 8, 10 ** 9)
    if ctx.lang == 'fr':
        text = '\n'.join(['Bonjour,', '',
                          ctx.t('Réclamation %s — travailleur(se) : %s (%s), employé(e) de %s.' % (
                              claim, p.full, ', '.join(ids), empl)),
                          ctx.t('Lésion alléguée : %s survenue au travail le %s. L\'employeur conteste la réclamation. '
                                'Merci de nous transmettre les notes de triage et le rapport de radiologie.' % (
                                    ctx.diag(dk), ctx.d(ctx.pdate(10, 120)))),
                          '', agent.full, 'Agent(e) d\'indemnisation', agent.org])
        subj = ctx.pick(['Réclamation %s - demande de documents' % claim, 'Lésion professionnelle - %s' % p.surname])
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('Claim %s - worker: %s (%s), employed by %s.' % (claim, p.full, ', '.join(ids), empl)),
                          ctx.t('Injury: %s at work on %s. The employer is contesting. Please send triage notes and '
                                'the radiology report.' % (ctx.diag(dk), ctx.d(ctx.pdate(10, 120)))),
                          '', agent.full, 'Claims Officer', agent.org])
        subj = ctx.pick(['Claim %s - records' % claim, 'Work injury - %s' % p.surname])
    return mk(ctx, 'workcomp_request', agent, [(None, ctx.dept_addr('roi'))], subj, text=text, types=types,
              note='workers compensation request: worker identity, employer, injury', tokens=[p.surname])


# --------------------------------------------------------------------------- 18
def p_correction(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc']), 18, 85)
    types = {'patient_name'}
    kind = ctx.pick(['allergy', 'drug', 'diag'])
    if kind == 'allergy':
        types |= {'medication'}
        fr = 'Mon dossier indique que je suis allergique à la pénicilline et à la %s, c\'est faux.' % ctx.pick(['codéine', 'sulfa'])
        en = 'My chart says I am allergic to penicillin and %s, which is wrong.' % ctx.pick(['codeine', 'sulfa drugs'])
    elif kind == 'drug':
        types |= {'social_information'}
        fr = 'La note d\'urgence du %s dit que je consomme de la cocaïne. Je n\'ai jamais consommé. Ça me nuit auprès de mon assureur.' % ctx.d(ctx.pdate(30, 200))
        en = 'The ER note from %s says I use cocaine. I never have, and it is hurting me with my insurer.' % ctx.d(ctx.pdate(30, 200))
    else:
        types |= {'diagnosis'}
        dg = ctx.diag(ctx.pick(['epilepsie', 'psychose', 'alcool']))
        fr = 'On a inscrit « %s » comme diagnostic alors que ça n\'a jamais été confirmé par le neurologue.' % dg
        en = 'Someone wrote "%s" as a diagnosis but the specialist never confirmed it.' % dg
    ids = _id_line(ctx, p, types, ('mrn', 'nam', 'dob'), 0.5)
    contact = ctx.chance(0.6)
    if contact:
        types.add('patient_contact')
    if ctx.lang == 'fr':
        lines = ['Bonjour,', '', ctx.t('Je demande une rectification de mon dossier%s.' % ((' (' + ', '.join(ids) + ')') if ids else ''), 0.5),
                 ctx.t(fr, 0.4), 'Je veux que ce soit corrigé ou qu\'une note soit ajoutée.', '', p.full]
        if contact:
            lines.append(p.phone)
        subj = ctx.pick(['Demande de rectification', 'erreur dans mon dossier', 'Correction dossier médical'])
    else:
        lines = ['Hello,', '', ctx.t('I am requesting a correction to my health record%s.' % ((' (' + ', '.join(ids) + ')') if ids else ''), 0.5),
                 ctx.t(en, 0.4), 'Please correct it or add a statement of disagreement.', '', p.full]
        if contact:
            lines.append(p.phone)
        subj = ctx.pick(['Correction request', 'error in my chart', 'Request to amend my record'])
    frm = (p.full, p.email)
    return mk(ctx, 'correction_request', frm, [(None, ctx.dept_addr(ctx.pick(['roi', 'access'])))], subj,
              text='\n'.join(lines), types=types, note='patient asks for correction of record',
              tokens=[p.surname])


TEMPLATES = [
    (p_roi_lawyer, ('fr', 'en')),
    (p_roi_insurer, ('fr', 'en')),
    (p_roi_release_cover, ('fr', 'en')),
    (p_access_self, ('fr', 'en')),
    (p_access_refusal, ('fr', 'en')),
    (p_subpoena, ('fr', 'en')),
    (p_dpj, ('fr',)),
    (p_police, ('fr', 'en')),
    (p_coroner, ('fr', 'en')),
    (p_deceased_heir, ('fr', 'en')),
    (p_records_transfer, ('fr', 'en')),
    (p_roi_log, ('fr', 'en')),
    (p_chart_pull, ('fr', 'en')),
    (p_ohip, ('en', 'fr')),
    (p_french_insurer, ('fr',)),
    (p_belgian, ('fr', 'en')),
    (p_workcomp, ('fr', 'en')),
    (p_correction, ('fr', 'en')),
]
