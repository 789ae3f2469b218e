# -*- coding: utf-8 -*-
"""Positive templates, part C: foreign billing, disability forms, minutes naming a patient."""
import datetime

import common as C
import mime
from spec import mk, att, g, slug

DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


# --------------------------------------------------------------------------- 37
def p_intl_billing(ctx):
    kind = ctx.pick(['fr', 'be'])
    p = ctx.patient(kind, 1, 90)
    clerk = ctx.staff(ctx.pick(['archivist', 'roi_clerk']))
    org = ctx.pick([('Caisse primaire d\'assurance maladie de Montclair (fictive)', 'cpam-montclair.example'),
                    ('Service des soins à l\'étranger (fictif)', 'soins-etranger.example')]) if kind == 'fr' \
        else ctx.pick([('Mutualité Sainte-Aurore', 'msa-mutualite.example'), ('Mutualité des Hêtres', 'mut-hetres.example')])
    agent = ('Service relations internationales', 'soins.etranger@' + org[1])
    types = {'patient_name', 'diagnosis'}
    nid = ctx.natid(p, types)
    adm = ctx.pdate(30, 200)
    days = ctx.rng.randrange(1, 12)
    dk = ctx.pick_diag(p, ['appendicite', 'fracture_poignet', 'pneumonie', 'commotion', 'embolie'])
    amt = ctx.rng.randrange(1800, 24000)
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Nous donnons suite à votre demande de pièces justificatives pour le remboursement des soins '
                                'reçus au Québec par votre %s :' % g(p, 'assuré', 'assurée')), '',
                          '  %s — %s' % (p.rev, nid),
                          '  Séjour : du %s au %s (%d jour%s)' % (ctx.d(adm, 'slash'), ctx.d(adm + datetime.timedelta(days=days), 'slash'),
                                                                days, 's' if days > 1 else ''),
                          '  Motif d\'hospitalisation : %s' % ctx.diag(dk),
                          '  Montant facturé : %s $ CA' % format(amt, ',').replace(',', ' '), '',
                          ctx.t('Le résumé de séjour est joint. Pour toute question sur la facture, veuillez vous adresser '
                                'au service de la facturation des non-résidents.'), '', ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Soins à l\'étranger - %s' % p.surname.upper(), 'Pièces justificatives - séjour du %s' % ctx.d(adm, 'iso')])
    else:
        text = '\n'.join([ctx.greet(formal=True), '',
                          ctx.t('Further to your request for supporting documents for the reimbursement of care received in '
                                'Quebec by your member:'), '',
                          '  %s - %s' % (p.rev, nid),
                          '  Stay: %s to %s (%d day%s)' % (ctx.d(adm, 'iso'), ctx.d(adm + datetime.timedelta(days=days), 'iso'),
                                                          days, 's' if days > 1 else ''),
                          '  Reason for admission: %s' % ctx.diag(dk), '  Amount billed: CAD {:,}'.format(amt), '',
                          'The discharge summary is attached. Billing questions go to the non-resident billing office.', '',
                          ctx.sig(clerk, 'roi')])
        subj = ctx.pick(['Care abroad - %s' % p.surname.upper(), 'Supporting documents - stay of %s' % ctx.d(adm, 'iso')])
    atts = []
    if ctx.chance(0.6):
        pdf = mime.make_pdf(ctx.L('Résumé de séjour', 'Discharge summary'),
                            [('kv', [(ctx.L('Usager :', 'Patient:'), p.full), (ctx.L('Dossier :', 'MRN:'), p.mrn),
                                     (ctx.L('Date de naissance :', 'Date of birth:'), p.dob.isoformat())]),
                             ctx.L('Diagnostic : %s. Évolution favorable.', 'Diagnosis: %s. Uneventful recovery.') % ctx.diag(dk)],
                            author=clerk.full, compress=ctx.chance(0.5))
        types |= {'mrn', 'date_of_birth'}
        atts.append(att('application/pdf', pdf, ctx.L('resume_sejour_%s.pdf', 'summary_%s.pdf') % slug(p.surname)))
    return mk(ctx, 'foreign_reimbursement', clerk, [agent], subj, text=text, atts=atts, types=types,
              note='documents for foreign insurer reimbursement; NIR/NISS and diagnosis', tokens=[p.surname.upper()])


# --------------------------------------------------------------------------- 38
def p_disability_form(ctx):
    p = ctx.patient(ctx.pick(['nam', 'qc', 'on']), 30, 64)
    types = {'patient_name', 'ca_sin', 'diagnosis', 'social_information'}
    sin = C.fmt_sin(ctx.rng, p.sin)
    dk = ctx.pick_diag(p, ['avc', 'insuf_renale', 'cancer_sein', 'psychose', 'mpoc'])
    doc = ctx.doctor()
    if ctx.lang == 'fr':
        text = '\n'.join([ctx.pick(['Bonjour,', 'Bonjour madame,']), '',
                          ctx.t('Je fais une demande de prestations d\'invalidité du régime de pensions (programme fédéral). '
                                'Je ne peux plus travailler depuis mon %s. Le formulaire joint doit être rempli par le %s%s '
                                'et accompagné de mes notes d\'hospitalisation.' % (ctx.diag(dk), doc.dr, doc.surname), 0.4),
                          ctx.t('Mon numéro d\'assurance sociale est %s si vous en avez besoin pour le dossier.' % sin, 0.3),
                          '', 'Merci beaucoup', p.full, p.phone])
        subj = ctx.pick(['formulaire invalidité', 'Demande pour mon formulaire de pension d\'invalidité', 'formulaire a remplir svp'])
    else:
        text = '\n'.join(['Hello,', '',
                          ctx.t('I am applying for federal pension disability benefits. I have not been able to work since '
                                'my %s. The attached form has to be completed by %s%s along with my hospital notes.' % (
                                    ctx.diag(dk), doc.dr, doc.surname), 0.4),
                          'My SIN is %s if you need it for the file.' % sin, '', 'Thank you', p.full, p.phone])
        subj = ctx.pick(['disability form', 'Form for my disability pension application'])
    types.add('patient_contact')
    kv = [(ctx.L('Nom du requérant :', 'Applicant name:'), p.full), (ctx.L('NAS :', 'SIN:'), sin),
          (ctx.L('Date de naissance :', 'Date of birth:'), p.dob.isoformat()),
          (ctx.L('Adresse :', 'Address:'), ctx.addr_block(p, True)),
          (ctx.L('Section B — à remplir par le médecin', 'Section B - to be completed by physician'), '')]
    types.add('date_of_birth')
    nid = ctx.natid(p, types, label=False) if ctx.chance(0.7) else None
    if nid:
        kv.insert(2, (ctx.L('No d\'assurance maladie :', 'Provincial health no.:'), nid))
    pdf = mime.make_pdf(ctx.L('Rapport médical — prestations d\'invalidité', 'Medical report - disability benefits'),
                        [('kv', kv)], author=p.full, compress=ctx.chance(0.5))
    a = att('application/pdf', pdf, ctx.pick(['formulaire_invalidite.pdf', 'ISP-2519_%s.pdf' % slug(p.surname), 'scan_20%02d.pdf' % ctx.rng.randrange(10, 99)]))
    return mk(ctx, 'disability_form', (p.full, p.email), [(None, ctx.dept_addr('roi'))], subj, text=text, atts=[a],
              types=types, note='patient sends disability benefit form: SIN, DOB, address, condition', tokens=[p.surname])


# --------------------------------------------------------------------------- 39
def p_minutes_named(ctx):
    sec = ctx.staff('secretary')
    members = [ctx.staff() for _ in range(4)]
    p = ctx.any_patient(40, 98)
    types = {'patient_name', 'diagnosis'}
    ids = ctx.idbits(p, types, ('mrn', 'natid'), 0.6)
    dk = ctx.pick_diag(p, ['ulcere', 'fracture_hanche', 'sepsis'])
    med = ''
    if ctx.chance(0.5):
        med = ctx.med(ctx.pick([0, 1, 15]))
        types.add('medication')
    if ctx.lang == 'fr':
        case = ('Cas discuté : %s%s, %s %s à la suite %s%s. La famille a porté plainte; rencontre de divulgation '
                'à planifier.' % (ctx.pname(p, ctx.pick(['title', 'rev'])), (' (' + ', '.join(ids) + ')') if ids else '',
                                 g(p, 'transféré', 'transférée'), 'aux soins intensifs', ctx.dediag(dk),
                                 (' (' + med + ' en cause)') if med else ''))
        items = [('kv', [('Date :', ctx.d(ctx.pdate(2, 10), 'long')), ('Présences :', ', '.join(m.full for m in members))]),
                 ('h', '1. Suivi des recommandations'), '11 recommandations sur 14 sont réalisées.',
                 ('h', '2. Événements sentinelles'), case,
                 ('h', '3. Varia'), 'Prochaine rencontre dans six semaines.']
        title = 'Procès-verbal — Comité de gestion des risques'
        text = '\n'.join([ctx.greet(), '', 'Voici le procès-verbal de la dernière rencontre pour approbation.', '', sec.full])
    else:
        case = ('Case discussed: %s%s, transferred to ICU following %s%s. The family has complained; disclosure meeting '
                'to be scheduled.' % (ctx.pname(p, ctx.pick(['title', 'rev'])), (' (' + ', '.join(ids) + ')') if ids else '',
                                      ctx.diag(dk), (' (' + med + ' involved)') if med else ''))
        items = [('kv', [('Date:', ctx.d(ctx.pdate(2, 10), 'long')), ('Present:', ', '.join(m.full for m in members))]),
                 ('h', '1. Recommendation follow-up'), '11 of 14 recommendations completed.',
                 ('h', '2. Sentinel events'), case, ('h', '3. Other business'), 'Next meeting in six weeks.']
        title = 'Minutes - Risk Management Committee'
        text = '\n'.join([ctx.greet(), '', 'Minutes of the last meeting attached for approval.', '', sec.full])
    a = att(DOCX, mime.make_docx(title, items, author=sec.full), ctx.L('PV_comite_risques_%s.docx', 'risk_minutes_%s.docx') % ctx.date.isoformat())
    return mk(ctx, 'minutes_named_case', sec, members, title, text=text, atts=[a], types=types,
              note='committee minutes DOCX that names a patient in a sentinel-event item', tokens=[p.surname])


# --------------------------------------------------------------------------- 40
def p_records_transfer_on(ctx):
    """Transfer of records for an Ontario resident (Ottawa-area hospital)."""
    import pos_a
    spec = pos_a.p_records_transfer(ctx, 'on')
    spec['note'] = spec['note'] + ' (Ontario resident)'
    return spec


TEMPLATES = [
    (p_records_transfer_on, ('en', 'fr')),
    (p_intl_billing, ('fr', 'en')),
    (p_disability_form, ('fr', 'en')),
    (p_minutes_named, ('fr', 'en')),
]
