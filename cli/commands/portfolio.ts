export const portfolioCommand = async () => {};
