"""Positive templates, part C: out-of-province and foreign patients (OHIP, NIR, NISS) and SIN forms."""
import gen_attach as A
import gen_data as D
from gen_common import AEDS, DEFICITS, EPI_DX, MS_DX, STROKE_DX
from gen_pos_a import Acc, dob_s, gx, join, mrn_s, nm, pick, spec


def _foreigner(ctx, name_lang, lo=1945, hi=2003):
    p = ctx.gen.patient(name_lang, holder=False, age_range=(lo, hi))
    p['age'] = D.age_at(p['dob'])
    return p


# --------------------------------------------------------------------------- Ontario health number
def p_ontario(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    v = r.randint(0, 2)
    p = _foreigner(ctx, ctx.lang if r.random() < 0.7 else 'en')
    num, vc = ctx.gen.ohip()
    acc.rec('ca_health_number', num)
    ident = D.fmt_ohip(num, vc, ctx.c('dash', 'space', 'plain', 'novc'))
    name = nm(ctx, p, acc, styles=['full', 'last_first', 'title_full', 'upper', 'title'])
    acc.add('diagnosis')
    if v == 0:
        clerk = ctx.person('clerk', s)
        dx = pick(ctx, STROKE_DX + EPI_DX)
        if ctx.fr:
            txt = ('%s, résident(e) de l\'Ontario, hospitalisé(e) du 12 au 19 janvier pour %s.\nCarte Santé Ontario : %s\n'
                   'Facturation interprovinciale à faire; pouvez-vous vérifier l\'admissibilité et le code de version?' % (name, dx, ident))
            subj = ctx.c('Patient hors Québec - facturation', 'Carte Santé Ontario à valider')
        else:
            txt = ('%s, Ontario resident, admitted January 12-19 for %s.\nOntario health number: %s\n'
                   'Interprovincial billing needed; can you check eligibility and the version code?' % (name, dx, ident))
            subj = ctx.c('Out-of-province patient - billing', 'Ontario health card to validate')
        frm, to = clerk, ctx.team('Facturation hors Québec', 'Out-of-province billing', s, 'facturation')
        note = 'Ontario patient, health number for interprovincial billing'
    elif v == 1:
        frm = ctx.person('neuro', s)
        to = ('Dr. %s %s' % (ctx.c('Keith', 'Janet', 'Omar', 'Sunita'), ctx.c('Holloway', 'Barrington', 'Dumont', 'Ikeda')),
              'office@ottawa-valley-fht.example')
        dx = pick(ctx, STROKE_DX)
        if ctx.fr:
            txt = ('Votre patient(e) %s (%s) a été traité(e) chez nous pour %s; thrombectomie le %d février, bonne recanalisation. '
                   'Congé à domicile en Ontario avec apixaban 5 mg BID. No de santé de l\'Ontario : %s. Suivi en clinique AVC '
                   'à Ottawa demandé.' % (name, dob_s(ctx, p, acc, False), dx, r.randint(2, 26), ident))
            subj = 'Congé - patient(e) de l\'Ontario'
        else:
            txt = ('Your patient %s (DOB %s) was treated here for %s; thrombectomy on February %d with good recanalization. '
                   'Discharged home to Ontario on apixaban 5 mg BID. Ontario health number: %s. Follow-up at the Ottawa stroke '
                   'clinic requested.' % (name, dob_s(ctx, p, acc, False), dx, r.randint(2, 26), ident))
            subj = 'Discharge - Ontario patient'
        acc.add('medication')
        note = 'discharge letter to Ontario family physician with health number'
    else:
        frm = ctx.person('epil_nurse', s)
        to = ctx.team('Prélèvements externes', 'Outpatient lab', s, 'prelevements')
        if ctx.fr:
            txt = ('Étudiant(e) ontarien(ne) suivi(e) à la clinique d\'épilepsie : %s, %s.\nNo carte santé ON : %s\n'
                   'Dosage de lamotrigine et bilan hépatique à prélever avant la visite du %d mars. La RAMQ ne couvre pas; '
                   'facturer au régime de l\'Ontario.' % (name, pick(ctx, EPI_DX), ident, r.randint(2, 28)))
            subj = 'Requête labo - patient(e) de l\'Ontario'
        else:
            txt = ('Ontario student followed at the epilepsy clinic: %s, %s.\nON health card: %s\nLamotrigine level and LFTs to draw '
                   'before the March %d visit. Not covered by RAMQ; bill OHIP.' % (name, pick(ctx, EPI_DX), ident, r.randint(2, 28)))
            subj = 'Lab requisition - Ontario patient'
        acc.add('medication')
        note = 'epilepsy clinic lab requisition for Ontario student'
    if ctx.fr:
        txt, subj = gx(txt, p), gx(subj, p)
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(frm))
    return spec(ctx, 'patient_ontario' if ctx.fr else 'ontario_patient', subj, ctx.addr(frm), [to], body, acc, note)


# --------------------------------------------------------------------------- French NIR
def p_france(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    p = _foreigner(ctx, 'fr')
    nir = ctx.gen.nir(p['dob'], p['sex'])
    acc.rec('fr_nir', nir)
    ident = D.fmt_nir(nir, ctx.c('space', 'plain', 'key', 'space'))
    name = nm(ctx, p, acc, styles=['full', 'last_first', 'title_full', 'upper'])
    acc.add('diagnosis')
    v = r.randint(0, 1)
    frm = ctx.person(ctx.c('clerk', 'sw'), s)
    if v == 0:
        dx = pick(ctx, STROKE_DX + EPI_DX)
        if ctx.fr:
            txt = ('Touriste français(e) vu(e) à l\'urgence puis admis(e) pour %s.\nPatient : %s, %s\nN° de sécurité sociale (NIR) : %s\n'
                   'La CPAM demande le rapport médical et la facture détaillée.' % (dx, name, dob_s(ctx, p, acc), ident))
            subj = 'Demande CPAM - patient français'
        else:
            txt = ('French tourist seen in the ED then admitted for %s.\nPatient: %s, %s\nFrench social security number (NIR): %s\n'
                   'The CPAM requests the medical report and itemized bill.' % (dx, name, dob_s(ctx, p, acc), ident))
            subj = 'CPAM request - French patient'
        to = ('Service international', 'international@assistance-voyage.example')
        note = 'French visitor, NIR for insurer'
    else:
        if ctx.fr:
            txt = ('Dossier d\'assistance voyage : %s, en PVT au Québec, hospitalisé(e) pour une poussée de %s traitée par '
                   'méthylprednisolone IV 1 g x 5 jours. NIR : %s. Retour en France prévu le %d avril, accompagnement non requis.'
                   % (name, pick(ctx, MS_DX), ident, r.randint(2, 28)))
            subj = 'Assistance rapatriement - patient(e) PVT'
        else:
            txt = ('Travel assistance file: %s, on a working-holiday visa in Quebec, admitted for a relapse of %s treated with IV '
                   'methylprednisolone 1 g x 5 days. NIR: %s. Return to France planned April %d, no escort required.'
                   % (name, pick(ctx, MS_DX), ident, r.randint(2, 28)))
            subj = 'Repatriation assistance - working-holiday patient'
        acc.add('medication')
        to = ('Plateau médical', 'medical@assist-europe.example')
        note = 'French working-holiday patient, NIR for repatriation insurer'
    if ctx.fr:
        txt, subj = gx(txt, p), gx(subj, p)
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(frm))
    return spec(ctx, 'patient_france_nir' if ctx.fr else 'french_patient_nir', subj, ctx.addr(frm), [to], body, acc, note)


# --------------------------------------------------------------------------- Belgian NISS
def p_belgium(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site('acute')
    p = _foreigner(ctx, 'fr')
    niss = ctx.gen.niss(p['dob'], p['sex'])
    acc.rec('be_niss', niss)
    ident = D.fmt_niss(niss, ctx.c('std', 'space', 'plain', 'std'))
    name = nm(ctx, p, acc, styles=['full', 'last_first', 'title_full', 'upper'])
    acc.add('diagnosis')
    frm = ctx.person(ctx.c('clerk', 'liaison'), s)
    v = r.randint(0, 1)
    if v == 0:
        if ctx.fr:
            txt = ('%s, patient(e) belge hospitalisé(e) pour %s.\nNISS : %s\nLa mutualité demande une attestation de séjour et le '
                   'résumé de départ.' % (name, pick(ctx, STROKE_DX + MS_DX), ident))
            subj = 'Mutualité belge - attestation'
        else:
            txt = ('%s, Belgian patient admitted for %s.\nNISS: %s\nThe mutual insurer asks for a stay certificate and the discharge '
                   'summary.' % (name, pick(ctx, STROKE_DX + MS_DX), ident))
            subj = 'Belgian mutual insurer - certificate'
        to = ('Mutualité - dossiers étrangers', 'etranger@mutualite-be.example')
    else:
        if ctx.fr:
            txt = ('Demande de rapatriement : %s (%s), touriste belge, crise tonico-clonique inaugurale à l\'aéroport; EEG '
                   'anormal, %s débuté. Apte au vol commercial accompagné. NISS %s.' % (name, dob_s(ctx, p, acc, False),
                                                                                      pick(ctx, AEDS), ident))
            subj = 'Rapatriement - touriste belge'
        else:
            txt = ('Repatriation request: %s (DOB %s), Belgian tourist, first tonic-clonic seizure at the airport; abnormal EEG, '
                   '%s started. Fit for commercial flight with escort. NISS %s.' % (name, dob_s(ctx, p, acc, False), pick(ctx, AEDS), ident))
            subj = 'Repatriation - Belgian tourist'
        acc.add('medication')
        to = ('Assistance Europe', 'dossiers@assist-europe.example')
    if ctx.fr:
        txt, subj = gx(txt, p), gx(subj, p)
    body = join(ctx.hello(), txt, ctx.bye(), ctx.signature(frm))
    return spec(ctx, 'patient_belge_niss' if ctx.fr else 'belgian_patient_niss', subj, ctx.addr(frm), [to], body, acc,
                'Belgian patient, NISS for insurer / repatriation')


# --------------------------------------------------------------------------- SIN on disability forms
def p_disability(ctx):
    r, acc = ctx.rng, Acc()
    s = ctx.site()
    sw = ctx.person(ctx.c('sw', 'physiatrist'), s)
    p = ctx.gen.patient(ctx.lang, holder=False, age_range=(1962, 1998))
    p['age'] = D.age_at(p['dob'])
    acc.add('patient_name', 'diagnosis', 'social_information')
    sin = ctx.gen.sin()
    acc.rec('ca_sin', sin)
    sin_txt = D.fmt_sin(sin, ctx.c('space', 'dash', 'plain', 'dots', 'wide', 'space'))
    full = D.name_form(p, ctx.c('full', 'last_first', 'title_full'), ctx.lang)
    deff = ', '.join(L for L in [pick(ctx, DEFICITS), pick(ctx, DEFICITS)])
    if ctx.fr:
        lines = ['Demande de rente d\'invalidité (Retraite Québec)', 'Requérant(e) : %s' % full, 'NAS : %s' % sin_txt,
                 dob_s(ctx, p, acc), 'Diagnostic : %s; séquelles : %s.' % (pick(ctx, STROKE_DX), deff),
                 'Pronostic de retour à l\'emploi : défavorable à moyen terme. Revenus actuels : prestations d\'assurance-emploi '
                 'maladie terminées le mois dernier, aucun autre revenu.']
        txt = ctx.c('Voici les informations pour compléter la section médicale du formulaire. Pouvez-vous signer d\'ici vendredi?',
                    'Formulaire presque complété, il manque votre signature.')
        subj = ctx.c('Rente d\'invalidité - formulaire', 'RRQ invalidité - à signer', 'Formulaire invalidité')
    else:
        lines = ['Disability pension application (Retraite Quebec)', 'Applicant: %s' % full, 'SIN: %s' % sin_txt, dob_s(ctx, p, acc),
                 'Diagnosis: %s; residual %s.' % (pick(ctx, STROKE_DX), deff),
                 'Prognosis for return to work: poor in the medium term. Current income: EI sickness benefits ended last month, '
                 'no other income.']
        txt = ctx.c('Here is the information to complete the medical section of the form. Could you sign by Friday?',
                    'Form almost done, it only needs your signature.')
        subj = ctx.c('Disability pension - form', 'QPP disability - to sign', 'Disability form')
    doc = ctx.person(ctx.c('neuro', 'physiatrist'), s)
    if r.random() < 0.3:
        txt += '\n' + mrn_s(ctx, s, acc)
    atts = []
    if r.random() < 0.5:
        atts.append(dict(kind=ctx.c('pdf', 'docx'), filename=ctx.t('formulaire_invalidite.%s', 'disability_form.%s')))
        k = atts[0]['kind']
        atts[0]['filename'] = atts[0]['filename'] % k
        atts[0]['data'] = A.make_pdf(lines, compress=r.random() < 0.5) if k == 'pdf' else A.make_docx(lines)
        body = join(ctx.hello(doc), txt, ctx.signature(sw))
    else:
        body = join(ctx.hello(doc), txt, '\n'.join(lines), ctx.signature(sw))
    return spec(ctx, 'formulaire_invalidite' if ctx.fr else 'disability_form', subj, ctx.addr(sw), [ctx.addr(doc)], body, acc,
                'disability pension form with SIN, diagnosis and income situation', attachments=atts)


POS_C = [p_ontario, p_france, p_belgium, p_disability]
