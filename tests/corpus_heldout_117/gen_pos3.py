"""Positive templates, part 3: SIN / Ontario / Belgian / French numbers, casual and disguised
identifiers, symptom updates, family meetings, equipment, wait lists, chart-number-only mail,
paediatric respite."""
import datetime
import html as h

from gen_base import (ORGS, address, phone, fmt_nam, fdate, gen_sin, fmt_sin, gen_ohip, fmt_ohip, gen_niss, fmt_niss,
                      gen_nir, fmt_nir, fullwidth)
from gen_clin import DX, MEDS, SYMPTOMS, LABS, SOCIAL, PPS, DX_PED
from gen_common import (Staff, sig, greet, close, pname, dob_txt, dx_for, pick, personal_email, org_name,
                        quote_block, forward_block, fn_safe)
from gen_mime import Mail, Att
from gen_files import make_pdf, make_docx, make_xlsx, make_ics
from gen_pos1 import nam_style

DOCX_CT = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'


def p_sin_compassion(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    ts = Staff(r, 'sad', 'ts')
    fr = lang == 'fr'
    cg_g = r.choice(['Karine', 'Luc', 'Sonia', 'Éric', 'Mylène', 'Dave'])
    cg_s = p.surname if r.random() < 0.6 else r.choice(['Gosselin', 'Lafleur', 'Bernier'])
    sin = gen_sin(r)
    dx = dx_for(p, when, r, lang)
    types = {'ca_sin', 'patient_name', 'diagnosis', 'social_information'}
    sin_txt = fmt_sin(sin, r.choice(['space', 'dash', 'plain', 'dot']))
    if fr:
        body = ('%s\n\nComme convenu, voici les informations pour compléter le certificat médical des prestations de '
                'compassion (assurance-emploi) :\n\nProche aidant : %s %s, NAS %s\nPersonne gravement malade : %s, %s\n'
                'Lien : %s\nRisque important de décès dans les 26 semaines : oui\n\n%s est en arrêt de travail depuis le %s '
                'et n\'a plus de revenu; le dossier presse.\n\n%s' % (
                    greet('fr', r), cg_g, cg_s, sin_txt, pname(p, 'fr', r, 'full'), dx,
                    r.choice(['enfant', 'conjoint(e)', 'frère/sœur']), cg_g,
                    fdate((when - datetime.timedelta(days=12)).date(), 'fr'), close('fr', r)))
        subj = r.choice(['Prestations de compassion – infos', 'Certificat médical AE compassion', 'Formulaire compassion'])
    else:
        body = ('%s\n\nAs agreed, here is the information to complete the medical certificate for EI compassionate care '
                'benefits:\n\nCaregiver: %s %s, SIN %s\nGravely ill person: %s, %s\nRelationship: %s\n'
                'Significant risk of death within 26 weeks: yes\n\n%s has been off work since %s with no income; this is urgent.\n\n%s' % (
                    greet('en', r), cg_g, cg_s, sin_txt, pname(p, 'en', r, 'full'), dx, r.choice(['child', 'spouse', 'sibling']),
                    cg_g, fdate((when - datetime.timedelta(days=12)).date(), 'en'), close('en', r)))
        subj = r.choice(['Compassionate care benefits – info', 'EI compassionate care certificate'])
    if nam and r.random() < 0.5:
        body = body.replace(dx + '\n', dx + ' – NAM %s\n' % fmt_nam(p.nam, nam_style(r)), 1)
        types.add('ramq_nam')
    md = Staff(r, 'sad', 'md_sad')
    m = Mail(lang, ts.na(), [md.na()], subj, body + '\n' + sig(ts, lang, r), date=when)
    return m, types, 'caregiver SIN with the relative\'s terminal diagnosis for compassionate care benefits'


def p_ontario(r, lang, pool, when, nam):
    p = pool.invented(r, when)
    fr = lang == 'fr'
    sender = Staff(r, 'ottawa', r.choice(['inf_sad', 'md_sad']))
    dest = Staff(r, 'sad', 'chef')
    n, vc = gen_ohip(r)
    dx = dx_for(p, when, r, lang)
    meds = pick(r, MEDS, lang, 2)
    addr = address(r)
    types = {'ca_health_number', 'patient_name', 'diagnosis', 'medication', 'date_of_birth', 'patient_contact'}
    ohip = fmt_ohip(n, vc, r.choice(['dash', 'space', 'plain']))
    if fr:
        lines = [greet('fr', r), '', 'Nous transférons le suivi palliatif de %s, qui déménage chez sa fille au Québec.' % pname(p, 'fr', r, 'title'),
                 '', 'DDN : %s' % dob_txt(p, 'fr', r), 'Carte Santé Ontario : %s' % ohip, 'Nouvelle adresse : %s' % addr,
                 'Diagnostic : %s' % dx, 'Médicaments : %s; %s' % tuple(meds),
                 '', 'La carte RAMQ n\'est pas encore émise (délai de carence). Merci de nous confirmer la date de la première visite.',
                 '', close('fr', r)]
        subj = r.choice(['Transfert interprovincial – soins palliatifs', 'Transfert Ontario → Québec', 'Transfert de suivi'])
    else:
        lines = [greet('en', r), '', 'We are transferring palliative follow-up for %s, who is moving in with %s daughter in Quebec.'
                 % (pname(p, 'en', r, 'title'), 'her' if p.sex == 'F' else 'his'), '', 'DOB: %s' % dob_txt(p, 'en', r), 'OHIP: %s' % ohip,
                 'New address: %s' % addr, 'Diagnosis: %s' % dx, 'Medications: %s; %s' % tuple(meds), '',
                 'RAMQ coverage is not in place yet (waiting period). Please confirm the first visit date.', '', close('en', r)]
        subj = r.choice(['Interprovincial transfer – palliative care', 'Transfer Ontario to Quebec', 'Transfer of care'])
    att = []
    if r.random() < 0.4:
        pdf = make_pdf(['**Transfer of care', pname(p, 'en', r, 'rev'), 'Health card: ' + fmt_ohip(n, vc, 'dash'), dx], title='Transfer', compress=True)
        att.append(Att('transfer_%s.pdf' % when.strftime('%Y%m%d'), 'application/pdf', pdf))
    m = Mail(lang, (sender.name(lang), sender.email), [dest.na()], subj, '\n'.join(lines) + '\n' + sig(sender, lang, r), date=when, atts=att)
    return m, types, 'interprovincial transfer with Ontario health number, diagnosis and address'


def p_belgian(r, lang, pool, when, nam):
    p = pool.invented(r, when, (45, 90))
    fr = lang == 'fr'
    ts = Staff(r, 'maison', 'ts')
    niss = gen_niss(r, p.dob, p.sex)
    dx = dx_for(p, when, r, lang)
    types = {'be_niss', 'patient_name', 'diagnosis', 'date_of_birth'}
    nt = fmt_niss(niss, r.choice(['be', 'space', 'plain']))
    mut = r.choice(['Mutualité chrétienne', 'Solidaris', 'Partenamut'])
    if fr:
        body = ('Madame, Monsieur,\n\nNous accompagnons actuellement %s, ressortissant%s belge (né%s le %s, NISS %s), '
                'hospitalisé%s à la Maison de soins palliatifs Le Havre-des-Pins pour %s.\n\nLa famille souhaite connaître '
                'les modalités de prise en charge par la %s des frais de séjour et, le cas échéant, du rapatriement. '
                'Pourriez-vous nous indiquer les documents requis?\n\nVeuillez agréer nos salutations distinguées.\n' % (
                    pname(p, 'fr', r, 'title'), 'e' if p.sex == 'F' else '', 'e' if p.sex == 'F' else '', dob_txt(p, 'fr', r, 'num'), nt,
                    'e' if p.sex == 'F' else '', dx, mut))
        subj = r.choice(['Demande d\'information – affilié(e) %s' % mut, 'Prise en charge frais – ressortissant belge'])
    else:
        body = ('Dear Sir or Madam,\n\nWe are caring for %s, a Belgian national (born %s, NISS %s), currently at the Havre-des-Pins '
                'palliative care residence for %s.\n\nThe family would like to know how %s covers the stay and, if needed, '
                'repatriation. Could you tell us which documents are required?\n\nYours faithfully,\n' % (
                    pname(p, 'en', r, 'title'), dob_txt(p, 'en', r, 'iso'), nt, dx, mut))
        subj = 'Information request – Belgian insured person'
    m = Mail(lang, ts.na(), [(mut, 'international@mutualite.example')], subj, body + sig(ts, lang, r, 'full'), date=when)
    return m, types, 'letter to a Belgian insurer with the patient\'s NISS and diagnosis'


def p_french(r, lang, pool, when, nam):
    p = pool.invented(r, when, (50, 88))
    fr = lang == 'fr'
    md = Staff(r, 'ecsp', 'md_ecsp')
    nir = gen_nir(r, p.dob, p.sex)
    dx = dx_for(p, when, r, lang)
    types = {'fr_nir', 'patient_name', 'diagnosis', 'date_of_birth'}
    nt = fmt_nir(nir, r.choice(['space', 'plain']))
    L = ['**' + ('Attestation médicale – rapatriement' if fr else 'Medical certificate – repatriation'),
         ('Patient : ' if fr else 'Patient: ') + pname(p, lang, r, 'caps'),
         ('Né(e) le : ' if fr else 'Born: ') + fdate(p.dob, 'fr', 'num'),
         ('N° de sécurité sociale : ' if fr else 'French social security no.: ') + nt,
         ('Diagnostic : ' if fr else 'Diagnosis: ') + dx,
         ('État actuel : ' if fr else 'Current status: ') + pick(r, SYMPTOMS, lang) + ', ' + (r.choice(PPS) if fr else r.choice(PPS).replace(' %', '%')),
         ('Le patient n\'est pas apte à un vol commercial sans accompagnement médical.' if fr else
          'The patient is not fit for a commercial flight without medical escort.')]
    pdf = make_pdf(L, title='Attestation', compress=r.random() < 0.5, header=org_name('ecsp', lang))
    where = r.choice(['body', 'pdf'])
    if fr:
        body = ('Bonjour,\n\nSuite à l\'appel de l\'assisteur, veuillez trouver l\'attestation médicale demandée%s.\n\n%s' % (
            (' pour %s (NIR %s), %s' % (pname(p, 'fr', r, 'title'), nt, dx)) if where == 'body' else '', close('fr', r)))
        subj = r.choice(['Attestation médicale – dossier rapatriement', 'Rapatriement sanitaire'])
    else:
        body = ('Hello,\n\nFollowing the assistance company\'s call, please find the requested medical certificate%s.\n\n%s' % (
            (' for %s (NIR %s), %s' % (pname(p, 'en', r, 'title'), nt, dx)) if where == 'body' else '', close('en', r)))
        subj = 'Medical certificate – repatriation file'
    m = Mail(lang, md.na(), [('Plateau médical', 'medical@assistance-voyage.example')], subj, body + '\n' + sig(md, lang, r), date=when,
             atts=[Att('attestation_medicale.pdf' if fr else 'medical_certificate.pdf', 'application/pdf', pdf)])
    return m, types, 'medical repatriation certificate with French NIR'


def p_casual(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    a = Staff(r, 'sad', 'inf_sad')
    b = Staff(r, 'sad', 'inf_sad')
    fr = lang == 'fr'
    style = r.choice(['lower', 'revlow', 'init', 'initdot', 'caps'])
    nm = pname(p, lang, r, style)
    med = pick(r, MEDS, lang)
    sym = pick(r, SYMPTOMS, lang)
    types = {'patient_name', 'diagnosis', 'medication'}
    if fr:
        body = r.choice(['salut, %s a eu une nuit difficile : %s. j\'ai donné %s, à revoir demain am stp. merci!',
                         'allo! passe voir %s en premier demain svp – %s. famille inquiète. pense à apporter %s',
                         '%s : %s... on a commencé %s, tu me dis comment ça va?'])
        body = body % (nm, sym, med) if body.count('%s') == 3 else body
        subj = r.choice(['demain', 'suivi', 'FYI', 'tournée', nm])
    else:
        body = r.choice(['hey, %s had a rough night: %s. gave %s, pls reassess tomorrow am. thx!',
                         'pls see %s first tomorrow – %s. family worried. bring %s',
                         '%s: %s... we started %s, let me know how it goes?'])
        body = body % (nm, sym, med)
        subj = r.choice(['tomorrow', 'follow up', 'fyi', 'route', nm])
    if nam and r.random() < 0.5:
        body += ' (%s)' % fmt_nam(p.nam, r.choice(['lower', 'lowerspace', 'plain']))
        types.add('ramq_nam')
    m = Mail(lang, a.na(), [b.na()], subj, body + '\n' + sig(a, lang, r, r.choice(['mobile', 'name'])), date=when)
    m.deaccent = fr and r.random() < 0.5
    m.mode = r.choice(['plain', 'plain', 'html'])
    return m, types, 'casual note with a lower-case or abbreviated patient name, symptom and drug'


def p_disguised_nam(r, lang, pool, when, nam):
    p = pool.adult()
    a = Staff(r, r.choice(['sad', 'maison', 'hopital']), r.choice(['admin', 'archiviste', 'asi']))
    b = Staff(r, 'pharma', 'pharm') if r.random() < 0.5 else Staff(r, 'amm', 'amm')
    fr = lang == 'fr'
    style = r.choice(['wide', 'widesp', 'dots', 'slash', 'odd', 'double', 'lowerspace', 'dash'])
    nt = fmt_nam(p.nam, style)
    dx = dx_for(p, when, r, lang)
    types = {'ramq_nam', 'diagnosis', 'patient_name'}
    if fr:
        body = ('%s\n\nPour la facturation des soins de fin de vie, voici le numéro d\'assurance maladie tel qu\'inscrit au dossier : %s '
                '(%s). %s\n\n%s' % (greet('fr', r, b.given), nt, pname(p, 'fr', r, r.choice(['titlesur', 'init', 'full'])),
                                    'Soins palliatifs pour ' + dx + '.', close('fr', r)))
        subj = r.choice(['Numéro RAMQ', 'NAM pour facturation', 'Correction NAM'])
    else:
        body = ('%s\n\nFor end-of-life care billing, here is the health insurance number as it appears on the chart: %s (%s). '
                'Palliative care for %s.\n\n%s' % (greet('en', r, b.given), nt, pname(p, 'en', r, r.choice(['titlesur', 'init', 'full'])),
                                                   dx, close('en', r)))
        subj = r.choice(['RAMQ number', 'Health number for billing', 'NAM correction'])
    m = Mail(lang, a.na(), [b.na()], subj, body + '\n' + sig(a, lang, r), date=when)
    m.charset = 'utf-8'
    return m, types, 'RAMQ number written with unusual spacing, punctuation or full-width characters'


def p_symptom_update(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    nurse = Staff(r, 'maison', 'inf_maison')
    md = Staff(r, 'maison', 'md_sad')
    fr = lang == 'fr'
    syms = pick(r, SYMPTOMS, lang, 2)
    meds = pick(r, MEDS, lang, 2)
    ch = r.randint(1, 12)
    types = {'patient_name', 'diagnosis', 'medication'}
    nm = pname(p, lang, r, r.choice(['titlesur', 'title', 'rev']))
    if nam and r.random() < 0.4:
        nm += ' [%s]' % fmt_nam(p.nam, nam_style(r))
        types.add('ramq_nam')
    if fr:
        body = ('%s\n\nMise à jour ch. %d (%s) : %s; aussi %s.\nDonné cette nuit : %s x3, %s x1.\n'
                'Échelle ESAS douleur 7/10, dyspnée 6/10. Famille au chevet. Sédation palliative à discuter?\n\n%s' % (
                    greet('fr', r, md.short('fr')), ch, nm, syms[0], syms[1], meds[0], meds[1], close('fr', r)))
        subj = r.choice(['Mise à jour ch. %d' % ch, 'Symptômes nuit – ch. %d' % ch, 'Ch %d – à voir ce matin' % ch])
    else:
        body = ('%s\n\nUpdate room %d (%s): %s; also %s.\nGiven overnight: %s x3, %s x1.\nESAS pain 7/10, dyspnoea 6/10. '
                'Family at bedside. Discuss palliative sedation?\n\n%s' % (greet('en', r, md.short('en')), ch, nm, syms[0], syms[1],
                                                                          meds[0], meds[1], close('en', r)))
        subj = r.choice(['Update room %d' % ch, 'Overnight symptoms – room %d' % ch])
    m = Mail(lang, nurse.na(), [md.na()], subj, body + '\n' + sig(nurse, lang, r), date=when)
    return m, types, 'overnight symptom update for a named resident with PRN use'


def p_family_meeting(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    ts = Staff(r, 'ecsp', 'ts')
    md = Staff(r, 'ecsp', 'md_ecsp')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    start = datetime.datetime.combine(when.date() + datetime.timedelta(days=r.randint(1, 4)), datetime.time(r.choice([10, 11, 14]), 0))
    summ = ('Rencontre familiale – %s' if fr else 'Family meeting – %s') % pname(p, lang, r, r.choice(['titlesur', 'rev']))
    desc = ('Objectifs de soins, niveau de soins, orientation (domicile vs Maison). Contexte : %s. Présents : conjoint, 2 enfants.' if fr else
            'Goals of care, level of care, disposition (home vs residence). Context: %s. Present: spouse, 2 children.') % dx
    types = {'patient_name', 'diagnosis'}
    if nam and r.random() < 0.5:
        desc += ' NAM ' + p.nam
        types.add('ramq_nam')
    ics = make_ics('%x@hrve.example' % r.getrandbits(48), start, start + datetime.timedelta(minutes=45), summ, desc,
                   'HRVE – salle 4-120' if fr else 'HRVE – room 4-120', (ts.name(lang), ts.email), [(md.name(lang), md.email)])
    body = ('Rencontre familiale planifiée. Détails dans l\'invitation.' if fr else 'Family meeting booked. Details in the invite.')
    m = Mail(lang, ts.na(), [md.na()], summ if r.random() < 0.5 else ('Invitation' if fr else 'Meeting invitation'), body + '\n' + sig(ts, lang, r, 'short'),
             date=when, atts=[Att('meeting.ics' if not fr else 'rencontre.ics', 'text/calendar', text=ics, charset='utf-8')])
    return m, types, 'family-meeting invitation (ICS) naming the patient with diagnosis'


def p_equipment(r, lang, pool, when, nam):
    p = pool.adult() if nam else pool.invented(r, when)
    ergo = Staff(r, 'sad', 'ergo')
    fr = lang == 'fr'
    addr = address(r)
    tel = phone(r)
    dx = dx_for(p, when, r, lang)
    types = {'patient_name', 'patient_contact', 'diagnosis'}
    items = r.sample(['lit électrique avec matelas thérapeutique', 'concentrateur d\'oxygène 5 L', 'fauteuil gériatrique',
                      'lève-personne sur rail', 'chaise d\'aisance'] if fr else
                     ['electric bed with pressure mattress', '5 L oxygen concentrator', 'geriatric chair', 'ceiling lift', 'commode'], 2)
    if fr:
        body = ('%s\n\nDemande de prêt d\'équipement URGENT pour %s (%s) :\n- %s\n- %s\n\nLivraison : %s\nContact : %s (conjoint)\n'
                'Pronostic court, svp livrer d\'ici 48 h.\n\n%s' % (greet('fr', r), pname(p, 'fr', r), dx, items[0], items[1], addr, tel, close('fr', r)))
        subj = r.choice(['Prêt d\'équipement URGENT', 'Demande équipement – fin de vie à domicile'])
    else:
        body = ('%s\n\nURGENT equipment loan request for %s (%s):\n- %s\n- %s\n\nDelivery: %s\nContact: %s (spouse)\n'
                'Short prognosis, please deliver within 48 h.\n\n%s' % (greet('en', r), pname(p, 'en', r), dx, items[0], items[1], addr, tel, close('en', r)))
        subj = r.choice(['URGENT equipment loan', 'Equipment request – end of life at home'])
    if nam and r.random() < 0.5:
        nt = fmt_nam(p.nam, nam_style(r))
        body = body.replace(' (conjoint)\n', ' (conjoint)\nNAM : %s\n' % nt).replace(' (spouse)\n', ' (spouse)\nRAMQ: %s\n' % nt)
        types.add('ramq_nam')
    m = Mail(lang, ergo.na(), [('Prêt d\'équipement' if fr else 'Equipment loans', 'equipement@cisss-vde.example')], subj,
             body + '\n' + sig(ergo, lang, r), date=when)
    return m, types, 'equipment loan request with name, home address, phone and diagnosis'


def p_waitlist(r, lang, pool, when, nam):
    n = r.randint(4, 7)
    pts = pool.adults_n(n) if nam else [pool.invented(r, when) for _ in range(n)]
    asi = Staff(r, 'maison', 'asi')
    chef = Staff(r, 'maison', 'chef')
    fr = lang == 'fr'
    head = ['Priorité', 'Usager', 'NAM' if nam else 'DDN', 'Diagnostic', 'PPS', 'Lieu actuel'] if fr else \
        ['Priority', 'Client', 'RAMQ' if nam else 'DOB', 'Diagnosis', 'PPS', 'Current location']
    rows = []
    for i, p in enumerate(pts, 1):
        rows.append([str(i), pname(p, lang, r, r.choice(['rev', 'full'])), p.nam if nam else p.dob.isoformat(),
                     dx_for(p, when, r, lang), r.choice(PPS) if fr else r.choice(PPS).replace(' %', '%'), r.choice(['domicile', 'HRVE 4 Sud', 'CHSLD'] if fr else ['home', 'HRVE 4 South', 'LTC'])])
    types = {'patient_name', 'diagnosis', 'ramq_nam' if nam else 'date_of_birth'}
    trs = '\n'.join('<tr>' + ''.join('<td>%s</td>' % h.escape(c) for c in row) + '</tr>' for row in rows)
    intro = ('Liste d\'attente pour la Maison en date du %s :' if fr else 'Residence wait list as of %s:') % fdate(when.date(), lang)
    htm = ('<html><head><style>td,th{border:1px solid #888;padding:2px 6px;font:10pt Arial}</style></head><body>\n'
           '<p>%s</p>\n<p>%s</p>\n<table cellspacing="0">\n<tr>%s</tr>\n%s\n</table>\n<p>%s</p>\n<p>%s<br>%s</p>\n</body></html>\n' % (
               h.escape(greet(lang, r, chef.given)), h.escape(intro), ''.join('<th>%s</th>' % c for c in head), trs,
               h.escape('Deux lits se libèrent probablement d\'ici vendredi.' if fr else 'Two beds likely to open by Friday.'),
               h.escape(asi.name(lang)), h.escape(asi.role_txt(lang))))
    txt = None
    mode = 'html'
    if r.random() < 0.4:
        txt = '\n'.join([greet(lang, r, chef.given), '', intro] + [' | '.join(row) for row in rows] + ['', asi.name(lang)])
        mode = 'alt'
    m = Mail(lang, asi.na(), [chef.na()], r.choice(['Liste d\'attente', 'LA Maison – mise à jour']) if fr else r.choice(['Wait list', 'Wait list update']),
             txt, html=htm, date=when, mode=mode)
    return m, types, 'HTML wait-list table with names, identifiers and diagnoses'


def p_mrn_only(r, lang, pool, when, nam):
    p = pool.invented(r, when)
    a = Staff(r, 'hopital', r.choice(['archiviste', 'admin']))
    b = Staff(r, 'ecsp', 'md_ecsp')
    fr = lang == 'fr'
    dx = dx_for(p, when, r, lang)
    lab = pick(r, LABS, lang)
    types = {'mrn', 'diagnosis'}
    mrn = p.mrn
    if fr:
        body = r.choice(['Dossier %s : pathologie finale reçue, confirme %s. Le rapport est au dossier; l\'oncologue demande une '
                         'consultation en soins palliatifs cette semaine.',
                         'No de dossier %s – %s. Consultation SP demandée par l\'urgence, lit 14. Dernier bilan : %s.'])
        body = body % ((mrn, dx) if body.count('%s') == 2 else (mrn, dx, lab))
        subj = r.choice(['Dossier %s' % mrn, 'Consultation demandée', 'Résultat de pathologie'])
    else:
        body = r.choice(['Chart %s: final pathology back, confirms %s. Report filed; oncology requests a palliative consult this week.',
                         'MRN %s – %s. PCT consult requested from ER, bed 14. Last labs: %s.'])
        body = body % ((mrn, dx) if body.count('%s') == 2 else (mrn, dx, lab))
        subj = r.choice(['Chart %s' % mrn, 'Consult requested', 'Pathology result'])
    if 'bilan' in body or 'labs' in body:
        types.add('lab_result')
    m = Mail(lang, a.na(), [b.na()], subj, body + '\n' + sig(a, lang, r), date=when)
    return m, types, 'no name, but a hospital chart number tied to a diagnosis'


def p_ped_respite(r, lang, pool, when, nam):
    k = pool.kid() if nam else pool.invented(r, when, (2, 16))
    coord = Staff(r, 'lucioles', 'inf_sad')
    fr = lang == 'fr'
    d = r.choice([x for x in DX_PED if k.sex == 'M' or 'Duchenne' not in x[0]])
    dx = d[0] if fr else d[1]
    par_g = r.choice(['Mélissa', 'Jonathan', 'Audrey', 'Maxime'])
    par_mail = personal_email(par_g, k.surname, r)
    arr = (when + datetime.timedelta(days=r.randint(5, 20))).date()
    age = k.age(when.date())
    types = {'patient_name', 'diagnosis', 'date_of_birth', 'medication'}
    nid = ''
    if nam:
        nid = (', NAM %s' if fr else ', RAMQ %s') % fmt_nam(k.nam, nam_style(r))
        types.add('ramq_nam')
    meds = ['lévétiracétam 250 mg BID', 'baclofène 5 mg TID', 'alimentation par gastrostomie (Peptamen 1.5)'] if fr else \
        ['levetiracetam 250 mg BID', 'baclofen 5 mg TID', 'gastrostomy feeds (Peptamen 1.5)']
    if fr:
        body = ('Bonjour %s,\n\nNous confirmons le séjour de répit de %s (%d ans, né%s le %s)%s du %s au %s.\n\n'
                'Rappel des soins : %s. Médication : %s.\nMerci d\'apporter la médication dans les contenants originaux et les '
                'consignes de la neurologue.\n\nAu plaisir d\'accueillir %s!\n' % (
                    par_g, pname(k, 'fr', r, 'full'), age, 'e' if k.sex == 'F' else '', dob_txt(k, 'fr', r), nid,
                    fdate(arr, 'fr'), fdate(arr + datetime.timedelta(days=3), 'fr'), dx, '; '.join(meds), k.given))
        subj = r.choice(['Confirmation séjour de répit', 'Répit – %s' % k.given, 'Séjour aux Lucioles'])
    else:
        body = ('Hello %s,\n\nWe confirm the respite stay for %s (%d, born %s)%s from %s to %s.\n\nCare reminders: %s. '
                'Medication: %s.\nPlease bring medication in original containers and the neurologist\'s instructions.\n\n'
                'Looking forward to welcoming %s!\n' % (par_g, pname(k, 'en', r, 'full'), age, dob_txt(k, 'en', r), nid,
                                                        fdate(arr, 'en'), fdate(arr + datetime.timedelta(days=3), 'en'),
                                                        dx, '; '.join(meds), k.given))
        subj = r.choice(['Respite stay confirmation', 'Respite – %s' % k.given])
    m = Mail(lang, coord.na(), [(par_g + ' ' + k.surname, par_mail)], subj, body + sig(coord, lang, r), date=when)
    return m, types, 'paediatric respite confirmation with child\'s identity, diagnosis and medication'


def p_ped_roster(r, lang, pool, when, nam):
    kids = [pool.kid() for _ in range(r.randint(3, 4))] if nam else [pool.invented(r, when, (2, 16)) for _ in range(3)]
    uniq = []
    for k in kids:
        if k not in uniq:
            uniq.append(k)
    coord = Staff(r, 'lucioles', 'asi')
    fr = lang == 'fr'
    rows = [['Enfant' if fr else 'Child', 'DDN' if fr else 'DOB', 'NAM' if nam else ('Dossier' if fr else 'Chart'),
             'Diagnostic' if fr else 'Diagnosis', 'Arrivée' if fr else 'Arrival', 'Allergies']]
    for k in uniq:
        d = r.choice([x for x in DX_PED if k.sex == 'M' or 'Duchenne' not in x[0]])
        rows.append([pname(k, lang, r, 'rev'), k.dob.isoformat(), k.nam if nam else k.mrn, d[0] if fr else d[1],
                     (when + datetime.timedelta(days=r.randint(1, 9))).date().isoformat(), r.choice(['aucune', 'latex', 'pénicilline'] if fr else ['none', 'latex', 'penicillin'])])
    types = {'patient_name', 'date_of_birth', 'diagnosis', 'ramq_nam' if nam else 'mrn'}
    fmt = r.choice(['docx', 'xlsx'])
    if fmt == 'docx':
        blob = make_docx([('h', 'Séjours de répit – semaine' if fr else 'Respite stays – week'), ('table', rows)], author=coord.name(lang, False))
        att = Att('sejours_semaine.docx' if fr else 'respite_week.docx', DOCX_CT, blob)
    else:
        blob = make_xlsx([('Semaine' if fr else 'Week', rows)], author=coord.name(lang, False))
        att = Att('sejours_semaine.xlsx' if fr else 'respite_week.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', blob)
    body = ('%s\n\nVoici la liste des enfants attendus la semaine prochaine, pour la planification du personnel et des repas adaptés.\n\n%s'
            % (greet('fr', r), close('fr', r))) if fr else \
        ('%s\n\nHere is the list of children expected next week, for staffing and special diets.\n\n%s' % (greet('en', r), close('en', r)))
    m = Mail(lang, coord.na(), [Staff(r, 'lucioles', 'inf_sad').na()], r.choice(['Séjours semaine prochaine', 'Liste répit']) if fr else
             r.choice(['Next week\'s stays', 'Respite list']), body + '\n' + sig(coord, lang, r), date=when, atts=[att])
    return m, types, 'paediatric respite list (DOCX/XLSX) with children\'s identity and diagnoses'
